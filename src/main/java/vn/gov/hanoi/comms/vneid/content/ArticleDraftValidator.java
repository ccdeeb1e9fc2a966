package vn.gov.hanoi.comms.vneid.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.common.ArticleSanitizer;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * Checks a publication request against V-REQ-1..7 and reports every fault at once (a unit must be
 * able to fix its whole form in one round, as the rules require (docs/rules.md, V-REQ): "a message
 * that names every field at fault"). Whether the target areas exist and lie inside the unit's home
 * area (V-ROUTE-3) needs the area tree and is checked elsewhere; the featured image is checked by
 * {@link ImageInspector}.
 *
 * <p>Stateless and thread-safe.
 */
public class ArticleDraftValidator {

  public static final int MIN_AGE = 0;
  public static final int MAX_AGE = 120;
  public static final int TITLE_MAX = 300;
  public static final int SUMMARY_MAX = 1_000;
  public static final int BODY_HTML_MAX = 200_000;
  public static final int LETTER_NUMBER_MAX = 50;

  /** Free-text fields the rules do not bound; bounded so a form cannot carry a book. */
  public static final int FREE_TEXT_MAX = 5_000;

  /** GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
  static final int MAX_TARGET_AREAS = 200;

  static final java.time.Duration MAX_LEAD = java.time.Duration.ofDays(366);
  static final java.time.Duration MAX_WINDOW = java.time.Duration.ofDays(366);

  private static final Pattern AREA_CODE = Pattern.compile("^[0-9]{2,5}$");

  /** C0 controls except tab, LF and CR: invisible, and NUL breaks PostgreSQL text columns. */
  private static final Pattern FORBIDDEN_CONTROL =
      Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

  /** Something that starts a tag; a lone "<" as in "tuổi < 18" is allowed. */
  private static final Pattern TAG_START = Pattern.compile("<\\s*[a-zA-Z/!?]");

  private static final Set<String> MARKUP_FORBIDDEN = Set.of("title", "summary", "letterNumber");

  /** Letter dates are Vietnamese calendar dates, whatever zone the server runs in. */
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private final ArticleSanitizer sanitizer;

  public ArticleDraftValidator() {
    this(new ArticleSanitizer());
  }

  public ArticleDraftValidator(ArticleSanitizer sanitizer) {
    this.sanitizer = Objects.requireNonNull(sanitizer);
  }

  /** Every fault of the draft, in form order; empty when the draft may be submitted. */
  public List<FieldError> validate(ArticleDraft d, Clock clock) {
    Objects.requireNonNull(d, "draft");
    Objects.requireNonNull(clock, "clock");
    List<FieldError> errors = new ArrayList<>();
    checkPlainText(errors, "title", "Tiêu đề", d.title(), TITLE_MAX, true);
    checkPlainText(errors, "summary", "Tóm tắt", d.summary(), SUMMARY_MAX, true);
    checkBody(errors, d.bodyHtml());
    checkCategory(errors, d.category());
    checkScopeAndAreas(errors, d.scope(), d.targetAreaCodes());
    checkAudience(errors, d.ageMin(), d.ageMax(), d.gender());
    checkWindow(errors, d.publishFrom(), d.publishUntil(), clock.instant());
    checkJustification(errors, d);
    checkPlainText(
        errors,
        "reviewerNotes",
        "Ghi chú cho cơ quan thẩm định",
        d.reviewerNotes(),
        FREE_TEXT_MAX,
        false);
    checkPlainText(
        errors, "letterNumber", "Số văn bản đề nghị", d.letterNumber(), LETTER_NUMBER_MAX, true);
    checkLetterDate(errors, d.letterDate(), LocalDate.now(clock.withZone(VIETNAM)));
    return List.copyOf(errors);
  }

  // V-REQ-1 (title, summary) and V-REQ-7 (notes, letter number): plain text, no markup.
  private static void checkPlainText(
      List<FieldError> errors,
      String field,
      String label,
      String value,
      int maxLength,
      boolean required) {
    if (isBlank(value)) {
      if (required) {
        errors.add(new FieldError(field, label + " là bắt buộc."));
      }
      return;
    }
    if (value.length() > maxLength) {
      errors.add(
          new FieldError(
              field,
              label
                  + " dài "
                  + value.length()
                  + " ký tự, vượt quá "
                  + maxLength
                  + " ký tự cho phép."));
    }
    if (FORBIDDEN_CONTROL.matcher(value).find()) {
      errors.add(controlCharacterError(field, label));
    }
    // Title and summary are shown as plain text in VNeID: markup there is either a paste
    // accident or an attempt to inject; free-text notes are only ever shown escaped.
    if (MARKUP_FORBIDDEN.contains(field) && TAG_START.matcher(value).find()) {
      errors.add(
          new FieldError(
              field, label + " chỉ được là văn bản thuần, không được chứa thẻ HTML (\"<...>\")."));
    }
  }

  // V-REQ-1: rich text that survives sanitising, and no executable content at all.
  private void checkBody(List<FieldError> errors, String html) {
    if (isBlank(html)) {
      errors.add(new FieldError("bodyHtml", "Nội dung bài viết là bắt buộc."));
      return;
    }
    if (html.length() > BODY_HTML_MAX) {
      // Not parsed any further: the size alone refuses it, and parsing would cost for nothing.
      errors.add(
          new FieldError(
              "bodyHtml",
              "Nội dung bài viết dài "
                  + html.length()
                  + " ký tự (HTML), vượt quá "
                  + BODY_HTML_MAX
                  + " ký tự cho phép."));
      return;
    }
    if (FORBIDDEN_CONTROL.matcher(html).find()) {
      errors.add(controlCharacterError("bodyHtml", "Nội dung bài viết"));
    }
    if (sanitizer.containsActiveContent(html)) {
      errors.add(
          new FieldError(
              "bodyHtml",
              "Nội dung có mã thực thi (script, thuộc tính sự kiện như onclick, "
                  + "liên kết javascript: hoặc khung nhúng iframe/object/embed). Vui lòng gỡ bỏ các phần này rồi gửi lại."));
    }
    if (sanitizer.plainText(sanitizer.sanitize(html)).isBlank()) {
      errors.add(
          new FieldError(
              "bodyHtml",
              "Nội dung bài viết không có chữ nào sau khi loại bỏ các phần không an toàn."));
    }
  }

  // V-REQ-5
  private static void checkCategory(List<FieldError> errors, Category category) {
    if (category == null) {
      errors.add(new FieldError("category", "Danh mục bài viết là bắt buộc."));
    }
  }

  // V-REQ-3: the codes' format only; their existence and V-ROUTE-3 need the area tree.
  private static void checkScopeAndAreas(List<FieldError> errors, Scope scope, List<String> codes) {
    if (scope == null) {
      errors.add(new FieldError("scope", "Phạm vi tuyên truyền là bắt buộc."));
    }
    boolean noCodes = codes == null || codes.isEmpty();
    if (noCodes) {
      if (scope != null && scope.needsTargetAreas()) {
        errors.add(
            new FieldError(
                "targetAreaCodes",
                "Cần chọn ít nhất một địa bàn cho phạm vi " + scope.label().toLowerCase() + "."));
      }
      return;
    }
    if (codes.size() > MAX_TARGET_AREAS) {
      // More areas than any district or the whole city has communes: a wider scope says it better.
      errors.add(
          new FieldError(
              "targetAreaCodes",
              "Tối đa "
                  + MAX_TARGET_AREAS
                  + " địa bàn (nhận được "
                  + codes.size()
                  + "); hãy chọn phạm vi rộng hơn."));
      return;
    }
    List<String> malformed =
        codes.stream()
            .filter(code -> code == null || !AREA_CODE.matcher(code).matches())
            .map(code -> code == null ? "(trống)" : abbreviate(code))
            .toList();
    if (!malformed.isEmpty()) {
      errors.add(
          new FieldError(
              "targetAreaCodes",
              "Mã địa bàn không hợp lệ (phải gồm 2 đến 5 chữ số): "
                  + String.join(", ", malformed.subList(0, Math.min(20, malformed.size())))
                  + (malformed.size() > 20
                      ? " và " + (malformed.size() - 20) + " mã khác."
                      : ".")));
    }
  }

  // V-REQ-2
  private static void checkAudience(
      List<FieldError> errors, Integer ageMin, Integer ageMax, Gender gender) {
    boolean minInRange = checkAge(errors, "ageMin", "Độ tuổi tối thiểu", ageMin);
    boolean maxInRange = checkAge(errors, "ageMax", "Độ tuổi tối đa", ageMax);
    int min = ageMin == null ? MIN_AGE : ageMin;
    int max = ageMax == null ? MAX_AGE : ageMax;
    // Reported on the upper bound only, so one mistake gives one message.
    if (minInRange && maxInRange && min > max) {
      errors.add(
          new FieldError(
              "ageMax",
              "Độ tuổi tối đa ("
                  + max
                  + ") phải lớn hơn hoặc bằng độ tuổi tối thiểu ("
                  + min
                  + ")."));
    }
    if (gender == null) {
      errors.add(
          new FieldError(
              "gender",
              "Giới tính đối tượng tuyên truyền là bắt buộc (chọn \"Tất cả\" nếu không phân biệt)."));
    }
  }

  private static boolean checkAge(
      List<FieldError> errors, String field, String label, Integer age) {
    if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
      errors.add(
          new FieldError(field, label + " phải trong khoảng " + MIN_AGE + " đến " + MAX_AGE + "."));
      return false;
    }
    return true;
  }

  // V-REQ-4
  private static void checkWindow(
      List<FieldError> errors, Instant from, Instant until, Instant now) {
    if (from == null) {
      errors.add(new FieldError("publishFrom", "Thời gian bắt đầu đăng tin là bắt buộc."));
    }
    if (until == null) {
      errors.add(new FieldError("publishUntil", "Thời gian kết thúc đăng tin là bắt buộc."));
      return;
    }
    if (from != null && !until.isAfter(from)) {
      errors.add(
          new FieldError(
              "publishFrom", "Thời gian bắt đầu đăng tin phải trước thời gian kết thúc."));
      errors.add(
          new FieldError(
              "publishUntil", "Thời gian kết thúc đăng tin phải sau thời gian bắt đầu."));
    }
    if (until.isBefore(now)) {
      errors.add(new FieldError("publishUntil", "Thời gian kết thúc đăng tin đã qua."));
    }
    // A window years ahead or years long is a typing mistake (a year 9999), not a publication plan.
    if (from != null && from.isAfter(now.plus(MAX_LEAD))) {
      errors.add(
          new FieldError("publishFrom", "Thời gian bắt đầu đăng tin phải trong vòng 1 năm tới."));
    }
    if (from != null && until.isAfter(from) && until.isAfter(from.plus(MAX_WINDOW))) {
      errors.add(new FieldError("publishUntil", "Thời gian đăng tin dài tối đa 1 năm."));
    }
  }

  // V-REQ-6: national scope and the "other" category must say why they are needed.
  private static void checkJustification(List<FieldError> errors, ArticleDraft d) {
    boolean needed = d.scope() == Scope.NATIONAL || d.category() == Category.OTHER;
    if (needed && isBlank(d.justification())) {
      String reason = d.scope() == Scope.NATIONAL ? "phạm vi toàn quốc" : "danh mục \"Khác\"";
      errors.add(
          new FieldError(
              "justification",
              "Cần nêu rõ yêu cầu, tính cần thiết của bài viết (bắt buộc với " + reason + ")."));
      return;
    }
    checkPlainText(
        errors, "justification", "Lý do, tính cần thiết", d.justification(), FREE_TEXT_MAX, false);
  }

  // V-REQ-7
  private static void checkLetterDate(
      List<FieldError> errors, LocalDate letterDate, LocalDate today) {
    if (letterDate == null) {
      errors.add(new FieldError("letterDate", "Ngày văn bản đề nghị là bắt buộc."));
    } else if (letterDate.isAfter(today)) {
      errors.add(new FieldError("letterDate", "Ngày văn bản đề nghị không được sau ngày hôm nay."));
    }
  }

  private static FieldError controlCharacterError(String field, String label) {
    return new FieldError(
        field,
        label
            + " chứa ký tự điều khiển không hợp lệ (ví dụ NUL); vui lòng gõ lại hoặc dán dưới dạng văn bản thuần.");
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String abbreviate(String s) {
    String printable = FORBIDDEN_CONTROL.matcher(s).replaceAll("?");
    return printable.length() > 20 ? printable.substring(0, 20) + "…" : printable;
  }
}
