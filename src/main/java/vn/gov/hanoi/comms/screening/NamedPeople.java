package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Who a field names: which capitalised runs are people (by an honorific, a family name, a name
 * label or column), and which of them act in office. Streets, schools, places, businesses and lunar
 * years named like people are left out.
 */
final class NamedPeople {
  /** "kết bạn Zalo": befriending an app's account, where "bạn" is no honorific. */
  private static final Rx FRIEND_REQUEST = Rx.compile("(?<![\\p{L}])kết\\s+bạn\\s+$");

  /** "mèo tam thể tên Mít": a lost pet's name. */
  private static final Rx PET_NAMED =
      Rx.compile(
          "(?<![\\p{L}])(?:mèo|chó|cún|vẹt|chim)(?![\\p{L}])[^.;:,]{0,30}?(?<![\\p{L}])(?:tên là|tên)\\s+$");

  /** "hạng 1/4" before a name: a war invalid's grade, not a house number. */
  private static final Rx GRADE = Rx.compile("(?<![\\p{L}])hạng\\s+\\d\\s*/\\s*\\d$");

  /** A name right after a wanted notice's verb is whom it seeks ("truy tìm A", "truy nã A"). */
  private static final Rx SOUGHT = Rx.compile("(?<![\\p{L}])(?:truy tìm|truy nã|truy bắt)\\s+$");

  /** A capitalised word: "Nguyễn", "A", "NGUYỄN". */
  private static final Rx NAME_WORD =
      Rx.compile("(?:\\p{Lu}[\\p{Lu}\\p{M}]+|\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}\\p{N}])");

  /** "Ngo Van Sang SN 1969": the birth abbreviations after a name are no part of it. */
  private static final Set<String> NOT_IN_NAMES = Set.of("SN", "NS");

  private static final Words BUSINESS =
      Words.of(
          "công ty",
          "tnhh",
          "cổ phần",
          "cp",
          "doanh nghiệp",
          "tập đoàn",
          "hợp tác xã",
          "htx",
          "cửa hàng",
          "siêu thị",
          "nhà hàng",
          "khách sạn",
          "hộ kinh doanh",
          "cơ sở",
          "đại lý",
          "nhà thuốc",
          "phòng khám",
          "trung tâm",
          "thương hiệu",
          "quán",
          "xưởng");

  /**
   * Honorific words a capitalised run may start with ("Ông Nguyễn Văn A"): not part of the name.
   */
  private static final Set<String> LEADING_HONORIFICS =
      Set.of(
          "ông", "bà", "anh", "chị", "em", "cháu", "cụ", "bé", "chú", "cô", "bác", "cậu", "dì",
          "hộ", "đ/c", "vợ", "con", "bạn", "ong", "chi");

  private static final Set<String> ACCUSED =
      Set.of("bị can", "bị cáo", "đối tượng", "phạm nhân", "can phạm", "người vi phạm");

  /** Adds to the reading every capitalised run that names a person, in text order. */
  static void find(Reading r) {
    new NamedPeople(r).findPeople();
  }

  private final Reading r;

  private NamedPeople(Reading r) {
    this.r = r;
  }

  private void findPeople() {
    String s = r.text();
    String lower = r.lower();
    Matcher m = NAME_WORD.matcher(s);
    int i = 0;
    while (i < s.length() && m.find(i)) {
      if (m.start() > 0 && Reading.isWordChar(s.charAt(m.start() - 1))) {
        i = m.end();
        continue;
      }
      List<int[]> run = new ArrayList<>();
      run.add(new int[] {m.start(), m.end()});
      int next = m.end();
      // a file name joins the words of a name by underscores ("Nguyen_Van_Phung_sn1948.pdf")
      while (next + 1 < s.length() && (s.charAt(next) == ' ' || s.charAt(next) == '_')) {
        Matcher w = NAME_WORD.matcher(s).region(next + 1, s.length());
        if (!w.lookingAt()
            || w.end() < s.length() && Reading.isWordChar(s.charAt(w.end()))
            || NOT_IN_NAMES.contains(w.group())) {
          break;
        }
        run.add(new int[] {w.start(), w.end()});
        next = w.end();
      }
      i = next;
      if (run.size() >= 4 && acronym(s, run.get(0)) && !acronym(s, run.get(1))) {
        run.remove(0); // "chủ TK Phí Văn Hòa": an abbreviation, then the name
      }
      addPerson(s, lower, run);
    }
  }

  private static boolean acronym(String s, int[] span) {
    String w = s.substring(span[0], span[1]);
    return w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT));
  }

  private void addPerson(String s, String lower, List<int[]> run) {
    int first = 0;
    // "Ông Nguyễn Văn A", "Hộ Nguyễn Văn B": the leading honorific is not part of the name.
    while (first < run.size() - 1 && Fold.in(LEADING_HONORIFICS, word(lower, run.get(first)))) {
      first++;
    }
    int count = run.size() - first;
    int nameStart = run.get(first)[0];
    int nameEnd = run.get(run.size() - 1)[1];
    String name = s.substring(nameStart, nameEnd);
    // "ông Hoàng Văn Thụ" is a man, "phố Hoàng Văn Thụ" a street: after a lowercase honorific the
    // name is a person's.
    // "Đại tướng Võ Nguyên Giáp (1911 - 2013)": a title right before it makes it a person too.
    if (PET_NAMED.foundBefore(lower, nameStart, 40)) {
      return; // "mèo tam thể tên Mít": a lost pet's name, no person
    }
    // "kết bạn Zalo": befriending an app's account, "bạn" is no honorific there
    Words.Hit marker =
        FRIEND_REQUEST.foundBefore(lower, nameStart, 12)
            ? null
            : PersonWords.PERSON_MARKERS.endingAt(lower, nameStart);
    boolean marked =
        first == 0 && (marker != null || TitleWords.TITLES.endingAt(lower, nameStart) != null);
    boolean middleName = count >= 3 && Fold.in(MIDDLE_NAMES, word(lower, run.get(first + 1)));
    if (!marked && notAPerson(lower.substring(nameStart, nameEnd))
        || first > 0 && notAPerson(lower.substring(run.get(0)[0], nameEnd))
        || count > 5
        || organisationAt(lower, nameStart, nameEnd)
        // "Trưởng ban", but "ong Truong Van Hieu" typed without diacritics is a man
        || TitleWords.TITLES.startsAt(lower, nameStart) && !middleName) {
      return;
    }
    boolean honorific = first > 0 || marker != null;
    boolean official =
        PersonWords.OFFICIAL_MARKERS.endingAt(lower, nameStart) != null
            || first > 0 && "đ/c".equals(word(lower, run.get(0)));
    boolean surname =
        Fold.in(PersonNames.SURNAMES, word(lower, run.get(first)))
            || count >= 2 && nameColumn(nameStart, nameEnd)
            || count >= 2 && nameLabel(nameStart)
            // "Thị", "Văn" are only ever middle names: "Bành Thị Thúy", "Tất Văn Thành" whatever
            // the family name
            || middleName;
    if (!honorific && !official) {
      if (!surname
          || count < 2
          || lunarYear(lower, run, first)
          || placeBefore(lower, nameStart)
          || companyNamed(lower, nameStart)) {
        return;
      }
    }
    if (count == 1 && name.length() == 1) {
      return; // "đối tượng N.V.H.": initials keep the person anonymous
    }
    int phraseStart = first > 0 ? run.get(0)[0] : marker != null ? marker.start() : nameStart;
    // "Cơ quan Cảnh sát điều tra ... triệu tập bị can A": the accused holds no office the title
    // before names
    boolean accused =
        marker != null && ACCUSED.contains(marker.phrase())
            // "Cơ quan Cảnh sát điều tra ... đang truy tìm A": whom the office seeks, no holder
            || SOUGHT.foundBefore(lower, phraseStart, 20);
    // "Bị can A, Giám đốc công ty, ...": the accused is a private person here whatever office
    // they hold or held
    official =
        official
            || !accused
                && (OfficeHolders.titleBefore(r, phraseStart)
                    || OfficeHolders.titleAfter(lower, nameEnd));
    // In a table, a column headed by a title ("Tổ trưởng", "Cán bộ phụ trách") lists office
    // holders.
    String heading = r.screened().headingAt(nameStart);
    official =
        official
            || heading != null
                && TitleWords.TITLES.anyIn(
                    ScreenedText.lowerSameLength(heading), 0, heading.length());
    r.mentions().add(new Mention(nameStart, nameEnd, official ? Type.OFFICIAL : Type.PERSON, name));
  }

  /**
   * A table cell that holds nothing but the name, in a column headed "Họ và tên", "Họ tên": a
   * person whatever the family name ("Cấn Văn Lâm").
   */
  private boolean nameColumn(int nameStart, int nameEnd) {
    String heading = r.screened().headingAt(nameStart);
    if (heading == null || !NAME_HEADING.matcher(ScreenedText.lowerSameLength(heading)).find()) {
      return false;
    }
    String s = r.text();
    int before = s.lastIndexOf('|', nameStart);
    int lineStart = s.lastIndexOf('\n', Math.max(0, nameStart - 1)) + 1;
    int after = s.indexOf('|', nameEnd);
    int lineEnd = s.indexOf('\n', nameEnd);
    lineEnd = lineEnd < 0 ? s.length() : lineEnd;
    return s.substring(Math.max(before + 1, lineStart), nameStart).isBlank()
        && s.substring(nameEnd, after < 0 || after > lineEnd ? lineEnd : after).isBlank();
  }

  /**
   * A form line "Họ tên người yêu cầu: Bành Thị Thúy", "Họ và tên: ...": the value after a name
   * label is a person whatever the family name.
   */
  private boolean nameLabel(int nameStart) {
    String lower = r.lower();
    int lineStart = lower.lastIndexOf('\n', Math.max(0, nameStart - 1)) + 1;
    return NAME_LABEL.matcher(lower.substring(lineStart, nameStart)).find();
  }

  /** The ten heavenly stems and twelve earthly branches that name a lunar year. */
  private static final Set<String> STEMS =
      Set.of("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "kỉ", "canh", "tân", "nhâm", "quý", "quí");

  private static final Set<String> BRANCHES =
      Set.of(
          "tý", "tí", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu",
          "tuất", "hợi");

  /**
   * "Tết Nguyên đán Đinh Mùi", "năm Giáp Thìn": a stem and a branch are a lunar year, not a person
   * whose family name is Đinh or Giáp.
   */
  private static boolean lunarYear(String lower, List<int[]> run, int first) {
    return run.size() - first == 2
        && Fold.in(STEMS, word(lower, run.get(first)))
        && Fold.in(BRANCHES, word(lower, run.get(first + 1)));
  }

  /** Middle names that make three capitalised words a person's name whatever the family name. */
  private static final Set<String> MIDDLE_NAMES = Set.of("thị", "văn");

  private static final Rx NAME_LABEL =
      Rx.compile("^\\s*(?:họ và tên|họ tên|họ, tên)[^:\\n|]{0,40}:\\s*$");

  private static final Rx NAME_HEADING =
      Rx.compile("(?<![\\p{L}])(?:họ và tên|họ tên|họ, tên)(?![\\p{L}])");

  /** "Đoàn Thanh niên", "Hội Phụ nữ": an organisation's name that starts like a person's. */
  /**
   * "Trường Tiểu học Kim Đồng", "Trường THCS ...": a school by its level, also after "học sinh",
   * not a person called "Trường Tiểu".
   */
  private static final Rx SCHOOL =
      Rx.compile(
          "trường\\s+(?:tiểu học|thcs|thpt|trung học|mầm non|mẫu giáo|đại học|cao đẳng|trung cấp)"
              + "(?![\\p{L}])");

  private static boolean organisationAt(String lower, int start, int end) {
    if (SCHOOL.matcher(lower).region(start, lower.length()).lookingAt()) {
      return true;
    }
    // any hit that starts with the name, not only the last one: "Ủy ban Mặt trận" holds two;
    // "Quỹ Khuyến học" after "ủng hộ" or "chủ tài khoản": a run that opens with an organisation's
    // word is that organisation ("anh Trực", the word alone, is still a man)
    return OrganisationWords.ORGANISATIONS
        .findIn(lower, start, Math.min(lower.length(), end + 30))
        .stream()
        .anyMatch(h -> h.start() == start && h.end() != end);
  }

  private static boolean notAPerson(String key) {
    for (String written : PersonNames.NOT_PERSONS) {
      String place = Fold.w(written);
      // "Bà Triệu" is a street, "bà Triệu Thị Mây" a woman: a middle name after it makes a person
      if (key.equals(place)
          || key.startsWith(place + " ")
              && !key.startsWith(place + Fold.w(" thị "))
              && !key.startsWith(place + " văn ")) {
        return true;
      }
    }
    return false;
  }

  /** "phố Lê Lợi", "số 12 Lý Thái Tổ", "12/34 Nguyễn Trãi": a street or place, not a person. */
  private static boolean placeBefore(String lower, int nameStart) {
    int i = nameStart;
    while (i > 0 && lower.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && (Character.isDigit(lower.charAt(i - 1)) || lower.charAt(i - 1) == '/')) {
      // "thương binh hạng 1/4 Nguyễn Văn A": a war invalid's grade, then the invalid; "số 12
      // Nguyễn Trãi" is a street
      return !GRADE.foundBefore(lower, i, 16);
    }
    return PlaceWords.PLACE_WORDS.endingAt(lower, nameStart) != null;
  }

  /**
   * "Công ty TNHH Thương mại Dịch vụ Hoàng Long": a business named after someone, in the same
   * phrase.
   */
  private static boolean companyNamed(String lower, int nameStart) {
    int from = nameStart;
    while (from > 0 && ",;:.()\n|".indexOf(lower.charAt(from - 1)) < 0 && nameStart - from < 80) {
      from--;
    }
    // "đưa vào cơ sở cai nghiện bắt buộc đối với Lâm Văn Phúc": whom a measure is taken against
    // is a person, not the business named before it; nor is "Chủ quán là A", its owner
    Matcher against = AGAINST.matcher(lower).region(from, nameStart);
    while (against.find()) {
      from = against.end();
    }
    return BUSINESS.anyIn(lower, from, nameStart);
  }

  private static final Rx AGAINST = Rx.compile("(?<![\\p{L}])(?:đối với|là)(?![\\p{L}])");

  private static String word(String lower, int[] span) {
    return lower.substring(span[0], span[1]);
  }
}
