package vn.gov.hanoi.comms.vneid.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Helpers to compare Vietnamese text whatever its Unicode form, case or diacritics. */
final class VietnameseText {

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  private VietnameseText() {}

  /**
   * Lower case without diacritics: "Tối MẬT" and "toi mat" both give "toi mat". NFD separates tones
   * and vowel marks from their letters, but đ is a letter of its own (U+0111, no decomposition), so
   * it is mapped to d explicitly.
   */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
  }

  /** Composed form, so NFD input ("a" + U+0323 + U+0302) compares equal to typed text. */
  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /** A character that belongs to a word: letters, digits and combining marks. */
  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
