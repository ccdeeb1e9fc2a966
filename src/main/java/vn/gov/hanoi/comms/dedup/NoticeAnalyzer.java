package vn.gov.hanoi.comms.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What survives a rewrite of a notice (issue 11): its facts (dates, times, figures, phone and
 * document numbers, codes, places and names, normalised so "ngày 4 tháng 8" and "04/8" meet) and
 * its words after abbreviations and synonyms are mapped to one form ({@link RewriteVocabulary}).
 *
 * <p>The text is put in NFC and folded one character at a time (diacritics dropped, case kept), so
 * every offset in the folded text is an offset in the text as written: the resolve form marks the
 * facts where the editor wrote them.
 *
 * <p>Sentences that give contact details (a phone number, "liên hệ", a hotline) and the names in
 * the issuing body ("UBND phường Định Công") are local: a ward adds them to any copy, so they are
 * neither shared information nor something new.
 */
public final class NoticeAnalyzer {

  /**
   * Syllables before a Title-case name that make it a place ("phố Hàng Bài", "thôn Xuân Khanh").
   */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "pho", "duong", "phuong", "quan", "xa", "huyen", "thon", "ngo", "ngach", "cau", "song",
          "ho", "cho", "khu", "lang", "ap", "xom", "cum", "toa", "nha", "truong", "vien", "tram",
          "doi", "nga", "bai");

  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d.,/])(?:\\+?84|0)\\d{1,3}(?:[ .-]?\\d){6,9}(?!\\d)"
              + "|(?<![\\d.,/])1[89]00[ .]?\\d{3,4}(?!\\d)");

  /** Short hotlines (113, 114, 115, 1022) after the words that announce a number. */
  private static final Pattern HOTLINE =
      Pattern.compile("(?i)\\b(?:goi|nong|hotline|dai)\\s*:?\\s*(11[1-5]|1022)(?!\\d)");

  private static final Pattern DOCUMENT =
      Pattern.compile(
          "(?<![\\w/])\\d{1,5}(?:/\\d{4})?/[A-Z][A-Za-z&]{0,6}(?:-[A-Za-z&]{1,8}){1,3}");
  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:[a-z0-9-]+\\.)+(?:gov\\.vn|com\\.vn|org\\.vn|vn|com|org)\\b");
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{1,4}\\d{1,5}[A-Za-z0-9]*\\b");
  private static final Pattern WORD_DATE =
      Pattern.compile(
          "(?i)\\b(?:ngay|mung|mong)\\s+(\\d{1,2})((?:\\s*(?:,|-|–|va|den)\\s*\\d{1,2}|\\s+(?:va|den)\\s+ngay\\s+\\d{1,2})*)\\s+thang\\s+(\\d{1,2})(?:\\s+nam\\s+(\\d{4}))?");
  private static final Pattern SLASH_DATE =
      Pattern.compile(
          "(?i)(?<![\\d/.,])(\\d{1,2})((?:\\s*(?:,|-|–|va|den)\\s*\\d{1,2}|\\s+(?:va|den)\\s+ngay\\s+\\d{1,2})*)\\s*/\\s*(\\d{1,2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?(?![\\d/])");

  /**
   * "14-12-2026", "14.12.2026": a date written with dashes or dots, only with a full year (a dash
   * between two days is a range, "11-13/7"). Matched before phone numbers: "04.12.2026" is not one.
   */
  private static final Pattern DOTTED_DATE =
      Pattern.compile(
          "(?<![\\d/.,-])(\\d{1,2})([.-])(\\d{1,2})\\2((?:19|20)\\d{2})(?![\\d/]|[.,-]\\d)");

  private static final Pattern MONTH =
      Pattern.compile("(?i)\\bthang\\s+(\\d{1,2})\\s*(?:/|nam)\\s*(\\d{4})");

  /**
   * "hạn dùng 02/2028": a month and year without "tháng" (as "tháng 02/2028" means). After a word
   * that counts rounds or numbers ("đợt 2/2026", "lần 3/2026", "kỳ 1/2026", "số 12/2026") the
   * number is that round of the year, not a month (I-DEDUP-3: a heading "ĐỢT 2/2026" for "đợt 2 năm
   * 2026").
   */
  private static final Pattern BARE_MONTH =
      Pattern.compile(
          "(?i)(?<![\\d/.,])(?<!\\b(?:dot|lan|ky|so)\\s{1,3})(\\d{1,2})\\s*/\\s*((?:19|20)\\d{2})(?![\\d/])");

  private static final Pattern TIME =
      Pattern.compile(
          "(?i)(?<![\\d/.,])(\\d{1,2})(?:\\s*(?:h|gio)\\s*(\\d{2})?|:(\\d{2}))(?:\\s*phut)?(?:\\s+(sang|trua|chieu|toi|dem))?(?![a-z\\d])");

  /** The hour on a 24-hour clock: "3 giờ chiều" is 15:00, "10 giờ đêm" 22:00. */
  private static int afternoon(String part, int hour) {
    boolean late = part.equals("chieu") || part.equals("toi") || part.equals("dem");
    return late && hour < 12 && hour > 3 ? hour + 12 : hour;
  }

  /**
   * The part of day written at these offsets of the text, folded; "" for "tới" ("7 giờ tới 9 giờ":
   * until), which folds to the same "toi" as "tối" (evening).
   */
  private static String partOfDay(String text, int start, int end) {
    String written = text.substring(start, end).toLowerCase(Locale.ROOT);
    return written.contains("ớ") ? "" : foldKeepingLength(written);
  }

  private static final Pattern YEAR = Pattern.compile("20\\d\\d");

  /** A part of day written before a time ("chiều 3 giờ", "tối từ 6 giờ"). */
  private static final Pattern PART_BEFORE =
      Pattern.compile("\\b(sang|trua|chieu|toi|dem)\\s+(?:tu\\s+)?$");

  /** What joins the two ends of a time range ("6 giờ đến 9 giờ", "18h - 21h"). */
  private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:den|toi|-|–)\\s*");

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\d/.,A-Za-z])(\\d{1,3}(?:\\.\\d{3})+|\\d+(?:,\\d+)?)(?![\\d/]|\\.\\d)(\\s*%)?");

  private static final Pattern NON_DIGITS = Pattern.compile("\\D+");
  private static final Pattern YEAR_OR_DIGIT = Pattern.compile("(19|20)\\d\\d|\\d");
  private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

  private final RewriteVocabulary vocabulary;

  public NoticeAnalyzer() {
    this(RewriteVocabulary.DEFAULT);
  }

  NoticeAnalyzer(RewriteVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** A syllable as written, folded to lower case without diacritics. */
  record Word(String text, int start, int end, int sentence, boolean titleCase) {}

  /**
   * The analysed notice.
   *
   * @param text title, a line break, body (NFC): the offsets of facts and words refer to it
   * @param titleEnd where the title ends in {@code text}
   * @param contactSentences which sentences give contact details
   */
  public record Analysis(
      String text,
      int titleEnd,
      List<Fact> facts,
      List<Word> words,
      boolean[] contactSentences,
      boolean correction) {

    /** Distinct ids of the facts that are not local, sorted. */
    long[] factIds() {
      return facts.stream()
          .filter(f -> !f.local())
          .mapToLong(Fact::id)
          .sorted()
          .distinct()
          .toArray();
    }

    /**
     * The years 2000-2099 it names outside contact sentences ("năm 2027", "30/01/2027"), sorted and
     * distinct: a recurring notice (a yearly levy, a campaign) names its round's year.
     */
    int[] years() {
      return words.stream()
          .filter(w -> !contactSentences[w.sentence()] && YEAR.matcher(w.text()).matches())
          .mapToInt(w -> Integer.parseInt(w.text()))
          .sorted()
          .distinct()
          .toArray();
    }

    /**
     * Distinct ids of the facts given in contact sentences, sorted: when a later notice states them
     * elsewhere (a summary folds the contact line into its last sentence), they are not new.
     */
    long[] contactFactIds() {
      return facts.stream().filter(Fact::local).mapToLong(Fact::id).sorted().distinct().toArray();
    }
  }

  public Analysis analyse(String title, String body, String issuer) {
    String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
    String b = Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFC);
    String text = t + "\n" + b;
    String folded = foldKeepingLength(text);
    List<Word> words = words(text, folded);
    int sentences = words.isEmpty() ? 0 : words.get(words.size() - 1).sentence() + 1;
    boolean[] contact = new boolean[sentences];
    List<List<String>> bySentence = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      bySentence.add(new ArrayList<>());
    }
    words.forEach(w -> bySentence.get(w.sentence()).add(w.text()));
    for (int s = 0; s < sentences; s++) {
      contact[s] = vocabulary.contact(bySentence.get(s));
    }
    Set<String> issuerNames = new HashSet<>();
    if (issuer != null && !issuer.isBlank()) {
      String i = Normalizer.normalize(issuer, Normalizer.Form.NFC);
      for (Fact f :
          names(
              i, foldKeepingLength(i), words(i, foldKeepingLength(i)), new boolean[0], Set.of())) {
        issuerNames.add(f.key());
      }
    }
    List<Fact> facts = new ArrayList<>();
    boolean[] used = new boolean[text.length()];
    int[] sentenceAt = sentenceIndex(text.length(), words);
    patternFacts(text, folded, used, sentenceAt, contact, facts);
    facts.addAll(names(text, folded, words, contact, issuerNames));
    facts.sort((x, y) -> Integer.compare(x.start(), y.start()));
    markPreamble(folded, words, facts);
    boolean correction = false;
    for (int s = 0; s < sentences; s++) {
      correction |= !contact[s] && vocabulary.correction(bySentence.get(s));
    }
    return new Analysis(text, t.length(), List.copyOf(facts), words, contact, correction);
  }

  /** What the issuer says after the legal basis ("..., UBND phường thông báo: ..."). */
  private static final Set<String> ISSUER_VERBS =
      Set.of("thong bao", "de nghi", "yeu cau", "huong dan", "trien khai", "quyet dinh");

  /**
   * Marks local the facts of a legal basis: a sentence that opens with "Căn cứ", up to a colon or
   * to what the issuer then says after a comma ("Căn cứ Nghị định số 12/2025/NĐ-CP ngày 3/3/2025,
   * Sở Y tế thông báo: ..."). The documents and dates it cites are why the notice is issued, not
   * what it announces: a ward's rewrite drops them, and two different notices under one law share
   * them (I-DEDUP-3). Like contact facts, they count as shared when the later notice states them
   * (see {@link RewriteScorer}) and are never new there.
   */
  private static void markPreamble(String folded, List<Word> words, List<Fact> facts) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int sentence = words.get(i).sentence();
      int end = i;
      while (end < words.size() && words.get(end).sentence() == sentence) {
        end++;
      }
      if (legalBasis(words, i, end)) {
        int stop = words.get(end - 1).end();
        boolean comma = false;
        for (int k = i + 1; k < end; k++) {
          String between = folded.substring(words.get(k - 1).end(), words.get(k).start());
          if (between.indexOf(':') >= 0) {
            stop = words.get(k - 1).end();
            break;
          }
          comma |= between.indexOf(',') >= 0;
          if (comma
              && k + 1 < end
              && ISSUER_VERBS.contains(words.get(k).text() + " " + words.get(k + 1).text())) {
            stop = words.get(k - 1).end();
            break;
          }
        }
        spans.add(new int[] {words.get(i).start(), stop});
      }
      i = end;
    }
    if (spans.isEmpty()) {
      return;
    }
    for (int f = 0; f < facts.size(); f++) {
      Fact fact = facts.get(f);
      for (int[] span : spans) {
        if (!fact.local() && fact.start() >= span[0] && fact.end() <= span[1]) {
          facts.set(
              f,
              new Fact(
                  fact.type(),
                  fact.key(),
                  fact.display(),
                  fact.start(),
                  fact.end(),
                  true,
                  fact.termHash()));
        }
      }
    }
  }

  /** A sentence that opens with "Căn cứ": the legal basis of the notice. */
  private static boolean legalBasis(List<Word> words, int from, int end) {
    return end - from >= 3
        && words.get(from).text().equals("can")
        && words.get(from + 1).text().equals("cu");
  }

  /** Sorted distinct 32-bit hashes of the words and word pairs outside contact sentences. */
  int[] terms(Analysis a) {
    return Arrays.stream(paragraphTerms(a))
        .flatMapToInt(Arrays::stream)
        .sorted()
        .distinct()
        .toArray();
  }

  /**
   * The terms of each paragraph (the title is paragraph 0; sorted, distinct; contact sentences left
   * out): which paragraphs of a later notice repeat the earlier one, see {@link RewriteScorer}.
   */
  int[][] paragraphTerms(Analysis a) {
    int[] paragraphOf = paragraphOfSentence(a);
    int paragraphs = paragraphOf.length == 0 ? 0 : paragraphOf[paragraphOf.length - 1] + 1;
    List<List<Integer>> hashes = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      hashes.add(new ArrayList<>());
    }
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i < a.words().size(); i++) {
      Word w = a.words().get(i);
      if (!Character.isDigit(w.text().charAt(0))) {
        sentence.add(w.text());
      }
      boolean last = i + 1 == a.words().size() || a.words().get(i + 1).sentence() != w.sentence();
      if (last) {
        if (!a.contactSentences()[w.sentence()]) {
          addTerms(vocabulary.canonical(sentence), hashes.get(paragraphOf[w.sentence()]));
        }
        sentence.clear();
      }
    }
    int[][] out = new int[paragraphs][];
    for (int p = 0; p < paragraphs; p++) {
      out[p] = hashes.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
    return out;
  }

  /**
   * For each id of {@code factIds} (from {@link Analysis#factIds}), the paragraphs where the notice
   * states that fact.
   */
  static int[][] factParagraphs(Analysis a, long[] factIds) {
    int[] paragraphOf = paragraphOfSentence(a);
    List<List<Integer>> at = new ArrayList<>();
    for (int i = 0; i < factIds.length; i++) {
      at.add(new ArrayList<>());
    }
    for (Fact f : a.facts()) {
      int i = f.local() ? -1 : Arrays.binarySearch(factIds, f.id());
      if (i >= 0 && paragraphOf.length > 0) {
        at.get(i).add(paragraphOf[sentenceAt(a.words(), f.start())]);
      }
    }
    int[][] out = new int[factIds.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = at.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    return out;
  }

  /** The paragraph (counted by line breaks) of each sentence. */
  private static int[] paragraphOfSentence(Analysis a) {
    int[] out = new int[a.contactSentences().length];
    int paragraph = 0;
    int from = 0;
    for (Word w : a.words()) {
      for (int i = from; i < w.start(); i++) {
        if (a.text().charAt(i) == '\n') {
          paragraph++;
        }
      }
      from = w.start();
      out[w.sentence()] = paragraph;
    }
    return out;
  }

  /** The sentence of the first word that ends after {@code offset}. */
  private static int sentenceAt(List<Word> words, int offset) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.isEmpty() ? 0 : words.get(lo).sentence();
  }

  private void addTerms(List<String> words, List<Integer> out) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (vocabulary.stopword(w)) {
        continue;
      }
      out.add((int) Hashing.fnv1a64(w));
      if (i + 1 < words.size() && !vocabulary.stopword(words.get(i + 1))) {
        out.add((int) Hashing.mix64(Hashing.fnv1a64(w + " " + words.get(i + 1))));
      }
    }
  }

  private void patternFacts(
      String text,
      String folded,
      boolean[] used,
      int[] sentenceAt,
      boolean[] contact,
      List<Fact> out) {
    for (Matcher m = DOTTED_DATE.matcher(folded); m.find(); ) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        add(out, used, text, m, FactType.DATE, day + "/" + month, false, sentenceAt, contact);
        out.add(monthOfDate(text, m, month, m.group(4)));
      }
    }
    for (Matcher m = PHONE.matcher(folded); m.find(); ) {
      add(out, used, text, m, FactType.PHONE, phone(m.group()), true, sentenceAt, contact);
    }
    for (Matcher m = HOTLINE.matcher(folded); m.find(); ) {
      add(out, used, text, m, FactType.PHONE, m.group(1), true, sentenceAt, contact);
    }
    for (Matcher m = DOCUMENT.matcher(folded); m.find(); ) {
      add(
          out,
          used,
          text,
          m,
          FactType.DOCUMENT,
          m.group().toLowerCase(Locale.ROOT),
          false,
          sentenceAt,
          contact);
    }
    for (Matcher m = URL.matcher(folded); m.find(); ) {
      add(
          out,
          used,
          text,
          m,
          FactType.NAME,
          m.group().toLowerCase(Locale.ROOT),
          false,
          sentenceAt,
          contact);
    }
    for (Matcher m = CODE.matcher(folded); m.find(); ) {
      add(
          out,
          used,
          text,
          m,
          FactType.CODE,
          m.group().toLowerCase(Locale.ROOT),
          false,
          sentenceAt,
          contact);
    }
    for (Pattern p : List.of(WORD_DATE, SLASH_DATE)) {
      for (Matcher m = p.matcher(folded); m.find(); ) {
        if (overlaps(used, m.start(), m.end())) {
          continue;
        }
        int month = Integer.parseInt(m.group(3));
        List<Integer> days = new ArrayList<>();
        days.add(Integer.parseInt(m.group(1)));
        for (String d : NON_DIGITS.split(m.group(2))) {
          if (!d.isEmpty()) {
            days.add(Integer.parseInt(d));
          }
        }
        if (month < 1 || month > 12 || days.stream().anyMatch(d -> d < 1 || d > 31)) {
          continue;
        }
        for (int day : days) {
          add(out, used, text, m, FactType.DATE, day + "/" + month, false, sentenceAt, contact);
        }
        if (m.group(4) != null && m.group(4).length() == 4) {
          out.add(monthOfDate(text, m, month, m.group(4)));
        }
      }
    }
    for (Pattern p : List.of(MONTH, BARE_MONTH)) {
      for (Matcher m = p.matcher(folded); m.find(); ) {
        int month = Integer.parseInt(m.group(1));
        if (month >= 1 && month <= 12) {
          add(
              out,
              used,
              text,
              m,
              FactType.MONTH,
              month + "/" + m.group(2),
              false,
              sentenceAt,
              contact);
        }
      }
    }
    String rangePart = "";
    int previousEnd = -1;
    int previousHour = -1;
    for (Matcher m = TIME.matcher(folded); m.find(); ) {
      int written = Integer.parseInt(m.group(1));
      String part = m.group(4) == null ? "" : partOfDay(text, m.start(4), m.end(4));
      int hour = afternoon(part, written);
      int end = m.group(4) != null && part.isEmpty() ? m.start(4) : m.end();
      if (part.isEmpty()) {
        // "tối từ 6 giờ đến 9 giờ": a part of day before a time or a range holds for both ends,
        // unless the range crosses midnight ("đêm 22h–5h" ends in the morning)
        int from = Math.max(0, m.start() - 16);
        Matcher before = PART_BEFORE.matcher(folded.substring(from, m.start()));
        boolean rangeEnd =
            previousEnd >= 0
                && RANGE_JOIN.matcher(folded.substring(previousEnd, m.start())).matches();
        if (before.find()
            && !partOfDay(text, from + before.start(1), from + before.end(1)).isEmpty()) {
          part = before.group(1);
          hour = afternoon(part, written);
        } else if (rangeEnd && afternoon(rangePart, written) >= previousHour) {
          part = rangePart;
          hour = afternoon(part, written);
        }
      }
      rangePart = part;
      previousEnd = end;
      previousHour = hour;
      if (hour > 24) {
        continue;
      }
      String minutes = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "00";
      add(out, used, text, m, FactType.TIME, hour + ":" + minutes, false, sentenceAt, contact);
    }
    for (Matcher m = NUMBER.matcher(folded); m.find(); ) {
      String value =
          LEADING_ZEROS.matcher(m.group(1).replace(".", "").replace(',', '.')).replaceFirst("");
      if (m.group(2) == null && YEAR_OR_DIGIT.matcher(value).matches()) {
        continue; // a year alone says little (dates carry their own); 0-9 are list numbers, "02
        // mũi"
      }
      add(
          out,
          used,
          text,
          m,
          FactType.NUMBER,
          value + (m.group(2) == null ? "" : "%"),
          false,
          sentenceAt,
          contact);
    }
  }

  /**
   * The month and year of a date written with its year ("30/9/2026" is in "tháng 9/2026"), as a
   * local fact: never new and never missing, but shared when the other notice states that month (a
   * summary writes "cả tháng 9/2026" for "từ 01/9 đến 30/9/2026", I-DEDUP-3).
   */
  private static Fact monthOfDate(String text, Matcher m, int month, String year) {
    return new Fact(
        FactType.MONTH,
        month + "/" + year,
        text.substring(m.start(), m.end()).strip(),
        m.start(),
        m.end(),
        true);
  }

  private static void add(
      List<Fact> out,
      boolean[] used,
      String text,
      Matcher m,
      FactType type,
      String key,
      boolean alwaysLocal,
      int[] sentenceAt,
      boolean[] contact) {
    if (overlaps(used, m.start(), m.end()) && type != FactType.DATE) {
      return;
    }
    Arrays.fill(used, m.start(), m.end(), true);
    int sentence = sentenceAt.length == 0 ? -1 : sentenceAt[m.start()];
    boolean local =
        alwaysLocal || (sentence >= 0 && sentence < contact.length && contact[sentence]);
    out.add(
        new Fact(type, key, text.substring(m.start(), m.end()).strip(), m.start(), m.end(), local));
  }

  private static boolean overlaps(boolean[] used, int start, int end) {
    for (int i = start; i < end; i++) {
      if (used[i]) {
        return true;
      }
    }
    return false;
  }

  /** Runs of Title-case syllables, see the class comment of {@link VietnameseTextNormalizer}. */
  private List<Fact> names(
      String text, String folded, List<Word> words, boolean[] contact, Set<String> issuerNames) {
    List<Fact> out = new ArrayList<>();
    Set<String> lowerCase = new HashSet<>();
    for (Word w : words) {
      if (Character.isLowerCase(text.charAt(w.start()))) {
        lowerCase.add(w.text());
      }
    }
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).titleCase()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size()
          && words.get(j).titleCase()
          && words.get(j).sentence() == words.get(i).sentence()
          && folded.substring(words.get(j - 1).end(), words.get(j).start()).isBlank()) {
        j++;
      }
      int from = i;
      while (from < j && vocabulary.stopword(words.get(from).text())) {
        from++;
      }
      boolean sentenceStart =
          i == 0
              || words.get(i - 1).sentence() != words.get(i).sentence()
              || opensClause(folded.substring(words.get(i - 1).end(), words.get(i).start()));
      if (sentenceStart && from == i && j - from >= 2 && lowerCase.contains(words.get(i).text())) {
        // "Làm Phiếu lý lịch" opening a title: the first capital is the sentence's when the notice
        // writes the same syllable in lower case elsewhere ("cách làm"), so it is not the name's
        from++;
      }
      if (from < j && (j - from >= 2 || !(sentenceStart && from == i))) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < j; k++) {
          key.append(k > from ? " " : "").append(words.get(k).text());
        }
        int sentence = words.get(from).sentence();
        boolean place = from > 0 && PLACE_WORDS.contains(words.get(from - 1).text());
        while (from < j - 1 && PLACE_WORDS.contains(words.get(from).text())) {
          from++; // "Phường Ngọc Hà", "Hồ Văn Quán": the name is what follows
          place = true;
        }
        String name = key.toString();
        boolean local =
            issuerNames.contains(name) || (sentence < contact.length && contact[sentence]);
        String display = text.substring(words.get(from).start(), words.get(j - 1).end());
        if (j - from == 1) {
          String w = words.get(from).text();
          if (w.length() > 1 && !vocabulary.stopword(w) && !vocabulary.commonName(w)) {
            out.add(
                nameFact(
                    place,
                    w,
                    (int) Hashing.fnv1a64(w),
                    display,
                    words.get(from),
                    words.get(from),
                    local || issuerNames.contains(w)));
          }
        }
        for (int k = from; k + 1 < j; k++) {
          String pair = words.get(k).text() + " " + words.get(k + 1).text();
          if (!vocabulary.commonName(pair) && !straddlesCommonName(words, k, from, j)) {
            int hash = (int) Hashing.mix64(Hashing.fnv1a64(pair));
            out.add(
                nameFact(
                    place,
                    pair,
                    hash,
                    display,
                    words.get(from),
                    words.get(j - 1),
                    local || issuerNames.contains(pair)));
          }
        }
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether the syllable pair at {@code k} joins a word to half of a common name inside the same
   * run ("Đài Hà Nội" gives "đài hà", "Công an Thành phố Hà Nội" gives "phố hà"): such a pair is
   * how the run was written, not a name; a rewrite that shortens the body's name ("Đài Hà Nội" for
   * "Đài Phát thanh và Truyền hình Hà Nội") would otherwise add a new name (I-DEDUP-3).
   */
  private boolean straddlesCommonName(List<Word> words, int k, int from, int to) {
    return (k + 2 < to
            && vocabulary.commonName(words.get(k + 1).text() + " " + words.get(k + 2).text()))
        || (k - 1 >= from
            && vocabulary.commonName(words.get(k - 1).text() + " " + words.get(k).text()));
  }

  /**
   * Whether the text between two words opens a clause whose first word is capitalised as a sentence
   * start would be: after a colon, a dash, a bullet or a list marker closed by a parenthesis ("Bước
   * 1: Cài ứng dụng", "- Khẩn cấp", "2) Cách làm", "b) Hồ sơ").
   */
  private static boolean opensClause(String between) {
    for (int k = 0; k < between.length(); k++) {
      char c = between.charAt(k);
      if (c == ':' || c == '-' || c == '–' || c == '•' || c == '+' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * A name fact, one per pair of adjacent syllables ("Tết Bính Ngọ" gives "tet binh" and "binh
   * ngo"): a rewrite that cuts or extends a name still shares its pairs. Its key hash is the hash
   * of the same pair among the words ({@link #terms}), so a name written in lower case on the other
   * side is still found there.
   */
  private static Fact nameFact(
      boolean place,
      String key,
      int termHash,
      String display,
      Word first,
      Word last,
      boolean local) {
    return new Fact(
        place ? FactType.PLACE : FactType.NAME,
        key,
        display,
        first.start(),
        last.end(),
        local,
        termHash);
  }

  /** Syllables (runs of letters, runs of digits) with their sentence number. */
  private static List<Word> words(String text, String folded) {
    List<Word> out = new ArrayList<>();
    int sentence = 0;
    boolean sentenceHasWords = false;
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        boolean digit = Character.isDigit(c);
        while (i < folded.length()
            && Character.isLetterOrDigit(folded.charAt(i))
            && Character.isDigit(folded.charAt(i)) == digit) {
          i++;
        }
        String raw = text.substring(start, i);
        out.add(
            new Word(
                folded.substring(start, i).toLowerCase(Locale.ROOT),
                start,
                i,
                sentence,
                titleCase(raw)));
        sentenceHasWords = true;
        continue;
      }
      boolean end =
          c == '\n'
              || c == '!'
              || c == '?'
              || c == ';'
              || (c == '.'
                  && (i + 1 == folded.length() || Character.isWhitespace(folded.charAt(i + 1))));
      if (end && sentenceHasWords) {
        sentence++;
        sentenceHasWords = false;
      }
      i++;
    }
    return out;
  }

  private static int[] sentenceIndex(int length, List<Word> words) {
    int[] at = new int[length];
    int w = 0;
    int current = 0;
    for (int i = 0; i < length; i++) {
      while (w < words.size() && words.get(w).end() <= i) {
        w++;
      }
      if (w < words.size() && words.get(w).start() <= i) {
        current = words.get(w).sentence();
      } else if (w < words.size()) {
        current = words.get(w).sentence();
      }
      at[i] = current;
    }
    return at;
  }

  /** "Hàng", "Y": a capital then lower case only; "UBND" is not a name. */
  private static boolean titleCase(String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Digits only, +84 written as 0. */
  private static String phone(String s) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        digits.append(s.charAt(i));
      }
    }
    return digits.indexOf("84") == 0 ? "0" + digits.substring(2) : digits.toString();
  }

  private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      FOLDED[c] = (char) c;
    }
    for (int c = 0xC0; c < 0x2000; c++) {
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      if (d.length() > 1 && d.charAt(0) < 0x250) {
        FOLDED[c] = d.charAt(0);
      }
    }
    FOLDED['đ'] = 'd';
    FOLDED['Đ'] = 'D';
    FOLDED['ð'] = 'd';
    FOLDED['Ð'] = 'D';
    for (int c = 0x300; c < 0x370; c++) {
      FOLDED[c] = ' '; // a combining mark left after NFC cannot be composed: it separates nothing
    }
  }

  /** Diacritics dropped one character at a time: the result has the length of the input. */
  static String foldKeepingLength(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLDED[text.charAt(i)];
    }
    return new String(out);
  }
}
