package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One field read for who and what it mentions: the people named in it (private persons or officials
 * in office), the organisations and hotlines, and where its sentences end. The detectors ask it
 * whose a number, an address or a diagnosis is: the nearest mention in the same sentence.
 */
final class Reading {
  enum Type {
    PERSON,
    OFFICIAL,
    ORGANISATION
  }

  /** Something the text names; for people, {@code start}..{@code end} is the name itself. */
  record Mention(int start, int end, Type type, String name) {
    boolean person() {
      return type != Type.ORGANISATION;
    }
  }

  /** A capitalised word: "Nguyễn", "A", "NGUYỄN". */
  private static final Rx NAME_WORD =
      Rx.compile("(?:\\p{Lu}[\\p{Lu}\\p{M}]+|\\p{Lu}[\\p{Ll}\\p{M}]*)(?![\\p{L}\\p{M}\\p{N}])");

  /** "Ngo Van Sang SN 1969": the birth abbreviations after a name are no part of it. */
  private static final Set<String> NOT_IN_NAMES = Set.of("SN", "NS");

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "tp", "p", "q", "h", "x", "tt", "tx", "ts", "ths", "bs", "pgs", "gs", "st", "ks", "ls",
          "cn", "ncs", "đ/c", "sđt", "đt", "số", "ông", "bà", "e", "vd", "v.v", "tr");

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

  private final ScreenedText text;
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Integer> sentenceEnds = new ArrayList<>();

  Reading(ScreenedText text) {
    this.text = text;
    findSentenceEnds();
    findPeople();
    findAliases();
    findWriter();
    findOrganisations();
    mentions.sort(Comparator.comparingInt(Mention::start));
  }

  ScreenedText screened() {
    return text;
  }

  String text() {
    return text.text();
  }

  String lower() {
    return text.lower();
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The start of the sentence holding {@code pos}: after the previous full stop or line break. */
  int sentenceStart(int pos) {
    int start = 0;
    for (int end : sentenceEnds) {
      if (end <= pos) {
        start = end;
      } else {
        break;
      }
    }
    return start;
  }

  int sentenceEnd(int pos) {
    for (int end : sentenceEnds) {
      if (end > pos) {
        return end;
      }
    }
    return text().length();
  }

  /**
   * The mention ending last before {@code pos} in its sentence, at most {@code max} characters
   * away.
   */
  Mention nearestBefore(int pos, int max) {
    int from = Math.max(sentenceStart(pos), pos - max);
    Mention best = null;
    for (Mention m : mentions) {
      if (m.end() <= pos
          && m.end() >= from
          && m.start() >= sentenceStart(pos)
          && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The person (private or official) named last before {@code pos} in its sentence, organisations
   * skipped.
   */
  /** The last person or official named before {@code pos} on its line (paragraph), or null. */
  Mention lastPersonOnLine(int pos) {
    int lineStart = text().lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person() && m.start() >= lineStart && m.end() <= pos) {
        best = m;
      }
    }
    return best;
  }

  /** The person named last before {@code pos}, within {@code max} characters, across sentences. */
  Mention lastPersonBefore(int pos, int max) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person() && m.end() <= pos && m.start() >= pos - max) {
        best = m;
      }
    }
    return best;
  }

  Mention nearestPersonBefore(int pos, int max) {
    int from = Math.max(sentenceStart(pos), pos - max);
    Mention best = null;
    for (Mention m : mentions) {
      if (m.person()
          && m.end() <= pos
          && m.start() >= from
          && (best == null || m.end() > best.end())) {
        best = m;
      }
    }
    return best;
  }

  /**
   * The mention starting first after {@code pos} in its sentence, at most {@code max} characters
   * away.
   */
  Mention nearestAfter(int pos, int max) {
    int to = Math.min(sentenceEnd(pos), pos + max);
    for (Mention m : mentions) {
      if (m.start() >= pos && m.start() <= to) {
        return m;
      }
    }
    return null;
  }

  /**
   * A person named on a line of a form-like block just above ("Họ và tên: Nguyễn Văn A" then "Ngày
   * sinh: ..."), when the line of {@code pos} is itself a "label: value" line; null otherwise.
   */
  Mention personAbove(int pos) {
    String s = text();
    int lineStart = s.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
    int sentence = sentenceStart(pos);
    if (sentence > lineStart
        && isLabelLine(s, sentence)
        && (isLabelLine(s, lineStart)
            || LABEL_INSIDE.matcher(s.substring(lineStart, sentence)).find())) {
      // "Họ tên: Nông Văn Thái. Sinh ngày: ... Nơi ĐKTT: ...": labelled fields on one line
      for (int i = mentions.size() - 1; i >= 0; i--) {
        Mention m = mentions.get(i);
        if (m.person() && m.start() >= lineStart && m.end() <= sentence) {
          return m;
        }
      }
    }
    if (!isLabelLine(s, lineStart)) {
      return null;
    }
    int end = lineStart - 1;
    for (int lines = 0; lines < 5 && end > 0; lines++) {
      int start = s.lastIndexOf('\n', end - 1) + 1;
      Mention person = null;
      for (Mention m : mentions) {
        if (m.person() && m.start() >= start && m.end() <= end) {
          person = m;
        }
      }
      if (!isLabelLine(s, start)) {
        // a record's lines are all "label: value"; a person in running text above is not its
        // subject ("... ông A đang điều trị lao." then "Tài liệu về bệnh lao: http://...")
        return null;
      }
      if (person != null) {
        return person;
      }
      end = start - 1;
    }
    return null;
  }

  /** "nơi thường trú: ...", "đối với: ...": a labelled field inside a line. */
  private static final Rx LABEL_INSIDE = Rx.compile("\\p{L}{2,}\\s*:\\s");

  private static boolean isLabelLine(String s, int lineStart) {
    while (lineStart < s.length() && s.charAt(lineStart) == ' ') {
      lineStart++;
    }
    int lineEnd = s.indexOf('\n', lineStart);
    String line = s.substring(lineStart, lineEnd < 0 ? s.length() : lineEnd).strip();
    return line.matches("^[-+•*]?\\s*[\\p{L}/ ,()]{2,40}:.*");
  }

  private void findSentenceEnds() {
    String s = text();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sentenceEnds.add(i + 1);
      } else if ((c == '.' || c == '!' || c == '?')
          && i + 2 < s.length()
          && s.charAt(i + 1) == ' '
          && startsSentence(s.charAt(i + 2))
          && !(c == '.' && abbreviationBefore(s, i))) {
        sentenceEnds.add(i + 1);
      }
    }
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || "\"“'(-–•*".indexOf(c) >= 0;
  }

  /**
   * "TP. Hà Nội", "Nguyễn Văn A. Sinh năm..." (an initial), "BS. Lan": a dot that ends no sentence.
   */
  private static boolean abbreviationBefore(String s, int dot) {
    int i = dot;
    while (i > 0 && !Character.isWhitespace(s.charAt(i - 1)) && s.charAt(i - 1) != '(') {
      i--;
    }
    String word = s.substring(i, dot);
    return word.length() == 1 && Character.isUpperCase(word.charAt(0))
        || Fold.in(ABBREVIATIONS, ScreenedText.lowerSameLength(word));
  }

  private void findPeople() {
    String s = text();
    String lower = lower();
    Matcher m = NAME_WORD.matcher(s);
    int i = 0;
    while (i < s.length() && m.find(i)) {
      if (m.start() > 0 && isWordChar(s.charAt(m.start() - 1))) {
        i = m.end();
        continue;
      }
      List<int[]> run = new ArrayList<>();
      run.add(new int[] {m.start(), m.end()});
      int next = m.end();
      while (next + 1 < s.length() && s.charAt(next) == ' ') {
        Matcher w = NAME_WORD.matcher(s).region(next + 1, s.length());
        if (!w.lookingAt()
            || w.end() < s.length() && isWordChar(s.charAt(w.end()))
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
    return w.length() >= 2 && w.equals(w.toUpperCase(java.util.Locale.ROOT));
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
    boolean marked =
        first == 0
            && (Lexicon.PERSON_MARKERS.endingAt(lower, nameStart) != null
                || Lexicon.TITLES.endingAt(lower, nameStart) != null);
    boolean middleName = count >= 3 && Fold.in(MIDDLE_NAMES, word(lower, run.get(first + 1)));
    if (!marked && notAPerson(lower.substring(nameStart, nameEnd))
        || first > 0 && notAPerson(lower.substring(run.get(0)[0], nameEnd))
        || count > 5
        || organisationAt(lower, nameStart, nameEnd)
        // "Trưởng ban", but "ong Truong Van Hieu" typed without diacritics is a man
        || Lexicon.TITLES.startsAt(lower, nameStart) && !middleName) {
      return;
    }
    boolean honorific = first > 0 || Lexicon.PERSON_MARKERS.endingAt(lower, nameStart) != null;
    boolean official =
        Lexicon.OFFICIAL_MARKERS.endingAt(lower, nameStart) != null
            || first > 0 && "đ/c".equals(word(lower, run.get(0)));
    boolean surname =
        Fold.in(Lexicon.SURNAMES, word(lower, run.get(first)))
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
    Words.Hit marker = Lexicon.PERSON_MARKERS.endingAt(lower, nameStart);
    int phraseStart = first > 0 ? run.get(0)[0] : marker != null ? marker.start() : nameStart;
    official =
        official
            || OfficeHolders.titleBefore(this, phraseStart)
            || OfficeHolders.titleAfter(lower, nameEnd);
    // In a table, a column headed by a title ("Tổ trưởng", "Cán bộ phụ trách") lists office
    // holders.
    String heading = text.headingAt(nameStart);
    official =
        official
            || heading != null
                && Lexicon.TITLES.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length());
    mentions.add(new Mention(nameStart, nameEnd, official ? Type.OFFICIAL : Type.PERSON, name));
  }

  /**
   * A table cell that holds nothing but the name, in a column headed "Họ và tên", "Họ tên": a
   * person whatever the family name ("Cấn Văn Lâm").
   */
  private boolean nameColumn(int nameStart, int nameEnd) {
    String heading = text.headingAt(nameStart);
    if (heading == null || !NAME_HEADING.matcher(ScreenedText.lowerSameLength(heading)).find()) {
      return false;
    }
    String s = text();
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
    String lower = lower();
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
    // any hit that starts with the name, not only the last one: "Ủy ban Mặt trận" holds two
    return Lexicon.ORGANISATIONS.findIn(lower, start, Math.min(lower.length(), end + 30)).stream()
        .anyMatch(h -> h.start() == start && h.end() > end);
  }

  private static boolean notAPerson(String key) {
    for (String written : Lexicon.NOT_PERSONS) {
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

  private static final Rx WRITER = Rx.compile("(?<![\\p{L}])tôi\\s+(?:tên\\s+)?là\\s*$");
  private static final Rx I = Rx.compile("(?<![\\p{L}])tôi(?![\\p{L}])");

  /**
   * "Tôi là Vương Tiến Dũng, ... Tôi đánh rơi giấy đăng ký xe ...": a notice written in the first
   * person by a private person named in it; each later "tôi" stands for them.
   */
  private void findWriter() {
    String lower = lower();
    Mention writer = null;
    for (Mention m : mentions) {
      int from = Math.max(0, m.start() - 15);
      if (m.type() == Type.PERSON && WRITER.matcher(lower.substring(from, m.start())).find()) {
        writer = m;
        break;
      }
    }
    if (writer == null) {
      return;
    }
    Matcher i = I.matcher(lower);
    List<Mention> more = new ArrayList<>();
    while (i.find()) {
      if (i.start() > writer.end()) {
        more.add(new Mention(i.start(), i.end(), Type.PERSON, writer.name()));
      }
    }
    mentions.addAll(more);
  }

  /** "phố Lê Lợi", "số 12 Lý Thái Tổ", "12/34 Nguyễn Trãi": a street or place, not a person. */
  private static boolean placeBefore(String lower, int nameStart) {
    int i = nameStart;
    while (i > 0 && lower.charAt(i - 1) == ' ') {
      i--;
    }
    if (i > 0 && (Character.isDigit(lower.charAt(i - 1)) || lower.charAt(i - 1) == '/')) {
      return true;
    }
    return Lexicon.PLACE_WORDS.endingAt(lower, nameStart) != null;
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
    return BUSINESS.anyIn(lower, from, nameStart);
  }

  /**
   * "Hồ Văn Tài ... Tài có 02 tiền án": a person named in full and then by the given name alone, a
   * few sentences on. Only shortly after the full name, and only a capitalised word standing alone.
   */
  private void findAliases() {
    String s = text();
    List<Mention> aliases = new ArrayList<>();
    for (Mention m : mentions) {
      String[] words = m.name().split(" ");
      String given = words[words.length - 1];
      if (words.length < 2 || given.length() < 2) {
        continue;
      }
      int i = s.indexOf(given, m.end());
      while (i >= 0 && i < m.end() + 400) {
        int end = i + given.length();
        boolean alone =
            (i == 0 || !isWordChar(s.charAt(i - 1)))
                && (end == s.length() || !isWordChar(s.charAt(end)))
                && !(end + 1 < s.length()
                    && s.charAt(end) == ' '
                    && Character.isUpperCase(s.charAt(end + 1)))
                && !(i >= 2
                    && s.charAt(i - 1) == ' '
                    && capitalisedWordEndsAt(s, i - 1)); // "Y tế Đức Minh"
        int at = i;
        if (alone && mentions.stream().noneMatch(o -> o.start() <= at && at < o.end())) {
          aliases.add(new Mention(i, end, m.type(), m.name()));
        }
        i = s.indexOf(given, end);
      }
    }
    mentions.addAll(aliases);
  }

  /**
   * A capitalised word ends here that does not merely open its sentence ("Hiện Hoa đang..." is an
   * alias).
   */
  private static boolean capitalisedWordEndsAt(String s, int end) {
    int start = end;
    while (start > 0 && isWordChar(s.charAt(start - 1))) {
      start--;
    }
    int before = start - 1;
    while (before >= 0 && s.charAt(before) == ' ') {
      before--;
    }
    boolean opensSentence = before < 0 || ".!?\n:;\"“(".indexOf(s.charAt(before)) >= 0;
    return start < end && Character.isUpperCase(s.charAt(start)) && !opensSentence;
  }

  private void findOrganisations() {
    // A title without a name ("liên hệ Trưởng thôn: 09...") stands for an office, like an
    // organisation.
    for (Words.Hit h : Lexicon.TITLES.findAll(lower())) {
      if (!overlapsMention(h.start(), h.end()) && !holderNamed(h)) {
        mentions.add(
            new Mention(
                h.start(), h.end(), Type.ORGANISATION, text().substring(h.start(), h.end())));
      }
    }
    for (Words.Hit h : Lexicon.ORGANISATIONS.findAll(lower())) {
      mentions.add(
          new Mention(h.start(), h.end(), Type.ORGANISATION, text().substring(h.start(), h.end())));
    }
    for (Words.Hit h : Lexicon.CAPITALISED_ORGANISATIONS.findAll(text())) {
      if (!overlapsMention(h.start(), h.end())
          && !Lexicon.NOT_ORGANISATIONS.startsAt(lower(), h.start())) {
        mentions.add(new Mention(h.start(), h.end(), Type.ORGANISATION, h.phrase()));
      }
    }
  }

  /**
   * Whether the title's holder is named next to it ("Vi Văn Luận, cán bộ Địa chính"): then the name
   * stands for both.
   */
  private boolean holderNamed(Words.Hit title) {
    Mention before = nearestBefore(title.start(), 60);
    Mention after = nearestAfter(title.end(), 40);
    boolean attached =
        before != null
            && before.person()
            && lower()
                .substring(before.end(), title.start())
                .matches("\\s*[,(–-]\\s*(?:nguyên\\s+|là\\s+)?");
    return attached
        || before != null && before.type() == Type.OFFICIAL
        || after != null && after.type() == Type.OFFICIAL;
  }

  private boolean overlapsMention(int start, int end) {
    return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
  }

  private static String word(String lower, int[] span) {
    return lower.substring(span[0], span[1]);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
