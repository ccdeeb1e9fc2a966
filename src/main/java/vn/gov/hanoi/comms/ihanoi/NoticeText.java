package vn.gov.hanoi.comms.ihanoi;

import java.util.List;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Html;
import vn.gov.hanoi.comms.vneid.content.ArticleSanitizer;

/**
 * Title and body rules shared by creation and editing: sizes, and HTML with active content refused.
 */
final class NoticeText {
  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 20_000;
  private static final ArticleSanitizer SANITIZER = new ArticleSanitizer();
  private static final Pattern TAG =
      Pattern.compile("<\\s*/?\\s*[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>|<!--");

  private NoticeText() {}

  static void checkTitle(String title, String field, List<FieldError> errors) {
    if (title == null || title.isBlank()) {
      errors.add(new FieldError(field, "Tiêu đề không được để trống"));
    } else if (title.strip().length() > MAX_TITLE) {
      errors.add(
          new FieldError(
              field,
              "Tiêu đề tối đa " + MAX_TITLE + " ký tự (nhận được " + title.strip().length() + ")"));
    }
  }

  static void checkBody(String body, String field, List<FieldError> errors) {
    if (body == null || body.isBlank()) {
      errors.add(new FieldError(field, "Nội dung không được để trống"));
    } else if (body.length() > MAX_BODY) {
      errors.add(
          new FieldError(
              field,
              "Nội dung tối đa 20.000 ký tự (nhận được "
                  + body.length()
                  + " ký tự); hãy rút gọn hoặc dẫn liên kết tới văn bản đầy đủ"));
    } else if (SANITIZER.containsActiveContent(body)) {
      errors.add(
          new FieldError(
              field,
              "Nội dung chứa mã thực thi (script, iframe, thuộc tính on..., liên kết javascript:); "
                  + "hãy xoá các thành phần này"));
    }
  }

  /** HTML when it holds a tag; "giờ <10>" or "a < b" stay plain text (escaped, not stripped). */
  static boolean isHtml(String body) {
    return TAG.matcher(body).find();
  }

  /** Sanitised HTML for the feed: HTML is cleaned, plain text is escaped into paragraphs. */
  static String html(String body) {
    if (isHtml(body)) {
      return SANITIZER.sanitize(body);
    }
    StringBuilder sb = new StringBuilder();
    for (String para : body.strip().split("\\R\\s*\\R")) {
      sb.append("<p>").append(Html.escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
    }
    return sb.toString();
  }

  static String plain(String body) {
    return isHtml(body) ? SANITIZER.plainText(body).strip() : body.strip();
  }

  /**
   * The most a Tasklist form's body field takes (forms/ihanoi-*.form); longer bodies via the API.
   */
  static final int MAX_FORM_BODY = 3_900;

  /**
   * The body as the editor's form starts from it (I-TEXT-3): the plain text when the stored body is
   * just its paragraphs, else the sanitised HTML; null when longer than the form takes (then kept
   * as it is unless the editor types a new one).
   */
  static String editable(NoticeRecord n) {
    String text = html(n.bodyText()).equals(n.bodyHtml()) ? n.bodyText() : n.bodyHtml();
    return text.length() > MAX_FORM_BODY ? null : text;
  }

  static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
