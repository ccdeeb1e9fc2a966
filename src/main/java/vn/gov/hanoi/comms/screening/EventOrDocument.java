package vn.gov.hanoi.comms.screening;

import java.util.regex.Matcher;

/**
 * Whether a date in the text dates an event (EventDateCheck compares those with the window) or a
 * document, a letterhead, a signature, a birth or an issue, which are left alone.
 */
final class EventOrDocument {
  private EventOrDocument() {}

  /** What stands right before a date that is not an event's. */
  private static final Rx NOT_EVENT_BEFORE =
      Rx.compile(
          "(?:\\d+/[\\p{L}\\p{N}/\\-]*\\p{L}[\\p{L}\\p{N}/\\-]*"
              + "|ban hành|(?<!đăng )(?<![\\p{L}])(?:ký|kí)|thông qua|hiệu lực(?: thi hành)?(?: kể)?(?: từ)?|cấp|ngày cấp|ngày ban hành|ngày ký"
              + "|(?<![\\p{L}])(?<!học |hy |nữ |nam |thí |vệ |phát |sản )sinh(?: vào)?|ngày sinh|thành lập|ra đời|có giá trị đến|giá trị đến|hết hạn|ngày hết hạn)"
              + "\\s*,?\\s*(?:ngày|vào ngày|vào)?\\s*$");

  private static final Rx DOCUMENT =
      Rx.compile(
          "(?:luật|bộ luật|nghị định|nghị quyết|quyết định|thông tư"
              + "|chỉ thị|công văn|kế hoạch|thông báo|công điện|văn bản|hướng dẫn|pháp lệnh|tờ trình|báo cáo|hiến pháp"
              + "|điều lệ|quy chế|quy định|lời kêu gọi|thư kêu gọi|nđ|qđ|nq|tt|ct|kh|tb|cv)(?![\\p{L}])");
  private static final Words EVENT_WORDS =
      Words.of(
          "vào",
          "tổ chức",
          "diễn ra",
          "khai mạc",
          "bắt đầu",
          "kết thúc",
          "hạn",
          "từ",
          "đến",
          "lúc",
          "tại",
          "trước",
          "sau",
          "sẽ",
          "đã",
          "tiến hành",
          "triển khai",
          "ra quân",
          "tiếp nhận",
          "nộp",
          "mời",
          "họp",
          "có mặt",
          "tập trung",
          "kể từ",
          "trong",
          "hết",
          "dừng",
          "ngừng",
          "cắt",
          "phun",
          "tiêm",
          "thu",
          "chi trả",
          "nhận",
          "giao",
          "đăng ký",
          "hoàn thành",
          "chậm nhất",
          "muộn nhất",
          "dự kiến");

  /**
   * After a date that opens a sentence: someone signed or issued a document that day ("Ngày
   * 20/11/2026, Chủ tịch UBND phường đã ban hành Quyết định số ...", "... đã ký kết Quy chế phối
   * hợp số ...", "... và ký ban hành kết luận"): the date of a document.
   */
  private static final Rx SIGNED_AFTER =
      Rx.compile(
          "^[^.;:\\n]{0,80}?(?<![\\p{L}])(?:đã\\s+)?(?:ký kết|kí kết|ký ban hành|kí ban hành|ký|kí|ban hành|phê duyệt)"
              + "\\s+(?:các\\s+|\\d+\\s+)?"
              + "(?:luật|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|kế hoạch|thông báo"
              + "|công điện|văn bản|hướng dẫn|tờ trình|báo cáo|quy chế|quy định|kết luận)(?![\\p{L}])");

  /** Handing a document over: the day it is received is an event, not the document's date. */
  private static final Rx HANDED = Rx.compile("(?<![\\p{L}])(?:nhận|trao|trao tặng|trả)\\s+$");

  /** "Theo", "căn cứ" before a document: a source cited in a clause of its own. */
  private static final Rx CITED = Rx.compile("(?:^|[^\\p{L}])(?:theo|căn cứ)\\s+$");

  /** What may stand before a date that opens a sentence: its time of day and "ngày". */
  private static final Rx OPENS_SENTENCE =
      Rx.compile("(?:^|[.;:!?]\\s)\\s*(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\\s+)?(?:ngày\\s+)?$");

  /**
   * "Hà Nội, ngày", also a place named with a dash ("Văn Miếu - Quốc Tử Giám, ngày"): a place's
   * name, every word capitalised; "Theo cáo trạng, ngày ...", "Điển hình, ngày ..." open an event.
   */
  private static final Rx LETTERHEAD =
      Rx.compile(
          "^\\s*\\p{Lu}[\\p{L}.]*(?:[ .\\-–]+\\p{Lu}[\\p{L}.]*){0,6}\\s*,\\s*(?:ngày\\s*)?$");

  /** Whether the date at {@code start} dates an event, not a document, a birth or an issue. */
  static boolean isEvent(ScreenedText t, int start) {
    String lower = t.lower();
    int lineStart = lower.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    String before = lower.substring(Math.max(lineStart, start - 90), start);
    String lineBefore = t.text().substring(lineStart, start);
    if (NOT_EVENT_BEFORE.matcher(before).find()
        || LETTERHEAD.matcher(lineBefore).matches()
        || LETTERHEAD.matcher(lineBefore.substring(lineBefore.lastIndexOf(". ") + 1)).matches()
        || (OPENS_SENTENCE.matcher(lower.substring(lineStart, start)).find()
            && SIGNED_AFTER.matcher(lower.substring(dateEnd(lower, start))).find())) {
      return false;
    }
    if (!before.matches(Fold.w("(?s).*ngày\\s*$"))) {
      return true;
    }
    Matcher doc = DOCUMENT.matcher(before);
    int docStart = -1;
    int docEnd = -1;
    while (doc.find()) {
      if (doc.start() == 0 || !Character.isLetter(before.charAt(doc.start() - 1))) {
        docStart = doc.start();
        docEnd = doc.end();
      }
    }
    return docEnd < 0
        // "lịch nhận quyết định ngày ...": the day a document is handed over is an event
        || HANDED.matcher(before.substring(0, docStart)).find()
        // "Theo thông báo của ..., cán bộ nghỉ ngày ...": the source cited, then the event
        || CITED.matcher(before.substring(0, docStart)).find() && before.indexOf(',', docEnd) >= 0
        || EVENT_WORDS.anyIn(before, docEnd, before.length())
        || before.substring(docEnd).matches("(?s).*[.;:].*");
  }

  /** Where the date starting at {@code start} ends: after its digits, separators and year. */
  private static int dateEnd(String lower, int start) {
    int i = start;
    while (i < lower.length()
        && (Character.isDigit(lower.charAt(i)) || "/.-–".indexOf(lower.charAt(i)) >= 0)) {
      i++;
    }
    return i;
  }
}
