package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PassageOwner.headingHas;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizen identity (CCCD, 12 digits) and old identity card (CMND, 9 digits) numbers, told apart
 * from document numbers, record numbers and money.
 */
final class IdentityNumbers {
  private final int currentYear;

  /**
   * @param currentYear the year of the publication window: later birth years are no CCCD
   */
  IdentityNumbers(int currentYear) {
    this.currentYear = currentYear;
  }

  /**
   * Province codes of the 12-digit citizen identity number (Circular 07/2016/TT-BCA, 63 provinces).
   */
  static final Set<String> PROVINCES =
      Set.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  static final Rx ID_NUMBER =
      Rx.compile("(?<![\\p{L}\\p{N}/\\-.,])\\d(?:[ .\\-]?\\d){8,11}(?![\\p{N}])");
  static final Words ID_WORDS =
      Words.of(
          "cccd",
          "căn cước",
          "căn cước công dân",
          "thẻ căn cước",
          "số định danh",
          "định danh cá nhân",
          "mã định danh",
          "số định danh cá nhân",
          "cmnd",
          "cmt",
          "cmtnd",
          "chứng minh nhân dân",
          "chứng minh thư",
          "số cm",
          "số chứng minh",
          "giấy tờ tùy thân",
          "giấy tờ tuỳ thân",
          "số căn cước",
          "cmnd/cccd",
          "cccd/cmnd",
          "cc",
          "đdcn",
          "số id",
          "mã số định danh",
          "can cuoc",
          "chung minh nhan dan",
          "so dinh danh",
          "ma dinh danh");
  static final Words NOT_ID =
      Words.of(
          "mã hồ sơ",
          "số hồ sơ",
          "mã số bhxh",
          "số bhxh",
          "mã bhxh",
          "số sổ",
          "mã đơn",
          "mã vận đơn",
          "số seri",
          "số serial",
          "số hóa đơn",
          "số hoá đơn",
          "mã giao dịch",
          "số hợp đồng",
          "mã bưu chính",
          "mã tra cứu",
          "số biên nhận",
          "mã số hồ sơ",
          "số quyết định",
          "số văn bản",
          "số hiệu",
          "mã số doanh nghiệp",
          "mã số thuế doanh nghiệp",
          "mã số hộ kinh doanh",
          "mã dự án",
          "mã thửa");

  void identityNumbers(Reading r, BitSet claimed, List<Finding> out) {
    String s = r.text();
    Matcher m = ID_NUMBER.matcher(s);
    while (m.find()) {
      String d = Masks.digits(m.group());
      if (isClaimed(claimed, m.start(), m.end())
          || d.length() != 9 && d.length() != 12
          || !evenlyGrouped(m.group())
          || documentNumber(s, m.end())) {
        continue;
      }
      int from = Math.max(r.sentenceStart(m.start()), m.start() - 50);
      boolean context =
          ID_WORDS.anyIn(r.lower(), from, m.start()) || headingHas(r, m.start(), ID_WORDS);
      // as far back as an identity word: "Mã hồ sơ trên hệ thống một cửa: 0010..." is the record's
      // a column so headed ("Mã hồ sơ") names its numbers as the words before them would
      boolean notId = NOT_ID.anyIn(r.lower(), from, m.start()) || headingHas(r, m.start(), NOT_ID);
      if (amount(r.lower(), m.end())) {
        continue; // "số tiền 215.400.000 đồng": money, even after an identity word
      }
      if (d.length() == 12 && (context || !notId && validCitizenNumber(d))) {
        out.add(
            finding(
                r,
                FindingKind.CCCD,
                true,
                m.start(),
                m.end(),
                "số định danh \"" + m.group() + "\"",
                Masks.keepEnds(d, 3, 3)));
        claimed.set(m.start(), m.end());
      } else if (d.length() == 9 && context && !notId) {
        out.add(
            finding(
                r,
                FindingKind.CMND,
                true,
                m.start(),
                m.end(),
                "số CMND \"" + m.group() + "\"",
                Masks.keepEnds(d, 2, 2)));
        claimed.set(m.start(), m.end());
      }
    }
  }

  /**
   * A 12-digit number shaped like a citizen identity number: a province code, then the century and
   * gender digit (0-3: born in the 1900s or 2000s), then the year of birth, which has passed.
   */
  boolean validCitizenNumber(String d) {
    if (!PROVINCES.contains(d.substring(0, 3))) {
      return false;
    }
    int century = d.charAt(3) - '0';
    int year = (century / 2 == 0 ? 1900 : 2000) + Integer.parseInt(d.substring(4, 6));
    return century <= 3 && year <= currentYear;
  }

  static final Pattern CURRENCY_AFTER = Pattern.compile("\\s*(?:đồng|đ|vnđ|vnd)(?![\\p{L}\\p{N}])");

  /** "215.400.000 đồng": a number followed by its currency is an amount of money. */
  static boolean amount(String lower, int end) {
    return CURRENCY_AFTER.matcher(lower).region(end, lower.length()).lookingAt();
  }

  /** "Số 123456789012/QĐ-UBND": the number of a document, not of a person. */
  static boolean documentNumber(String s, int end) {
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    boolean symbolFollows = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    // "Số CM: 125087736 / Nơi ở: ..." separates form fields: only "/QĐ-UBND" names a document
    return i < s.length()
        && (s.charAt(i) == '/' && symbolFollows
            || s.charAt(i) == '-' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)));
  }

  /** "001 089 012 345" or "001089012345", not "1 2 3 4 5 6 7 8 9". */
  static boolean evenlyGrouped(String number) {
    for (String group : number.split("[ .\\-]")) { // "001 078 003 921", "001-183-017-644"
      if (group.length() < 3) {
        return false;
      }
    }
    return true;
  }

  static boolean digitsBetween(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
