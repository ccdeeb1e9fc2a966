package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.IdentityNumbers.ID_WORDS;
import static vn.gov.hanoi.comms.screening.IdentityNumbers.digitsBetween;
import static vn.gov.hanoi.comms.screening.PassageOwner.bankWordAfter;
import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PassageOwner.headingHas;
import static vn.gov.hanoi.comms.screening.PassageOwner.phoneWordBefore;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.ALTERNATIVE;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.IMPOSTOR;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.LANDLINE;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.MOBILE;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.PHONE_CUES;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Bank account numbers and who holds them: a person (blocking), an organisation or a unit's
 * treasurer (none), or nobody named (a warning).
 */
final class BankAccounts {
  static final Rx ACCOUNT = Rx.compile("(?<![\\p{L}\\p{N}])\\d(?:[ .\\-]?\\d){5,18}(?![\\p{N}])");
  static final Words BANK_WORDS =
      Words.of(
          "số tài khoản",
          "stk",
          "tài khoản số",
          "tài khoản",
          "tk số",
          "số tk",
          "tk",
          "tài khoản ngân hàng",
          "số tài khoản ngân hàng",
          "chuyển khoản",
          "vietcombank",
          "vcb",
          "agribank",
          "bidv",
          "vietinbank",
          "techcombank",
          "tcb",
          "mb bank",
          "mbbank",
          "vpbank",
          "acb",
          "sacombank",
          "tpbank",
          "shb",
          "hdbank",
          "vib",
          "ocb",
          "seabank",
          "lpbank",
          "lienvietpostbank",
          "eximbank",
          "msb",
          "nam á bank",
          "bắc á bank",
          "abbank",
          "pvcombank",
          "scb",
          "kienlongbank",
          "ncb",
          "vietabank",
          "baovietbank",
          "oceanbank",
          "cbbank",
          "gpbank",
          "ngân hàng",
          "so tai khoan",
          "tai khoan",
          "ngan hang");

  /** "năm học 2026-2027": a range of years, not an account. */
  static final Rx YEARS = Rx.compile("(?:19|20)\\d{2}\\s?-\\s?(?:19|20)\\d{2}");

  /** "50.000.000": thousands grouped by dots are an amount of money, not an account. */
  static final Rx MONEY = Rx.compile("\\d{1,3}(?:\\.\\d{3})+");

  static final Words CURRENCY =
      Words.of("đồng", "đ", "vnđ", "vnd", "triệu", "nghìn", "ngàn", "tỷ", "usd");
  static final Words NOT_BANK =
      Words.of(
          "tài khoản định danh",
          "tài khoản vneid",
          "tài khoản dịch vụ công",
          "tài khoản zalo",
          "tài khoản facebook",
          "tài khoản mạng xã hội",
          "tài khoản email",
          "tài khoản ứng dụng",
          "tài khoản giao thông",
          "tài khoản định danh điện tử",
          "tài khoản an sinh");
  static final Words TREASURY = Words.of("kho bạc", "kho bạc nhà nước", "kbnn");
  static final Words ACCOUNT_HOLDER =
      Words.of(
          "chủ tài khoản",
          "chủ tk",
          "tên tài khoản",
          "tên tk",
          "mang tên",
          "đứng tên",
          "người thụ hưởng",
          "đơn vị thụ hưởng",
          "tên đơn vị",
          "tên người nhận",
          "người nhận");

  static void bankAccounts(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    Matcher m = ACCOUNT.matcher(r.text());
    while (m.find()) {
      String d = Masks.digits(m.group());
      if (isClaimed(claimed, m.start(), m.end())
          || d.length() < 6
          || d.startsWith("1900")
          || d.startsWith("1800")
          || MONEY.matcher(m.group()).matches()
          || YEARS.matcher(m.group()).matches()
          || CURRENCY.startsAt(r.lower(), m.end()) && !BANK_WORDS.startsAt(lower, m.end())) {
        continue; // typed without marks, "ngan hang" after a number is the bank, not "ngàn"
      }
      int from = Math.max(r.sentenceStart(m.start()), m.start() - 45);
      Words.Hit keyword = BANK_WORDS.lastIn(lower, from, m.start());
      if (keyword != null
          && (ACCOUNT_HOLDER.endingAt(lower, keyword.end()) != null
              || PHONE_CUES.anyIn(lower, keyword.end(), m.start()))) {
        keyword = null; // "chủ tài khoản Lý Thị Lan, hoặc gọi 0356...": a name, then a phone
      }
      // a table column headed "Số tài khoản" says what its cells are, as a keyword would
      boolean bankAfter =
          (bankWordAfter(r, m.end()) || headingHas(r, m.start(), BANK_WORDS)) && d.length() >= 8;
      if (keyword == null
          && (MOBILE.matcher(m.group()).matches() || LANDLINE.matcher(m.group()).matches())
          && phoneWordBefore(r, m.start())) {
        // "tin nhắn từ số điện thoại 0589 ... báo tài khoản bị khóa", "điện thoại 0215 3825 441,
        // hoặc chuyển khoản ...": a phone, mobile or landline
        continue;
      }
      if (ID_WORDS.anyIn(lower, Math.max(r.sentenceStart(m.start()), m.start() - 30), m.start())) {
        continue; // "chứng minh thư số 012654789 và thẻ ngân hàng": an identity number
      }
      if (keyword == null && !bankAfter
          || keyword != null && NOT_BANK.anyIn(lower, keyword.start(), m.start())
          || keyword != null && digitsBetween(r.text(), keyword.end(), m.start())) {
        continue;
      }
      Mention holder = holder(r, keyword == null ? m.start() : keyword.start(), m.end());
      if (holder != null
          && IMPOSTOR.anyIn(
              lower,
              Math.max(r.sentenceStart(m.start()), Math.min(holder.start(), m.start()) - 25),
              m.start())) {
        holder = null; // "gọi từ số ..., xưng là nhân viên điện lực, ... STK ...": nobody named
      }
      Mention payee = holder == null ? r.nearestPersonBefore(m.start(), 150) : null;
      if (holder != null && (holder.type() == Type.ORGANISATION || keepsUnitsMoney(r, holder))
          // "nộp cho bà A (thủ quỹ) hoặc chuyển khoản số ...": the other way to pay the same fund
          || payee != null
              && keepsUnitsMoney(r, payee)
              && PhoneNumbers.ALTERNATIVE.anyIn(lower, payee.end(), m.start())
          // "Hoặc chuyển khoản cho ông A (tổ trưởng tổ 3), STK ...": an office holder's account
          // given as the other way to give to the same collection
          || holder != null
              && holder.type() == Type.OFFICIAL
              && PhoneNumbers.ALTERNATIVE.anyIn(
                  lower, r.sentenceStart(m.start()), holder.start())) {
        claimed.set(m.start(), m.end());
        continue;
      }
      boolean person = holder != null;
      out.add(
          finding(
              r,
              FindingKind.BANK_ACCOUNT,
              person,
              m.start(),
              m.end(),
              person
                  ? "số tài khoản của " + holder.name()
                  : "số tài khoản không rõ của ai (nếu là tài khoản của cơ quan, "
                      + "đơn vị, hãy ghi rõ tên chủ tài khoản)",
              "****" + d.substring(d.length() - 4)));
      claimed.set(m.start(), m.end());
    }
  }

  /** Between a person and where they study or work: ", sinh viên ", " - học sinh ". */
  static final Rx MEMBER_OF =
      Rx.compile(
          "\\s*[,(–-]?\\s*(?:là\\s+)?(?:sinh viên|học sinh|học viên|công nhân|nhân viên|giáo viên)\\s*");

  /** Who keeps a unit's money: its treasurer or accountant. */
  static final Words KEEPS_MONEY = Words.of("thủ quỹ", "kế toán");

  /**
   * The holder is named, here or elsewhere in the text, as the treasurer or accountant who collects
   * for the unit ("bà A (thủ quỹ) ... chủ tài khoản A", "anh B, kế toán HTX"): the account is the
   * collection's, as the unit's own would be.
   */
  static boolean keepsUnitsMoney(Reading r, Mention holder) {
    String lower = r.lower();
    for (Mention same : r.mentions()) {
      if (!same.person() || !same.name().equals(holder.name())) {
        continue;
      }
      int before = Math.max(r.sentenceStart(same.start()), same.start() - 20);
      int after = Math.min(r.sentenceEnd(same.end()), same.end() + 20);
      if (KEEPS_MONEY.anyIn(lower, before, same.start())
          || KEEPS_MONEY.anyIn(lower, same.end(), after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who holds an account: "chủ tài khoản: ..." after it; else whoever is named between the keyword
   * and the number ("tài khoản Hội Khuyến học phường, số ...") or just before ("bà B đã cung cấp số
   * tài khoản ..."), or after it with "của".
   */
  static Mention holder(Reading r, int before, int after) {
    Words.Hit named =
        ACCOUNT_HOLDER.findIn(r.lower(), after, Math.min(r.sentenceEnd(after), after + 80)).stream()
            .findFirst()
            .orElse(null);
    if (named != null) {
      Mention m = r.nearestAfter(named.end(), 20);
      if (m != null && m.start() < r.sentenceEnd(named.end())) {
        return m; // not the next line's first name: "... không ghi chủ tài khoản.\nCông an ..."
      }
      Mention by = heldBy(r, after, named.start());
      if (by != null) {
        return by;
      }
    }
    Mention kin = holderAsKin(r, after);
    if (kin != null) {
      return kin;
    }
    for (Mention between : r.mentions()) {
      if (between.start() >= before && between.end() <= after) {
        return between;
      }
    }
    Mention namedBefore = holderNamedBefore(r, before);
    if (namedBefore != null) {
      return namedBefore;
    }
    if (TREASURY.anyIn(r.lower(), after, Math.min(r.sentenceEnd(after), after + 50))) {
      return new Mention(
          after, after, Type.ORGANISATION, "Kho bạc Nhà nước"); // accounts of state bodies only
    }
    Mention m = r.nearestBefore(before, 40);
    if (m != null && ALTERNATIVE.anyIn(r.lower(), m.end(), before)) {
      m = null; // "gửi ông Trưởng thôn hoặc chuyển khoản vào STK ...": someone else, another way
    }
    if (m != null && !m.person() && BANK_WORDS.startsAt(r.lower(), m.start())) {
      m = null; // "thẻ ngân hàng BIDV số tài khoản ...": the bank keeps the account, not holds it
    }
    if (m != null && !m.person()) {
      // "B, sinh viên Trường Đại học ..., số tài khoản ...": where B studies or works, not who
      // holds
      Mention member = r.nearestBefore(m.start(), 40);
      if (member != null
          && member.person()
          && MEMBER_OF.matcher(r.lower().substring(member.end(), m.start())).matches()) {
        m = member;
      }
    }
    if (m == null) {
      Mention next = r.nearestAfter(after, 30);
      String gap = next == null ? "" : r.lower().substring(after, next.start());
      return next != null
              && (next.person() && gap.matches("\\s*[,(–-]?\\s*(của|-)?\\s*")
                  || gap.matches("\\s*[,(–-]?\\s*của\\s*"))
          ? next
          : null;
    }
    return m;
  }

  /** "... Techcombank do Ánh đứng tên": "do", the holder, then the holder word. */
  static final Rx HELD_BY = Rx.compile("(?<![\\p{L}])do\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * "tài khoản số ... Techcombank do Ánh đứng tên": the holder named between the number and "đứng
   * tên", after "do".
   */
  static Mention heldBy(Reading r, int after, int holderWord) {
    String lower = r.lower();
    for (Mention m : r.mentions()) {
      if (m.start() >= after
          && m.end() <= holderWord
          && lower.substring(m.end(), holderWord).isBlank()
          && HELD_BY.matcher(lower.substring(after, m.start())).find()) {
        return m;
      }
    }
    return null;
  }

  /**
   * "chủ tài khoản Quỹ phòng chống dịch bệnh phường ..., STK ...": the holder named before the
   * number, in the same sentence; a holder whose name opens with an organisation's word is that
   * organisation, even where the word alone reads as a name.
   */
  static Mention holderNamedBefore(Reading r, int before) {
    Words.Hit word =
        ACCOUNT_HOLDER.lastIn(r.lower(), Math.max(r.sentenceStart(before), before - 80), before);
    if (word == null
        || r.text().substring(word.end(), before).matches("(?s).*[\\d;].*")
        || ALTERNATIVE.anyIn(r.lower(), word.end(), before)) {
      return null; // another account's holder: "..., chủ tài khoản A, ...; hoặc ... tài khoản ..."
    }
    Mention found = null;
    for (Mention m : r.mentions()) {
      if (m.start() >= word.end() && m.start() <= word.end() + 3 && m.end() <= before) {
        if (m.type() == Type.ORGANISATION) {
          return m;
        }
        found = found == null ? m : found;
      }
    }
    return found;
  }

  /** "STK ... Agribank của mẹ em là bà A": the account of the one named as the kin after "của". */
  static final Rx KIN_HOLDER =
      Rx.compile(
          "^\\s*(?:[\\p{L}]+\\s+)?của\\s+(?:[\\p{Ll}\\p{M}]+\\s+){1,3}là\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  static Mention holderAsKin(Reading r, int after) {
    int to = Math.min(r.sentenceEnd(after), after + 60);
    for (Mention m : r.mentions()) {
      if (m.start() >= after && m.start() <= to && m.person()) {
        return KIN_HOLDER.matcher(r.lower().substring(after, m.start())).find() ? m : null;
      }
    }
    return null;
  }
}
