package vn.gov.hanoi.comms.common.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The product API's one paging convention for every list it returns: {@code page} (0-based) and
 * {@code size} (1..{@link #MAX_SIZE}, default {@link #DEFAULT_SIZE}) query parameters, applied in
 * SQL ({@code offset :offset rows fetch first :limit rows only}) over a stable order that ends on a
 * unique column. The body stays a plain JSON array (existing callers keep working); the answer
 * carries the total as {@code X-Total-Count} and, when there is more, an RFC 8288 {@code Link:
 * <...?page=n+1&size=s>; rel="next"}.
 *
 * @param page the 0-based page number
 * @param size rows per page
 */
public record Paging(int page, int size) {
  public static final int DEFAULT_SIZE = 100;
  public static final int MAX_SIZE = 500;
  public static final String TOTAL_HEADER = "X-Total-Count";

  /**
   * Reads {@code page} and {@code size} as typed by the caller; bad values are a 400 naming them.
   */
  public static Paging of(String page, String size) {
    List<FieldError> errors = new ArrayList<>();
    int p = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
    int s = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tham số phân trang không hợp lệ", errors);
    }
    return new Paging(p, s);
  }

  /** Rows to skip, for SQL's {@code offset}. */
  public long offset() {
    return (long) page * size;
  }

  /** The page as the answer's body, with the total and the link to the next page as headers. */
  public <T> ResponseEntity<List<T>> answer(List<T> rows, long total) {
    return withNext(
        ResponseEntity.ok().header(TOTAL_HEADER, Long.toString(total)),
        offset() + rows.size() < total,
        rows);
  }

  /**
   * For a hot read that skips the count: {@code rows} was fetched with {@link #probeLimit()}, one
   * more than the page, and that extra row only says whether there is a next page.
   */
  public <T> ResponseEntity<List<T>> answerProbed(List<T> rows) {
    boolean more = rows.size() > size;
    return withNext(ResponseEntity.ok(), more, more ? rows.subList(0, size) : rows);
  }

  /** Rows to fetch for {@link #answerProbed}. */
  public int probeLimit() {
    return size + 1;
  }

  private <T> ResponseEntity<List<T>> withNext(
      ResponseEntity.BodyBuilder ok, boolean more, List<T> rows) {
    if (more) {
      String next =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("page", page + 1)
              .replaceQueryParam("size", size)
              .build()
              .toUriString();
      ok = ok.header("Link", "<" + next + ">; rel=\"next\"");
    }
    return ok.body(rows);
  }

  private static int number(
      String name, String value, int fallback, int min, int max, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new FieldError(
            name,
            "Phải là số nguyên từ "
                + min
                + " đến "
                + max
                + " (must be "
                + min
                + ".."
                + max
                + "): "
                + value));
    return fallback;
  }
}
