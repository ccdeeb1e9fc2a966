package vn.gov.hanoi.comms.common.web;

/**
 * Makes user-typed text safe to insert into a Camunda Form's text component. form-js renders those
 * components as Markdown turned into HTML (sanitised, but {@code <b>}, {@code <img src>} or a
 * Markdown image would still be rendered), and inserts {@code {{variable}}} values unescaped. So
 * markup characters become HTML entities and Markdown punctuation is backslash-escaped: the
 * reviewer sees exactly the characters that were typed, and nothing in them is interpreted.
 */
public final class FormText {
  private static final String MARKDOWN = "\\`*_[]!#|~";

  private FormText() {}

  public static String escape(String text) {
    return escape(text, Integer.MAX_VALUE, "");
  }

  /**
   * Escaped, and at most {@code max} characters plus {@code more} when cut (a form shows an
   * excerpt): the cut never splits an escape.
   */
  public static String escape(String text, int max, String more) {
    if (text == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(Math.min(text.length() + 16, max));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String piece =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> MARKDOWN.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
          };
      if (sb.length() + piece.length() > max) {
        return sb.append(more).toString();
      }
      sb.append(piece);
    }
    return sb.toString();
  }
}
