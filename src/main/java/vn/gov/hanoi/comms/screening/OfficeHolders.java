package vn.gov.hanoi.comms.screening;

/**
 * Whether a named person holds a title in the text: a title in the few words before the name, or
 * right after it (an official at work, not a private person).
 */
final class OfficeHolders {
  private OfficeHolders() {}

  /**
   * Words between a title and a name that show the name is not the title's holder ("Chủ tịch trao
   * quà cho ông A").
   */
  static final Words NOT_HOLDER =
      Words.of(
          "cho",
          "của",
          "với",
          "và",
          "đã",
          "đến",
          "tới",
          "gặp",
          "thăm",
          "tặng",
          "trao",
          "khen",
          "tại",
          "ở",
          "về",
          "đối với",
          "cùng",
          "là",
          "được",
          "bị",
          "do",
          "mời",
          "theo",
          "giao",
          "yêu cầu",
          "đề nghị",
          "hỗ trợ",
          "phối hợp",
          "ký",
          "gửi",
          "nhận",
          "thì",
          "nhưng",
          "sinh",
          "trú",
          "phạt",
          "xử phạt",
          "kiểm tra",
          "vận động",
          "hướng dẫn",
          "tiếp",
          "làm việc",
          "biểu dương",
          "động viên",
          "chúc mừng");

  private static final Rx HOLDER_IS = Rx.compile("\\s+là\\s+");

  /** "giáo viên nghỉ hưu": no longer in office. */
  static final Words RETIRED = Words.of("nghỉ hưu", "hưu trí", "đã nghỉ hưu", "về hưu");

  /**
   * A title in the few words before the name, with nothing between that shows someone else holds
   * it.
   */
  static boolean titleBefore(Reading r, int start) {
    String lower = r.lower();
    int from = Math.max(r.sentenceStart(start), start - 70);
    int semicolon = lower.lastIndexOf(';', start);
    if (semicolon >= from) {
      from = semicolon + 1;
    }
    Words.Hit title = TitleWords.TITLES.lastIn(lower, from, start);
    if (title == null) {
      return false;
    }
    String between = lower.substring(title.end(), start);
    return between.isBlank()
        // "Tổ trưởng tổ hòa giải là ông A": the title, its unit, then its holder
        || unitThenHolder(lower, title.end(), start)
        // "Trưởng ban là ông A", "tổ trưởng là bà B": the title names its holder; not "trưởng
        // nhóm là chị C" (a volunteer group's leader: the title read ends before "nhóm")
        || HOLDER_IS.matcher(between).matches()
        || between.chars().filter(ch -> ch == ',').count() <= 1
            && !between.contains("(")
            && !otherHolder(r, title.end(), start);
  }

  private static final Rx UNIT_THEN_HOLDER = Rx.compile("^\\s+[\\p{L}\\p{M} ]{2,40}?\\s+là\\s+$");

  /** Between a title and a name: the unit it heads (an organisation's word first), then "là". */
  private static boolean unitThenHolder(String lower, int titleEnd, int name) {
    int unit = titleEnd;
    while (unit < name && lower.charAt(unit) == ' ') {
      unit++;
    }
    return UNIT_THEN_HOLDER.matcher(lower.substring(titleEnd, name)).matches()
        && OrganisationWords.ORGANISATIONS.startsAt(lower, unit);
  }

  /**
   * Words between a title and a name that show someone else holds it; "và" and an honorific only
   * before a name ("Chủ tịch và ông A"), not inside a unit's name ("Tổ tiết kiệm và vay vốn", "công
   * chức Tư pháp - Hộ tịch").
   */
  private static boolean otherHolder(Reading r, int from, int to) {
    String lower = r.lower();
    for (Words.Hit h : NOT_HOLDER.findIn(lower, from, to)) {
      if (!"và".equals(h.phrase()) || beforeName(r, h.end(), to)) {
        return true;
      }
    }
    for (Words.Hit h : PersonWords.PERSON_MARKERS.findIn(lower, from, to)) {
      if (beforeName(r, h.end(), to)) {
        return true;
      }
    }
    return false;
  }

  /** The next word after {@code pos} (before {@code to}) is capitalised or an honorific. */
  private static boolean beforeName(Reading r, int pos, int to) {
    String s = r.text();
    int i = pos;
    while (i < to && s.charAt(i) == ' ') {
      i++;
    }
    return i >= to
        || Character.isUpperCase(s.charAt(i))
        || PersonWords.PERSON_MARKERS.startsAt(r.lower(), i);
  }

  /**
   * "Nguyễn Văn A, Chủ tịch UBND phường", "... (cán bộ tư pháp)", "... – Trưởng Công an phường".
   */
  static boolean titleAfter(String lower, int nameEnd) {
    int i = nameEnd;
    while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == ')')) {
      i++;
    }
    if (i >= lower.length() || ",–-(:".indexOf(lower.charAt(i)) < 0) {
      return false;
    }
    i++;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    for (String prefix : new String[] {"nguyên ", "là ", "hiện là ", "đang là "}) {
      if (lower.startsWith(prefix, i)) {
        i += prefix.length();
      }
    }
    Words.Hit title =
        TitleWords.TITLES.findIn(lower, i, Math.min(lower.length(), i + 40)).stream()
            .findFirst()
            .orElse(null);
    return title != null
        && title.start() == i
        && !RETIRED.startsAt(lower, title.end())
        // "anh A, trưởng nhóm, STK ...": a volunteer group's leader holds no office
        && !VOLUNTEER_GROUP.startsAt(lower, skipSpaces(lower, title.end()));
  }

  /** After "trưởng": a group of volunteers, no office ("trưởng nhóm"). */
  static final Words VOLUNTEER_GROUP = Words.of("nhóm");

  private static int skipSpaces(String lower, int at) {
    int i = at;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
