package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a notice writes in a recognisable form (issue 11): dates, months, times, figures, phone
 * and document numbers, web addresses and codes, each normalised so that "ngày 4 tháng 8" and
 * "04/8" meet. A fact in a contact sentence is local (see {@link NoticeAnalyzer}).
 */
final class WrittenFacts {

  private WrittenFacts() {}

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
    return written.contains("ớ") ? "" : Syllables.fold(written);
  }

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

  /**
   * One scan of a notice for its written facts: the text as written and folded (same offsets),
   * which characters a fact already took, the sentence at each offset and which sentences give
   * contact details; facts found are added to {@code out}.
   */
  record Scan(
      String text,
      String folded,
      boolean[] used,
      int[] sentenceAt,
      boolean[] contact,
      List<Fact> out) {

    Scan(String text, String folded, int[] sentenceAt, boolean[] contact, List<Fact> out) {
      this(text, folded, new boolean[text.length()], sentenceAt, contact, out);
    }

    /** Adds the match as a fact, unless an earlier fact took its characters (dates may share). */
    void add(Matcher m, FactType type, String key, boolean alwaysLocal) {
      if (overlaps(m.start(), m.end()) && type != FactType.DATE) {
        return;
      }
      Arrays.fill(used, m.start(), m.end(), true);
      int sentence = sentenceAt.length == 0 ? -1 : sentenceAt[m.start()];
      boolean local =
          alwaysLocal || (sentence >= 0 && sentence < contact.length && contact[sentence]);
      out.add(
          new Fact(
              type, key, text.substring(m.start(), m.end()).strip(), m.start(), m.end(), local));
    }

    boolean overlaps(int start, int end) {
      for (int i = start; i < end; i++) {
        if (used[i]) {
          return true;
        }
      }
      return false;
    }
  }

  static void find(Scan scan) {
    String text = scan.text();
    String folded = scan.folded();
    List<Fact> out = scan.out();
    for (Matcher m = DOTTED_DATE.matcher(folded); m.find(); ) {
      int day = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(3));
      if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
        scan.add(m, FactType.DATE, day + "/" + month, false);
        out.add(monthOfDate(text, m, month, m.group(4)));
      }
    }
    for (Matcher m = PHONE.matcher(folded); m.find(); ) {
      scan.add(m, FactType.PHONE, phone(m.group()), true);
    }
    for (Matcher m = HOTLINE.matcher(folded); m.find(); ) {
      scan.add(m, FactType.PHONE, m.group(1), true);
    }
    for (Matcher m = DOCUMENT.matcher(folded); m.find(); ) {
      scan.add(m, FactType.DOCUMENT, m.group().toLowerCase(Locale.ROOT), false);
    }
    for (Matcher m = URL.matcher(folded); m.find(); ) {
      scan.add(m, FactType.NAME, m.group().toLowerCase(Locale.ROOT), false);
    }
    for (Matcher m = CODE.matcher(folded); m.find(); ) {
      scan.add(m, FactType.CODE, m.group().toLowerCase(Locale.ROOT), false);
    }
    for (Pattern p : List.of(WORD_DATE, SLASH_DATE)) {
      for (Matcher m = p.matcher(folded); m.find(); ) {
        if (scan.overlaps(m.start(), m.end())) {
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
          scan.add(m, FactType.DATE, day + "/" + month, false);
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
          scan.add(m, FactType.MONTH, month + "/" + m.group(2), false);
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
      scan.add(m, FactType.TIME, hour + ":" + minutes, false);
    }
    for (Matcher m = NUMBER.matcher(folded); m.find(); ) {
      String value =
          LEADING_ZEROS.matcher(m.group(1).replace(".", "").replace(',', '.')).replaceFirst("");
      if (m.group(2) == null && YEAR_OR_DIGIT.matcher(value).matches()) {
        continue; // a year alone says little (dates carry their own); 0-9 are list numbers, "02
        // mũi"
      }
      scan.add(m, FactType.NUMBER, value + (m.group(2) == null ? "" : "%"), false);
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
}
