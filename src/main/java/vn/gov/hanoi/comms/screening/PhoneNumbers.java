package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Phone numbers of private persons; offices, hotlines, officials at work and published numbers are
 * left alone.
 */
final class PhoneNumbers {
  private final Set<String> publishedNumbers;

  /**
   * @param publishedNumbers phone numbers organisations publish (national form, digits only): never
   *     findings
   */
  PhoneNumbers(Set<String> publishedNumbers) {
    this.publishedNumbers = Set.copyOf(publishedNumbers);
  }

  static final Rx MOBILE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\(\\+?84\\)\\s?|\\+84[ .\\-]?|84(?=[35789]\\d{8}(?!\\d))|0)[35789](?:[ .\\-]?\\d){8}(?![\\p{N}])");
  static final Rx LANDLINE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\(\\+?84\\)\\s?\\(?|\\+84[ .\\-]?\\(?|\\(0|0)2\\d{1,2}\\)?(?:[ .\\-]?\\d){7,8}(?![\\p{N}])");
  static final Words NOT_PHONE =
      Words.of(
          "mst",
          "mã số thuế",
          "mã số bhxh",
          "số bhxh",
          "mã hồ sơ",
          "số hồ sơ",
          "mã số",
          "mã",
          "số tài khoản",
          "stk",
          "số sổ",
          "mã số doanh nghiệp",
          "mã đơn",
          "số seri");

  static final Words PHONE_CUES =
      Words.of(
          "gọi",
          "điện thoại",
          "sđt",
          "số điện thoại",
          "đt",
          "hotline",
          "liên hệ",
          "zalo",
          "nhắn tin",
          // typed without diacritics
          "goi",
          "dien thoai",
          "so dien thoai",
          "sdt",
          "dt",
          "lien he");
  static final Words ALTERNATIVE = Words.of("hoặc", "hay");

  /** A bare honorific standing for the person named before: "có thể gọi ông qua số ...". */
  static final Rx BARE_HONORIFIC =
      Rx.compile(
          "(?:gọi|liên hệ|liên lạc|nhắn tin)(?: cho| với)? (?:ông|bà|anh|chị|cô|chú|bác|cụ)(?: ấy)?(?: qua| theo| tại)?(?: số)?(?: điện thoại)?[ :]*$");

  /** Before a unit named after a person: what the person is ("thành viên hợp tác xã"). */
  static final Words MEMBER_OF = Words.of("thành viên", "hội viên", "xã viên", "đoàn viên");

  void phones(Reading r, BitSet claimed, List<Finding> out) {
    for (Rx p : List.of(MOBILE, LANDLINE)) {
      boolean mobile = p == MOBILE;
      Matcher m = p.matcher(r.text());
      while (m.find()) {
        String national = Masks.nationalNumber(m.group());
        if (isClaimed(claimed, m.start(), m.end())
            || national.length() != (mobile ? 10 : 11)
            || publishedNumbers.contains(national)
            || NOT_PHONE.anyIn(
                r.lower(), Math.max(r.sentenceStart(m.start()), m.start() - 25), m.start())) {
          continue;
        }
        claimed.set(m.start(), m.end());
        if (officeAfter(r.lower(), m.end())) {
          continue;
        }
        String lower = r.lower();
        Mention owner = r.nearestBefore(m.start(), 150);
        if (owner == null) {
          owner = r.personAbove(m.start());
        }
        if (owner == null
            && BARE_HONORIFIC
                .matcher(lower.substring(r.sentenceStart(m.start()), m.start()))
                .find()) {
          owner =
              r.lastPersonOnLine(m.start()); // "Ông A, Tổ trưởng .... Có thể gọi ông qua số ..."
        }
        if (owner != null
            && owner.type() == Type.ORGANISATION
            && MEMBER_OF.endingAt(lower, owner.start()) != null) {
          // "anh A, thành viên hợp tác xã, số 09...": the unit says what he is, the number is his
          Mention person = r.nearestPersonBefore(owner.start(), 150);
          owner = person != null ? person : owner;
        }
        if (owner != null && owner.type() == Type.ORGANISATION && otherWay(r, owner, m.start())) {
          // "gửi về Công an phường hoặc liên hệ 0966 ...": the office is one way, the number
          // another
          Mention person = r.nearestPersonBefore(owner.start(), 150);
          owner = person != null && person.type() == Type.PERSON ? person : null;
        }
        Mention named = r.nearestAfter(m.end(), 30);
        if (named != null
            && named.type() != Type.OFFICIAL
            && OF_PERSON.matcher(lower.substring(m.end(), named.start())).matches()) {
          // "liên hệ Công an xã hoặc số 09... của anh A", "số 024 ... của UBND phường": whose it
          // is, said after
          owner = named;
        }
        if (owner != null
                && IMPOSTOR.anyIn(
                    lower, Math.max(r.sentenceStart(m.start()), owner.start() - 25), m.start())
            || callerPassesFor(lower, m.end())) {
          // "đối tượng giả danh cán bộ thuế gọi từ số ...", "cuộc gọi từ số ... tự xưng là cán bộ
          // BHXH": the caller is not named, the office named before only reports the call
          owner = null;
        } else if (PRIVATE_LINE.endingAt(lower, m.start()) != null) {
          // "liên hệ theo số máy bàn gia đình 024 ...": the line of whoever is named before
          Mention person = r.nearestPersonBefore(m.start(), 150);
          owner = person != null && person.type() == Type.PERSON ? person : owner;
        }
        if (owner != null && owner.type() == Type.PERSON) {
          out.add(
              finding(
                  r,
                  FindingKind.PHONE,
                  true,
                  m.start(),
                  m.end(),
                  "số điện thoại của " + owner.name(),
                  Masks.phone(m.group())));
        } else if (owner == null && mobile) {
          out.add(
              finding(
                  r,
                  FindingKind.PHONE,
                  false,
                  m.start(),
                  m.end(),
                  "số di động không rõ của ai (số công khai "
                      + "của cơ quan, đơn vị được ghi vào danh bạ của đơn vị thì không bị báo)",
                  Masks.phone(m.group())));
        }
      }
    }
  }

  /**
   * An office without a number of its own, then "hoặc" and the number: the number is not the
   * office's.
   */
  static boolean otherWay(Reading r, Mention office, int number) {
    Words.Hit or = ALTERNATIVE.lastIn(r.lower(), office.end(), number);
    return or != null && !r.text().substring(office.end(), or.start()).matches("(?s).*\\d.*");
  }

  /** Someone passing for an office: a number after it is not the office's. */
  /** Between a number and the person named after it: "0912 ... của anh". */
  static final Rx OF_PERSON = Rx.compile("^\\s*,?\\s*của\\s+(?:\\p{L}+\\s+)?$");

  static final Words IMPOSTOR =
      Words.of("giả danh", "mạo danh", "giả mạo", "tự xưng", "tự nhận là", "xưng là");

  /** Right after the number, the caller passes for someone: "từ số ... tự xưng là cán bộ". */
  static boolean callerPassesFor(String lower, int end) {
    int i = end;
    while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == ',')) {
      i++;
    }
    return i - end <= 3 && IMPOSTOR.startsAt(lower, i);
  }

  /** Right before a number: it is a household's or a person's own line. */
  static final Words PRIVATE_LINE =
      Words.of("gia đình", "nhà riêng", "cá nhân", "riêng", "của gia đình", "của nhà");

  /** "0912 345 678 (cán bộ tư pháp)", "... - Văn phòng UBND": the number is an office's. */
  static boolean officeAfter(String lower, int end) {
    int i = end;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    if (i >= lower.length() || "(–-".indexOf(lower.charAt(i)) < 0) {
      return false;
    }
    return TitleWords.TITLES.startsAt(lower, i + 1)
        || OrganisationWords.ORGANISATIONS.startsAt(lower, i + 1);
  }

  /** "chị A, số 0977 602 318": "số" before a phone number, not a house number. */
  static final Rx PHONE_AS_NUMBER =
      Rx.compile("^số\\s+(?:\\+84|0)\\d{2,3}[ .]?\\d{3}[ .]?\\d{3,4}(?!\\d)");
}
