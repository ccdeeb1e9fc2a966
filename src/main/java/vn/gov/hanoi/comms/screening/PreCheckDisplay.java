package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.hanoi.comms.common.web.FormText;

/**
 * The pre-check results as a reviewer's Camunda Form shows them (values of the task's display,
 * common.FormDisplay): one Markdown list item per finding, its passage marked inside a few words of
 * context, with the masked suggestion and why it matters. Typed text is escaped ({@link FormText});
 * only the marks are HTML. The form-js of Tasklist 7.24 turns a text component's Markdown into HTML
 * and keeps only its own list of elements and attributes (span, strong, em, code, lists, tables...;
 * class but no style): {@code <mark>} is dropped with its content. So the mark is {@code <span
 * class="precheck-passage"><strong>}, bold anywhere and highlighted by Tasklist's user-styles.css.
 * Links in the text are shown, not made clickable: a reviewer should not follow a suspicious link
 * from the form.
 */
public final class PreCheckDisplay {
  /**
   * Display fields: the list, and whether the decision needs a written reason (the form shows its
   * field then).
   */
  public static final String TEXT = "preCheckText";

  public static final String BLOCKING = "personalDataBlocking";
  public static final Set<String> FIELDS = Set.of(TEXT, BLOCKING);
  static final String MARK = "<span class=\"precheck-passage\"><strong>";
  static final String END_MARK = "</strong></span>";
  static final int CONTEXT = 45;
  static final int MAX_ITEMS = 40;
  static final int MAX_TEXT = 9000;

  private static final Map<String, String> SEVERITY =
      Map.of(PreCheckRow.OK, "Đạt", PreCheckRow.WARNING, "Cảnh báo", PreCheckRow.BLOCKING, "Chặn");

  private PreCheckDisplay() {}

  /**
   * @param texts the texts the offsets count in, by field (title, summary, body as read);
   *     attachment names are their own text
   * @param labels the checks' names in Vietnamese, by check name
   */
  public static Map<String, Object> values(
      List<PreCheckRow> rows, Map<Field, String> texts, Map<String, String> labels) {
    Map<String, Object> v = new HashMap<>();
    v.put(TEXT, text(rows, texts, labels));
    v.put(BLOCKING, rows.stream().anyMatch(PreCheckRow::blockingPersonalData));
    return v;
  }

  static String text(List<PreCheckRow> rows, Map<Field, String> texts, Map<String, String> labels) {
    if (rows.isEmpty()) {
      return "Chưa có kết quả kiểm tra tự động.";
    }
    List<PreCheckRow> ordered =
        new ArrayList<>(
            rows.stream().filter(r -> PreCheckRow.BLOCKING.equals(r.severity())).toList());
    ordered.addAll(rows.stream().filter(r -> PreCheckRow.WARNING.equals(r.severity())).toList());
    Set<String> passed = new LinkedHashSet<>();
    for (PreCheckRow r : rows) {
      if (PreCheckRow.OK.equals(r.severity())) {
        passed.add(labels.getOrDefault(r.check(), r.check()));
      }
    }
    long blocking = rows.stream().filter(r -> PreCheckRow.BLOCKING.equals(r.severity())).count();
    StringBuilder sb =
        new StringBuilder("**")
            .append(blocking)
            .append(" chặn, ")
            .append(ordered.size() - blocking)
            .append(" cảnh báo.**");
    if (rows.stream().anyMatch(PreCheckRow::blockingPersonalData)) {
      sb.append(" Dữ liệu cá nhân bị chặn chỉ được cho qua khi ghi rõ lý do ở phần quyết định.");
    }
    sb.append("\n\n");
    int shown = 0;
    for (PreCheckRow r : ordered) {
      String item = item(r, texts, labels);
      if (shown == MAX_ITEMS || sb.length() + item.length() > MAX_TEXT) {
        sb.append("- … và ")
            .append(ordered.size() - shown)
            .append(" mục khác (xem đầy đủ qua API).\n");
        break;
      }
      sb.append(item);
      shown++;
    }
    if (!passed.isEmpty()) {
      sb.append("\n**Đạt:** ").append(String.join(", ", passed)).append('.');
    }
    return sb.toString();
  }

  private static String item(PreCheckRow r, Map<Field, String> texts, Map<String, String> labels) {
    StringBuilder sb =
        new StringBuilder("- **[")
            .append(SEVERITY.getOrDefault(r.severity(), r.severity()))
            .append("] ");
    if (r.kind() == null || r.passage() == null) {
      return sb.append(FormText.escape(labels.getOrDefault(r.check(), r.check())))
          .append(":** ")
          .append(shown(r.message()))
          .append('\n')
          .toString();
    }
    FindingKind kind = FindingKind.valueOf(r.kind());
    sb.append(FormText.escape(kind.label()))
        .append("** (")
        .append(
            r.field() == Field.ATTACHMENT
                ? "tên tệp \"" + FormText.escape(r.attachmentName()) + "\""
                : r.field().label())
        .append("): ");
    String text = r.field() == Field.ATTACHMENT ? r.attachmentName() : texts.get(r.field());
    sb.append(marked(text, r));
    if (r.suggestion() != null) {
      sb.append(" · Gợi ý: ").append(shown(r.suggestion()));
    }
    return sb.append(" — ").append(FormText.escape(kind.why())).append('\n').toString();
  }

  /**
   * "…context <mark>passage</mark> context…", the passage found again by its offsets (or shown
   * alone).
   */
  static String marked(String text, PreCheckRow r) {
    if (text == null
        || r.start() == null
        || r.end() == null
        || r.end() > text.length()
        || r.start() > r.end()
        || !text.substring(r.start(), r.end()).equals(r.passage())) {
      return MARK + shown(r.passage()) + END_MARK;
    }
    int from = Math.max(0, r.start() - CONTEXT);
    int to = Math.min(text.length(), r.end() + CONTEXT);
    // Whole words only: the context starts after a blank and ends before one.
    int blank = text.indexOf(' ', from);
    from = from == 0 || blank < 0 || blank >= r.start() ? from : blank + 1;
    blank = text.lastIndexOf(' ', to);
    to = to == text.length() || blank <= r.end() ? to : blank;
    String before = (from > 0 ? "…" : "") + text.substring(from, r.start());
    String after = text.substring(r.end(), to) + (to < text.length() ? "…" : "");
    return "«" + shown(before) + MARK + shown(r.passage()) + END_MARK + shown(after) + "»";
  }

  private static String shown(String s) {
    return unlinked(FormText.escape(oneLine(s)));
  }

  /**
   * "https://…" and "www.…" with a zero-width space, so that Markdown does not turn them into
   * links.
   */
  static String unlinked(String s) {
    return s.replaceAll("(?i)(https?|ftp)://", "$1\u200B://")
        .replaceAll("(?i)\\bwww\\.", "www\u200B.");
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\n\\s*", " / ");
  }
}
