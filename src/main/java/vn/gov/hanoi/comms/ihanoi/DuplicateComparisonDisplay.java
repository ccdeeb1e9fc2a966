package vn.gov.hanoi.comms.ihanoi;

import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.dedup.DuplicateExplanation;

/**
 * The earlier notice and the editor's side by side on the resolve form (I-DEDUP-4, issue 11): each
 * body as Markdown, one paragraph a line, the facts both state in {@code <span
 * class="dedup-fact"><strong>} and the passages both have in {@code <span class="dedup-passage">}
 * (form-js keeps span, strong and class, not mark or style; Tasklist's user-styles.css colours
 * them). Typed text is escaped ({@link FormText}); only the marks are HTML.
 */
final class DuplicateComparisonDisplay {
  static final String FACT = "<span class=\"dedup-fact\"><strong>";
  static final String FACT_END = "</strong></span>";
  static final String PASSAGE = "<span class=\"dedup-passage\">";
  static final String PASSAGE_END = "</span>";

  private DuplicateComparisonDisplay() {}

  /** The body of a marked text (after its title), at most about {@code max} characters. */
  static String body(DuplicateExplanation.MarkedText marked, int max) {
    String text = marked.text();
    int from = Math.min(text.length(), marked.titleEnd() + 1);
    int to = Math.min(text.length(), from + max);
    StringBuilder sb = new StringBuilder();
    int at = from;
    for (DuplicateExplanation.Mark m : marked.marks()) {
      int start = Math.max(m.start(), from);
      int end = Math.min(m.end(), to);
      if (end <= start || start < at) {
        continue;
      }
      plain(text.substring(at, start), sb);
      String[] lines = text.substring(start, end).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          sb.append("\n\n");
        }
        if (!lines[i].isBlank()) {
          sb.append(m.fact() ? FACT : PASSAGE)
              .append(FormText.escape(lines[i]))
              .append(m.fact() ? FACT_END : PASSAGE_END);
        }
      }
      at = end;
    }
    plain(text.substring(at, to), sb);
    if (to < text.length()) {
      sb.append(" …");
    }
    return sb.toString();
  }

  private static void plain(String s, StringBuilder sb) {
    sb.append(FormText.escape(s).replace("\n", "\n\n"));
  }
}
