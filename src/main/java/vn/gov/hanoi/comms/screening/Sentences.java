package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a field's sentences end: a line break, or a full stop, question or exclamation mark before
 * a new sentence, but not the dot of an abbreviation or an initial.
 */
final class Sentences {
  private Sentences() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "tp", "p", "q", "h", "x", "tt", "tx", "ts", "ths", "bs", "pgs", "gs", "st", "ks", "ls",
          "cn", "ncs", "đ/c", "sđt", "đt", "số", "ông", "bà", "e", "vd", "v.v", "tr");

  /** Where each sentence of {@code s} ends (the offset after its full stop or line break). */
  static List<Integer> ends(String s) {
    List<Integer> sentenceEnds = new ArrayList<>();
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
    return sentenceEnds;
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
}
