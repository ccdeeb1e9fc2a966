package vn.gov.hanoi.comms.screening;

import java.text.Normalizer;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Texts typed without diacritics ("Ong Nguyen Van Sau (1940), so 22 ngo 12 Minh Khai"): while such
 * a field is screened, the word lists ({@link Words}), patterns ({@link Rx}) and the few word sets
 * are matched in their folded form (diacritics dropped, "đ" read as "d"). A field is read so only
 * when it has next to no letter with a diacritic; texts with diacritics are read as written, so
 * "to" (big) never reads as "tổ" there.
 */
final class Fold {
  private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);
  private static final Map<Set<String>, Set<String>> FOLDED_SETS =
      Collections.synchronizedMap(new IdentityHashMap<>());

  /** Fewer letters than this say nothing about how a text was typed. */
  private static final int MIN_LETTERS = 20;

  private Fold() {}

  /** Whether the field being screened is read folded. */
  static boolean active() {
    return ACTIVE.get();
  }

  /** Runs {@code work} with the folded reading on or off, and restores the one before. */
  static <T> T during(boolean folded, Supplier<T> work) {
    boolean before = ACTIVE.get();
    ACTIVE.set(folded);
    try {
      return work.get();
    } finally {
      ACTIVE.set(before);
    }
  }

  /** Lower-case Vietnamese without its diacritics: "Đỗ Thị Hằng" → "Do Thi Hang". */
  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return sb.toString();
  }

  /**
   * Whether a text was typed without diacritics: at least 20 letters and under 1 in 100 of them
   * Vietnamese letters with a mark.
   */
  static boolean typedWithoutDiacritics(String text) {
    int letters = 0;
    int marked = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (c > 127) {
          marked++;
        }
      }
    }
    return letters >= MIN_LETTERS && marked * 100 < letters;
  }

  /** A literal as the field being screened is read. */
  static String w(String literal) {
    return active() ? fold(literal) : literal;
  }

  /** Whether a word read from the text is in a set of words (written with diacritics). */
  static boolean in(Set<String> set, String word) {
    if (set.contains(word)) {
      return true;
    }
    if (!active()) {
      return false;
    }
    Set<String> folded =
        FOLDED_SETS.computeIfAbsent(
            set,
            s ->
                s.stream()
                    // "Ban LDTBXH" typed without diacritics is a board, not "bạn" before a name
                    .filter(p -> !Words.NOT_FOLDED.contains(p))
                    .map(Fold::fold)
                    .collect(Collectors.toUnmodifiableSet()));
    return folded.contains(fold(word));
  }
}
