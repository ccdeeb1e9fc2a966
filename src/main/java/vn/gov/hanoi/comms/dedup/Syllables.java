package vn.gov.hanoi.comms.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.hanoi.comms.dedup.NoticeAnalyzer.Word;

/**
 * A notice's text cut into syllables and sentences, folded one character at a time (diacritics
 * dropped, case kept) so every offset in the folded text is an offset in the text as written.
 */
final class Syllables {

  private Syllables() {}

  /** Syllables (runs of letters, runs of digits) with their sentence number. */
  static List<Word> words(String text, String folded) {
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

  static int[] sentenceIndex(int length, List<Word> words) {
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
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = FOLDED[text.charAt(i)];
    }
    return new String(out);
  }
}
