package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jsoup.Jsoup;
import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * What the unit changed between two rounds (V-STEP-4), for the reviewer of the new round (no
 * strikethrough: Tasklist's Camunda Forms drop ~~text~~ with its text, so old values read "old →
 * new" and removed files and sentences are named after "gỡ"/"bỏ"): one Markdown line per changed
 * part, the old and the new value for short fields; the body's sentences that were removed and
 * added. Typed texts are escaped (FormText).
 */
final class RoundChanges {
  static final int MAX_SENTENCES = 6;

  private RoundChanges() {}

  static String markdown(
      RoundRecord before,
      RoundRecord after,
      Map<Long, String> attachmentsBefore,
      Map<Long, String> attachmentsAfter) {
    List<String> lines = new ArrayList<>();
    field(lines, "Tiêu đề", before.title(), after.title());
    field(lines, "Tóm tắt", before.summary(), after.summary());
    body(lines, Jsoup.parse(before.bodyHtml()).text(), Jsoup.parse(after.bodyHtml()).text());
    field(
        lines,
        "Chuyên mục",
        Category.valueOf(before.category()).label(),
        Category.valueOf(after.category()).label());
    field(
        lines,
        "Phạm vi",
        Scope.valueOf(before.scope()).label() + " " + String.join(", ", before.targetAreaCodes()),
        Scope.valueOf(after.scope()).label() + " " + String.join(", ", after.targetAreaCodes()));
    field(lines, "Đối tượng", audience(before), audience(after));
    field(lines, "Thời gian đăng", window(before), window(after));
    if (before.featuredImageId() != after.featuredImageId()) {
      lines.add("- **Ảnh đại diện:** đã thay ảnh mới");
    }
    attachments(lines, attachmentsBefore, attachmentsAfter);
    return lines.isEmpty() ? "Đơn vị gửi lại không thay đổi nội dung." : String.join("\n", lines);
  }

  private static void field(List<String> lines, String name, String before, String after) {
    if (!Objects.equals(before, after)) {
      lines.add("- **" + name + ":** " + FormText.escape(before) + " → " + FormText.escape(after));
    }
  }

  /**
   * The attachments removed and added, by file name (a file replaced under the same name is one of
   * each).
   */
  private static void attachments(
      List<String> lines, Map<Long, String> before, Map<Long, String> after) {
    List<String> removed =
        before.entrySet().stream()
            .filter(e -> !after.containsKey(e.getKey()))
            .map(e -> FormText.escape(e.getValue()))
            .toList();
    List<String> added =
        after.entrySet().stream()
            .filter(e -> !before.containsKey(e.getKey()))
            .map(e -> FormText.escape(e.getValue()))
            .toList();
    if (removed.isEmpty() && added.isEmpty()) {
      return;
    }
    lines.add(
        "- **Tệp đính kèm:** "
            + before.size()
            + " tệp → "
            + after.size()
            + " tệp"
            + (removed.isEmpty() ? "" : "; gỡ " + String.join(", ", removed))
            + (added.isEmpty() ? "" : "; thêm " + String.join(", ", added)));
  }

  /** The body's sentences removed and added (the whole text is one click away in the preview). */
  private static void body(List<String> lines, String before, String after) {
    if (before.equals(after)) {
      return;
    }
    List<String> old = sentences(before);
    List<String> now = sentences(after);
    List<String> removed = old.stream().filter(s -> !now.contains(s)).limit(MAX_SENTENCES).toList();
    List<String> added = now.stream().filter(s -> !old.contains(s)).limit(MAX_SENTENCES).toList();
    lines.add("- **Nội dung:** đã sửa (" + before.length() + " → " + after.length() + " ký tự)");
    removed.forEach(s -> lines.add("  - bỏ: " + FormText.escape(s)));
    added.forEach(s -> lines.add("  - thêm: " + FormText.escape(s)));
  }

  static List<String> sentences(String text) {
    return List.of(text.split("(?<=[.!?…])\\s+")).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String audience(RoundRecord r) {
    return r.ageMin() + "–" + r.ageMax() + " tuổi, " + Gender.valueOf(r.gender()).label();
  }

  private static String window(RoundRecord r) {
    return VneidFormData.DATE_TIME.format(r.publishFrom())
        + " – "
        + VneidFormData.DATE_TIME.format(r.publishUntil());
  }
}
