package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * A submission that arrives as process variables: Camunda's own REST start call ({@code POST
 * /engine-rest/process-definition/key/vneid-request/start}) or a Tasklist start form. The variable
 * names are those of the product API's JSON (README); {@code targetAreaCodes} is a comma-separated
 * string, {@code featuredImage} a File variable, and the optional attachments the File variables
 * {@code attachment1}..{@code attachment3}.
 */
public final class VariableSubmission {
  /** The variables that carry the article; they are removed from the process once stored. */
  public static final Set<String> CONTENT_VARIABLES =
      Set.of(
          "unitCode",
          "title",
          "summary",
          "bodyHtml",
          "category",
          "scope",
          "targetAreaCodes",
          "ageMin",
          "ageMax",
          "gender",
          "publishFrom",
          "publishUntil",
          "justification",
          "reviewerNotes",
          "letterNumber",
          "letterDate",
          "featuredImage",
          "attachment1",
          "attachment2",
          "attachment3");

  /**
   * The start form's attachment slots (File variables {@code attachment1}..{@code attachment3});
   * the product API takes up to SubmissionValidator.MAX_ATTACHMENTS in its {@code attachments}
   * part.
   */
  static final int FORM_ATTACHMENTS = 3;

  /** A String variable longer than this fails on PostgreSQL (varchar(4000)). */
  static final int MAX_VARIABLE_TEXT = 4000;

  private VariableSubmission() {}

  /** The submission, or the list of fields whose values cannot be read. */
  public record Result(VneidSubmission submission, List<FieldError> errors) {}

  /**
   * @param defaultUnit the caller's unit when they belong to exactly one (Tasklist's start form
   *     does not ask), else null
   */
  public static Result from(Map<String, Object> v, String defaultUnit) {
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, Object> e : v.entrySet()) {
      if (e.getValue() instanceof String s && s.length() > MAX_VARIABLE_TEXT) {
        errors.add(
            new FieldError(
                e.getKey(),
                "Quá "
                    + MAX_VARIABLE_TEXT
                    + " ký tự: gửi bài viết dài qua POST /api/vneid/requests"));
      }
    }
    String unit =
        text(v, "unitCode") == null || text(v, "unitCode").isBlank()
            ? defaultUnit
            : text(v, "unitCode");
    ArticleDraft draft =
        new ArticleDraft(
            unit,
            text(v, "title"),
            text(v, "summary"),
            text(v, "bodyHtml"),
            enumOf(Category.class, "category", v, errors),
            enumOf(Scope.class, "scope", v, errors),
            codes(v),
            integer(v, "ageMin", errors),
            integer(v, "ageMax", errors),
            enumOf(Gender.class, "gender", v, errors),
            instant(v, "publishFrom", errors),
            instant(v, "publishUntil", errors),
            text(v, "justification"),
            text(v, "reviewerNotes"),
            text(v, "letterNumber"),
            date(v, "letterDate", errors));
    Object image = v.get("featuredImage");
    Upload upload = image instanceof Upload u ? u : null;
    if (image != null && upload == null) {
      errors.add(
          new FieldError("featuredImage", "Phải là biến kiểu File (ảnh JPEG, PNG hoặc WebP)"));
    }
    return new Result(new VneidSubmission(draft, upload, attachments(v, errors)), errors);
  }

  /**
   * The attachments in slot order. An empty slot is skipped: Tasklist sends an untouched file input
   * as a File variable with no name and no content. A named empty file is kept (the validator
   * refuses it), a value that is no file refused.
   */
  static List<Upload> attachments(Map<String, Object> v, List<FieldError> errors) {
    List<Upload> list = new ArrayList<>();
    for (int i = 1; i <= FORM_ATTACHMENTS; i++) {
      Object o = v.get("attachment" + i);
      if (o instanceof Upload u) {
        if (!u.isEmpty() || (u.fileName() != null && !u.fileName().isBlank())) {
          list.add(u);
        }
      } else if (o != null) {
        errors.add(new FieldError("attachment" + i, "Phải là biến kiểu File (tệp đính kèm)"));
      }
    }
    return list;
  }

  private static String text(Map<String, Object> v, String name) {
    Object o = v.get(name);
    return o == null ? null : o.toString();
  }

  private static List<String> codes(Map<String, Object> v) {
    String s = text(v, "targetAreaCodes");
    if (s == null || s.isBlank()) {
      return List.of();
    }
    return Arrays.stream(s.split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList();
  }

  private static Integer integer(Map<String, Object> v, String name, List<FieldError> errors) {
    Object o = v.get(name);
    if (o == null) {
      return null;
    }
    if (o instanceof Number n) {
      return n.intValue();
    }
    try {
      return Integer.valueOf(o.toString().strip());
    } catch (NumberFormatException e) {
      errors.add(new FieldError(name, "Phải là số nguyên"));
      return null;
    }
  }

  private static <E extends Enum<E>> E enumOf(
      Class<E> type, String name, Map<String, Object> v, List<FieldError> errors) {
    String s = text(v, name);
    if (s == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              name,
              "Giá trị không hợp lệ '"
                  + s
                  + "'; chọn một trong "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static Instant instant(Map<String, Object> v, String name, List<FieldError> errors) {
    Object o = v.get(name);
    if (o == null) {
      return null;
    }
    if (o instanceof Date d) {
      return d.toInstant();
    }
    try {
      return OffsetDateTime.parse(o.toString().strip()).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              name, "Thời gian phải theo ISO-8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00"));
      return null;
    }
  }

  private static LocalDate date(Map<String, Object> v, String name, List<FieldError> errors) {
    Object o = v.get(name);
    if (o == null) {
      return null;
    }
    if (o instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), ProductClock.HANOI);
    }
    try {
      return LocalDate.parse(o.toString().strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(name, "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-11-20"));
      return null;
    }
  }
}
