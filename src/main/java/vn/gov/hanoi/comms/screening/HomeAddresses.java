package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.AddressSpans.STREET;
import static vn.gov.hanoi.comms.screening.AddressSpans.addressEnd;
import static vn.gov.hanoi.comms.screening.AddressSpans.addressStarts;
import static vn.gov.hanoi.comms.screening.AddressSpans.inBracketAfter;
import static vn.gov.hanoi.comms.screening.AddressSpans.namedAdminUnit;
import static vn.gov.hanoi.comms.screening.AddressSpans.nextChunk;
import static vn.gov.hanoi.comms.screening.AddressWords.ADDRESS_HEADINGS;
import static vn.gov.hanoi.comms.screening.AddressWords.ADDRESS_START;
import static vn.gov.hanoi.comms.screening.AddressWords.ADMIN_UNITS;
import static vn.gov.hanoi.comms.screening.AddressWords.AT_HOME;
import static vn.gov.hanoi.comms.screening.AddressWords.DUTY_AREA;
import static vn.gov.hanoi.comms.screening.AddressWords.HOME_CUES;
import static vn.gov.hanoi.comms.screening.AddressWords.HOME_OF_NAMED;
import static vn.gov.hanoi.comms.screening.AddressWords.HOUSE_OF;
import static vn.gov.hanoi.comms.screening.AddressWords.LAND_PARCEL;
import static vn.gov.hanoi.comms.screening.AddressWords.LEFT_HOME;
import static vn.gov.hanoi.comms.screening.AddressWords.LIVES_AT;
import static vn.gov.hanoi.comms.screening.AddressWords.NOT_ADDRESS;
import static vn.gov.hanoi.comms.screening.AddressWords.NOT_HOME_HEADINGS;
import static vn.gov.hanoi.comms.screening.AddressWords.RENTED_OUT;
import static vn.gov.hanoi.comms.screening.AddressWords.RESIDENCE;
import static vn.gov.hanoi.comms.screening.AddressWords.SHARED_ADDRESS_WORDS;
import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PassageOwner.skipLabel;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.PHONE_AS_NUMBER;
import static vn.gov.hanoi.comms.screening.SubjectRoles.PLURAL;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Where a named person lives: after "trú tại", "ở"..., right after the name, or in an address
 * column next to a name.
 */
final class HomeAddresses {
  /** "sổ" right before a residence word: the household booklet ("sổ hộ khẩu"). */
  static final Rx BOOKLET = Rx.compile("(?<![\\p{L}])sổ\\s+$");

  /** "đi khỏi nơi cư trú 15 ngày mà không xin phép": how long, not where. */
  static final Rx DURATION = Rx.compile("\\d+\\s*(?:ngày|tháng|năm|tuần|giờ)(?![\\p{L}\\p{M}])");

  static void addresses(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    for (Words.Hit k : RESIDENCE.findAll(lower)) {
      int from = skipLabel(lower, k.end());
      if (NOT_ADDRESS.startsAt(lower, from)
          || DURATION.matcher(lower).region(from, lower.length()).lookingAt()
          || OrganisationWords.ORGANISATIONS.startsAt(lower, from)
          || NOT_ADDRESS.startsAt(lower, k.start()) // "tru so" typed without diacritics: "trụ sở"
          || BOOKLET.matcher(lower.substring(Math.max(0, k.start() - 4), k.start())).find()) {
        continue; // "mang theo sổ hộ khẩu đến ...": the booklet, not where anyone lives
      }
      if (("ở".equals(k.phrase()) || "trú".equals(k.phrase()) || "ngụ".equals(k.phrase()))
          && (!ADDRESS_START.startsAt(lower, from) && !ADMIN_UNITS.startsAt(lower, from)
              // "đánh rơi chiếc ví ở khu vực bến xe": a vicinity, where something happened
              || lower.startsWith(Fold.w("khu vực"), from))) {
        continue;
      }
      // "trú tại", "nhà riêng" speak of a person whatever stands between; "địa chỉ" may be an
      // office's.
      Mention person =
          SHARED_ADDRESS_WORDS.contains(k.phrase())
              ? r.nearestBefore(k.start(), 150)
              : r.nearestPersonBefore(k.start(), 150);
      if (person == null || !person.person()) {
        person = person == null ? r.personAbove(k.start()) : null;
      }
      if (person == null && bareSubject(r, k.start())) {
        // "Cháu A đi lạc ... . Mẹ con cháu đang tạm trú tại ...": the people named just before
        Mention before = r.lastPersonBefore(k.start(), 300);
        person = before != null && before.type() == Type.PERSON ? before : null;
      }
      if (person == null && "nhà số".equals(k.phrase())) {
        person = householderNext(r, k.start()); // "... từ nhà số 47 ngõ 88 X. Chủ hộ là ông A"
      }
      addAddress(r, claimed, out, person, from);
    }
    for (Mention p : r.mentions()) {
      if (p.person()) {
        addressAfterName(r, claimed, out, p);
      }
    }
    Matcher house = HOUSE_OF.matcher(lower);
    while (house.find()) {
      Mention owner = r.nearestAfter(house.end(), 3);
      if (owner != null && owner.type() == Type.PERSON) {
        addAddress(r, claimed, out, owner, house.start(1), house.end(1));
      }
    }
    for (int i = 0; i < lower.length(); i++) {
      String heading = r.screened().headingAt(i);
      if (heading != null
          && (i == 0 || r.screened().headingAt(i - 1) == null || lower.charAt(i - 1) == '|')
          && ADDRESS_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())
          && !NOT_HOME_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        Mention person = r.nearestBefore(i, 300);
        addAddress(r, claimed, out, person, i);
      }
    }
  }

  /** A sentence whose subject is only kin words or an honorific: "Mẹ con cháu đang ...". */
  static final Rx BARE_SUBJECT =
      Rx.compile(
          "^\\s*(?:mẹ con|bố con|vợ chồng|gia đình)?\\s*(?:cháu|em|ông|bà|anh|chị|cụ)"
              + "(?:\\s+(?:ấy|này))?(?:\\s+(?:đang|hiện|vẫn|đã|cùng))*\\s+$");

  /** The sentence of {@code at}, up to it, names nobody but by a kin word or an honorific. */
  static boolean bareSubject(Reading r, int at) {
    int start = r.sentenceStart(at);
    String before = r.text().substring(start, at).strip();
    return BARE_SUBJECT.matcher(r.lower().substring(start, at)).matches()
        && before.length() > 1
        && before.substring(1).chars().noneMatch(Character::isUpperCase);
  }

  /** The opening of a sentence that names a house's householder: "Chủ hộ là ông ". */
  static final Rx HOUSEHOLDER =
      Rx.compile("^[\\s.]*(?:chủ hộ|chủ nhà)\\s*(?:là|:)\\s*(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * A house given without its people, and the next sentence opening with its householder: the house
   * is the householder's home.
   */
  static Mention householderNext(Reading r, int at) {
    int from = r.sentenceEnd(at);
    Mention m = r.firstInSentence(from);
    return m != null
            && m.type() == Type.PERSON
            && HOUSEHOLDER.matcher(r.lower().substring(from, m.start())).matches()
        ? m
        : null;
  }

  /**
   * "Cụ Tám sống một mình tại căn nhà nhỏ trong ngõ 71 Châu Long": a precise address after "tại",
   * "ở" or "trong", where the sentence says a private person lives there.
   */
  /**
   * "gia đình cháu ở", "gia đình em thuộc hộ cận nghèo tại": a home named by who lives there, in
   * the same clause as "ở"/"tại" (no comma between).
   */
  static boolean homeOfNamed(Reading r, int at) {
    String lower = r.lower();
    Words.Hit home = HOME_OF_NAMED.lastIn(lower, Math.max(r.sentenceStart(at), at - 40), at);
    return home != null
        && lower.substring(home.end(), at).indexOf(',') < 0
        && PLURAL.endingAt(lower, home.start()) == null; // "các gia đình ở thôn ...": no one's
  }

  static void livesAt(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    for (Words.Hit at : LIVES_AT.findAll(lower)) {
      int from = skipLabel(lower, at.end());
      Matcher home = AT_HOME.matcher(lower.substring(from));
      boolean atHome = home.find();
      if (atHome) {
        from += home.end();
      }
      if (!addressStarts(r, from)) {
        continue;
      }
      Mention person = r.nearestPersonBefore(at.start(), 150);
      if (person != null
          && person.type() == Type.PERSON
          && (HOME_CUES.anyIn(lower, person.end(), at.start() + 1)
              || atHome
              || leftHome(lower, person.end(), at.start()))
          && !RENTED_OUT.anyIn(lower, person.end(), at.start() + 1)) {
        addAddress(r, claimed, out, person, from);
      } else if ((person == null || person.type() == Type.PERSON) && homeOfNamed(r, at.start())) {
        // "Cháu Hoàng Gia Huy ... . Gia đình cháu ở số 14 ngõ 3": the home of whoever the line
        // named last; "Em A ... . Gia đình em thuộc hộ cận nghèo tại tổ 10": of the paragraph above
        Mention named = r.lastPersonOnLine(at.start());
        named =
            named != null ? named : person != null ? person : r.lastPersonBefore(at.start(), 300);
        if (named != null && named.type() == Type.PERSON) {
          addAddress(r, claimed, out, named, from);
        }
      }
    }
  }

  /**
   * "đi khỏi nhà con gái tại số 19 ngõ 46": the home a missing person left, named in the clause
   * right before "tại" (no comma between).
   */
  static boolean leftHome(String lower, int from, int at) {
    Words.Hit left = LEFT_HOME.lastIn(lower, from, at);
    return left != null && lower.substring(left.end(), at).indexOf(',') < 0;
  }

  /**
   * "Anh Lã Minh Tuấn, sinh năm 1979, tổ 6, ...", "hộ ông B tại số 44 ngõ 28", "bà C (tổ 5)": an
   * address in one of the few phrases right after a name.
   */
  static void addressAfterName(Reading r, BitSet claimed, List<Finding> out, Mention p) {
    String lower = r.lower();
    int i = p.end();
    int end = Math.min(r.sentenceEnd(p.end()), p.end() + 120);
    int previous = i;
    for (int chunk = 0; chunk < 3 && i < end; chunk++) {
      while (i < lower.length() && lower.charAt(i) == ' ') {
        i++;
      }
      boolean separated = i < lower.length() && ",(–-".indexOf(lower.charAt(i)) >= 0;
      if (separated) {
        i = skipLabel(lower, i + 1);
      } else if (chunk > 0) {
        return;
      }
      if (LAND_PARCEL.startsAt(lower, i)) {
        return; // "hộ ông A, thửa đất số 45, tờ bản đồ số 12, thôn B": where the land lies
      }
      String heading = r.screened().headingAt(i);
      if (heading != null
          && NOT_HOME_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        return; // a row's next cell headed "Địa điểm công trình": where the works stand
      }
      if (DUTY_AREA.startsAt(lower, i)
          || lower.startsWith("| ", i) && DUTY_AREA.startsAt(lower, i + 2)) {
        // "Đại úy A, Cảnh sát khu vực thôn Đông, thôn Đoài", also in the next cell of a table's
        // row: where she serves, not where she lives
        return;
      }
      if (lower.startsWith(Fold.w("hộ số "), i)) {
        i += 3; // "bà A, hộ số 17 thôn Đông": the household's number, where she lives
      }
      boolean livesIn = lower.startsWith(Fold.w("ở "), i);
      // "hộ ông B tại số 44 ngõ 28": "tại" right after the name only, and with a number (else it is
      // where something happened)
      boolean at = chunk == 0 && lower.startsWith(Fold.w("tại "), i);
      if (at && businessOf(lower, r.sentenceStart(p.start()), p.start())) {
        return; // "cơ sở kinh doanh của ông A tại số 77 ...": the business's address
      }
      if (livesIn || at) {
        i = skipLabel(lower, i + (livesIn ? 2 : 4));
      }
      // "chị Hồ Thị Ngân (phường Kim Mã)": a ward in brackets right after the name is where the
      // person lives
      livesIn =
          livesIn
              || chunk == 0
                  && lower.lastIndexOf('(', i) >= p.end()
                  && lower.lastIndexOf('(', i) >= i - 2;
      // the number within the address itself, not in the next sentence ("tại thôn Bầu. Phát hiện 4
      // người ...")
      boolean precise =
          !at
              || lower
                  .substring(i, Math.max(i, Math.min(addressEnd(r, i), i + 25)))
                  .matches("(?s).*\\d.*");
      if (precise && addressStarts(r, i)
          || livesIn && ADMIN_UNITS.startsAt(lower, i)
          // "Tống Văn A, CMND ..., xã Hòa Xá": a named ward or commune as a chunk of its own in a
          // list of people is where the person lives
          // (after the name or a number's chunk: not the rest of "quê quán thôn B, xã C")
          || separated
              && namedAdminUnit(r.text(), i)
              && (chunk == 0 || lower.substring(previous, i).matches("(?s).*\\d.*"))
          || inBracketAfter(lower, p.end(), i)
              && STREET.matcher(r.text()).region(i, end).lookingAt()) {
        addAddress(r, claimed, out, p, i);
        return;
      }
      int next = nextChunk(lower, i, end);
      if (next < 0 || chunk == 0 && officeBetween(r, i, next)) {
        return; // "A liên hệ Công an X, số 1 phố Y": the office's (later: A's workplace, maybe)
      }
      previous = i;
      i = next;
    }
  }

  static boolean officeBetween(Reading r, int from, int to) {
    return r.mentions().stream()
        .anyMatch(m -> m.type() == Type.ORGANISATION && m.start() >= from && m.start() < to);
  }

  /** Premises someone owns: an address given for them is theirs, not the owner's home. */
  static final Rx BUSINESS_OF =
      Rx.compile(
          "(?:cơ sở|cửa hàng|quán|xưởng|nhà hàng|hộ kinh doanh|doanh nghiệp)"
              + "(?:\\s+[\\p{Ll}\\p{M}]+){0,3}\\s+của\\s+(?:ông|bà|anh|chị)?\\s*$");

  /** "cơ sở kinh doanh của ông A": the name owns the premises named right before it. */
  static boolean businessOf(String lower, int from, int nameStart) {
    return BUSINESS_OF.matcher(lower.substring(Math.max(from, nameStart - 50), nameStart)).find();
  }

  /**
   * "đến trụ sở UBND phường, số 2 phố Tố Hữu": an address that follows an office named after the
   * person is the office's, not the person's home.
   */
  static boolean officeBefore(Reading r, Mention person, int from) {
    int clause = Math.max(person.end(), Math.max(r.sentenceStart(from), from - 50));
    return clause < from && OFFICES.anyIn(r.lower(), clause, from);
  }

  /** Offices and public venues: an address after them is theirs ("tại hội trường UBND ..."). */
  static final Words OFFICES =
      Words.of(
          "trụ sở", "văn phòng", "bộ phận một cửa", "hội trường", "nhà văn hóa", "nhà văn hoá");

  static void addAddress(Reading r, BitSet claimed, List<Finding> out, Mention person, int from) {
    addAddress(r, claimed, out, person, from, -1);
  }

  /** As above; {@code to} ends the address where the text says so (-1: where it reads as ended). */
  static void addAddress(
      Reading r, BitSet claimed, List<Finding> out, Mention person, int from, int to) {
    if (person == null
        || !person.person()
        || from >= r.text().length()
        || officeBefore(r, person, from)) {
      return;
    }
    int end = to < 0 ? addressEnd(r, from) : Math.min(to, addressEnd(r, from));
    String passage = r.text().substring(from, end).strip();
    if (passage.length() < 3
        || isClaimed(claimed, from, end)
        || !passage.matches("(?s).*(\\d|\\p{Lu}).*")
        || PHONE_AS_NUMBER.matcher(r.lower().substring(from)).find()) {
      return;
    }
    int start = from + r.text().substring(from, end).indexOf(passage.charAt(0));
    out.add(
        finding(
            r,
            FindingKind.HOME_ADDRESS,
            true,
            start,
            start + passage.length(),
            "địa chỉ nơi ở \"" + passage + "\" của " + person.name(),
            Masks.address(passage)));
    claimed.set(start, start + passage.length());
  }
}
