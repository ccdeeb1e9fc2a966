package vn.gov.hanoi.comms.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns Vietnamese notice text into comparable syllable tokens.
 *
 * <p>Folding: compatibility decomposition (NFKD) splits every precomposed letter into base letter
 * plus combining marks, whatever the input form (NFC, NFD, old "hoà/thuỷ" or new "hòa/thủy" tone
 * placement); dropping the marks then makes all of them, and text typed without diacritics, equal.
 * đ/Đ have no decomposition, so they are mapped to d explicitly. Digits stay, since dates, street
 * numbers and storm numbers are what tell two similar notices apart; leading zeros are dropped so
 * "05/7" equals "5/7", and a letter-digit boundary splits a token ("7h30" gives 7, h, 30).
 *
 * <p>Boilerplate: a curated list of phrases every notice shares (national motto, "ủy ban nhân dân",
 * "kính gửi", "trân trọng", signature blocks) is removed. Removal cuts the text into segments and
 * the shingler never joins two segments, so the removed text cannot leave behind shingles that
 * would make unrelated notices look alike. Place names (phường, quận, xã, huyện and their names)
 * are facts and are kept. A document number ("Số: 12/TB-UBND") and a dateline on its own line ("Hà
 * Nội, ngày 5 tháng 9 năm 2024") are removed too: they differ between the city's notice and a
 * district's copy without being information.
 *
 * <p>Proper names: before case is folded, a Title-case syllable that does not start a sentence,
 * line or list item is marked as a proper name ("phố Hàng Bài", "bão Yagi"); {@link FactProfile}
 * uses names and numbers to tell "same template, other facts" apart from a duplicate.
 */
public final class VietnameseTextNormalizer {

  /** Written without diacritics: they are matched after folding. Longest phrases win. */
  static final List<String> BOILERPLATE_PHRASES =
      List.of(
          "cong hoa xa hoi chu nghia viet nam",
          "doc lap tu do hanh phuc",
          "tm uy ban nhan dan",
          "tm ubnd",
          "kt chu tich",
          "pho chu tich",
          "chu tich",
          "uy ban nhan dan",
          "ubnd",
          "kinh gui quy ba con nhan dan",
          "kinh gui toan the nhan dan",
          "kinh gui",
          "kinh thua quy ba con",
          "kinh thua",
          "tran trong thong bao",
          "tran trong cam on",
          "tran trong",
          "xin tran trong cam on",
          "thong bao",
          "thong tin toi ba con",
          "noi nhan",
          "nhu tren",
          "luu vt",
          "luu van thu",
          "da ky",
          "tm",
          "kt",
          "v v",
          VietnameseTextNormalizer.REMOVED_LINE);

  /** Stands in for a removed document number or dateline, so that it cuts the segment. */
  static final String REMOVED_LINE = "zzboilerplatezz";

  /**
   * "Số: 123/TB-UBND": the issuing body's own document number, not information. Matched on the
   * folded text, so "Số", "So" and "SỐ" are all covered; the slash keeps phone numbers out.
   */
  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("(?i)\\bso\\s*:\\s*\\d*\\s*/\\s*[a-z0-9.-]+");

  /**
   * "Hà Nội, ngày 5 tháng 9 năm 2024" on a line of its own: the issuing date differs between the
   * city's notice and a district's copy, and would otherwise look like a different fact.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "(?mi)^[^\\S\\n]*[a-z .]{2,40},\\s*ngay\\s*\\d{0,2}\\s*(?:thang|/)\\s*\\d{0,2}\\s*(?:nam|/)\\s*\\d{0,4}[^\\S\\n]*$");

  /** After these a capital letter starts a sentence, a line or a list item, not a name. */
  private static final String SENTENCE_BREAKS = ".!?:;\n\r-–—+•*\"“”…";

  private final Map<String, List<String[]>> phrasesByFirstToken = new HashMap<>();

  public VietnameseTextNormalizer() {
    this(BOILERPLATE_PHRASES);
  }

  public VietnameseTextNormalizer(List<String> boilerplatePhrases) {
    for (String phrase : boilerplatePhrases) {
      String[] words = fold(phrase).trim().split(" +");
      phrasesByFirstToken.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
    }
    phrasesByFirstToken.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
  }

  /** One syllable, folded; {@code properName} when written Title-case inside a sentence. */
  public record Token(String text, boolean properName) {}

  /** All syllables of the text, boilerplate removed. */
  public List<String> tokens(String text) {
    List<String> all = new ArrayList<>();
    segments(text).forEach(all::addAll);
    return all;
  }

  /** Runs of syllables between removed boilerplate phrases; shingles never span two runs. */
  public List<List<String>> segments(String text) {
    return analyse(text).stream().map(run -> run.stream().map(Token::text).toList()).toList();
  }

  /** Like {@link #segments} but keeping which syllables look like proper names. */
  public List<List<Token>> analyse(String text) {
    List<Token> words = rawTokens(text == null ? "" : text);
    List<List<Token>> segments = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int skip = boilerplateLengthAt(words, i);
      if (skip > 0) {
        if (!current.isEmpty()) {
          segments.add(current);
          current = new ArrayList<>();
        }
        i += skip;
      } else {
        current.add(words.get(i++));
      }
    }
    if (!current.isEmpty()) {
      segments.add(current);
    }
    return segments;
  }

  /** Tokens made of digits: the numeric facts (dates, numbers) of the text. */
  public static boolean isFact(String token) {
    return !token.isEmpty() && Character.isDigit(token.charAt(0));
  }

  /** Lower-case letters and digits separated by single spaces (used for the phrase list). */
  static String fold(String text) {
    StringBuilder out = new StringBuilder();
    for (Token token : rawTokens(text)) {
      out.append(token.text()).append(' ');
    }
    return out.toString();
  }

  private int boilerplateLengthAt(List<Token> words, int start) {
    List<String[]> candidates = phrasesByFirstToken.get(words.get(start).text());
    if (candidates == null) {
      return 0;
    }
    for (String[] phrase : candidates) {
      if (start + phrase.length <= words.size() && matchesAt(words, start, phrase)) {
        return phrase.length;
      }
    }
    return 0;
  }

  private static boolean matchesAt(List<Token> words, int start, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(start + k).text().equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Splits folded text into syllables: a syllable is a run of letters or a run of digits.
   * Title-case syllables not at the start of a sentence, line or list item are proper names.
   */
  private static List<Token> rawTokens(String text) {
    String plain = withoutMarks(text);
    plain = DOCUMENT_NUMBER.matcher(plain).replaceAll(" " + REMOVED_LINE + " ");
    plain = DATELINE.matcher(plain).replaceAll(" " + REMOVED_LINE + " ");
    List<Token> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean sentenceStart = true;
    boolean wordAtSentenceStart = true;
    for (int i = 0; i <= plain.length(); i++) {
      char c = i < plain.length() ? plain.charAt(i) : ' ';
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      boolean sameKind =
          word.length() > 0
              && letterOrDigit
              && Character.isDigit(c) == Character.isDigit(word.charAt(0));
      if (word.length() > 0 && !sameKind) {
        tokens.add(token(word.toString(), wordAtSentenceStart));
        word.setLength(0);
        sentenceStart = false;
      }
      if (letterOrDigit) {
        if (word.length() == 0) {
          wordAtSentenceStart = sentenceStart;
        }
        word.append(c);
      } else if (SENTENCE_BREAKS.indexOf(c) >= 0) {
        sentenceStart = true;
      }
    }
    return tokens;
  }

  private static Token token(String word, boolean atSentenceStart) {
    String lower = stripLeadingZeros(word.toLowerCase(Locale.ROOT));
    return new Token(lower, !atSentenceStart && isTitleCase(word));
  }

  /** "Hàng", "Yagi": a capital then lower case only; "UBND" and "VNeID" are not names. */
  private static boolean isTitleCase(String word) {
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** NFKD, combining marks dropped, đ → d (case kept); punctuation and line breaks kept. */
  static String withoutMarks(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue; // tone and vowel marks: dropped, see class comment
      }
      if (c == 'đ' || c == 'ð') { // ð (eth) is a common look-alike of đ
        c = 'd';
      } else if (c == 'Đ' || c == 'Ð') {
        c = 'D';
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String stripLeadingZeros(String word) {
    if (word.length() < 2 || word.charAt(0) != '0' || !isFact(word)) {
      return word;
    }
    int i = 0;
    while (i < word.length() - 1 && word.charAt(i) == '0') {
      i++;
    }
    return word.substring(i);
  }
}
