package vn.gov.hanoi.comms.ihanoi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.common.ArticleSanitizer;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Html;

/**
 * Title and body rules shared by creation and editing, whatever the door (product API, Tasklist's
 * forms, Camunda's REST API): sizes; titles are plain text (I-TEXT-1); bodies are plain text or the
 * HTML the channel renders, cleaned by the one policy of {@link ArticleSanitizer} for the feed, the
 * gateway and the forms alike, active content and template text refused (I-TEXT-2).
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
    } else if (isHtml(title) || hasTemplateText(title)) {
      // Refused, not stripped (I-TEXT-1): residents would see another title than the one approved.
      errors.add(
          new FieldError(
              field,
              "Tiêu đề là văn bản thuần, người dân thấy đúng từng ký tự: không dùng thẻ HTML, chú thích "
                  + "hay đoạn mẫu (<i>, <script>, <!-- -->, {{…}}); hãy xoá các thành phần này"));
    }
  }

  /**
   * "Hiệu lực đến" (I-FORM-1): none, or in the future and at most a year ahead (a year 9999 is a
   * typing mistake; a lasting notice has no end date at all).
   */
  static void checkValidUntil(
      Instant validUntil, Instant now, String field, List<FieldError> errors) {
    if (validUntil != null && !validUntil.isAfter(now)) {
      errors.add(
          new FieldError(
              field,
              "Hiệu lực đến phải ở tương lai (giờ Hà Nội); để trống nếu tin không có thời hạn"));
    } else if (validUntil != null && validUntil.isAfter(now.plus(Duration.ofDays(366)))) {
      errors.add(
          new FieldError(field, "Hiệu lực đến tối đa 1 năm; để trống nếu tin không có thời hạn"));
    }
  }

  /** Unfilled template text ({{name}}), also when a comment splits its braces. */
  static boolean hasTemplateText(String text) {
    String joined = text.replaceAll("<!--[\\s\\S]*?-->", "");
    return joined.contains("{{") || joined.contains("}}");
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
    } else if (hasTemplateText(body)) {
      errors.add(
          new FieldError(
              field,
              "Nội dung còn đoạn mẫu chưa điền ({{…}}, kể cả khi bị chú thích <!-- --> tách đôi); "
                  + "hãy thay bằng nội dung thật"));
    }
  }

  /** HTML when it holds a tag; "giờ <10>" or "a < b" stay plain text (escaped, not stripped). */
  static boolean isHtml(String body) {
    return TAG.matcher(body).find();
  }

  /**
   * Sanitised HTML for the feed: HTML is cleaned, plain text is escaped into paragraphs. A fragment
   * of the stored body (bodyHtml), not a page: no template; {@link #editable} compares it with what
   * was stored, so its form must not change.
   */
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

  /**
   * The stored (sanitised) body as residents get it, for a form's text component (I-TEXT-2): the
   * same HTML, each link followed by its target in brackets so the approver sees where it leads, on
   * one line inside a block so that form-js passes it through its Markdown untouched.
   */
  static String asDelivered(String bodyHtml) {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(bodyHtml);
    doc.outputSettings().prettyPrint(false);
    for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      if (!a.text().strip().equals(href)) {
        a.after(new org.jsoup.nodes.TextNode(" [" + href + "]"));
      }
    }
    return "<div class=\"ihanoi-body\">" + doc.body().html().replaceAll("\\R", " ") + "</div>";
  }

  static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
