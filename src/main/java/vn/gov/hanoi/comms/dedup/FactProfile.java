package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * The facts of a notice, numbers and proper names, each remembered with the two syllables written
 * before it ("ngày _", "phố _", "bão số _").
 *
 * <p>Why: two notices from the same template ("cấm đường phố Kim Mã ngày 2/11" and "cấm đường phố
 * Trần Hưng Đạo ngày 15/8") share most of their shingles, yet carry different information. What
 * gives them away is a substitution: the same context followed by a different fact on each side. A
 * shortened copy has no new facts, and a local sentence adds facts in new contexts, so neither is
 * mistaken for a substitution; the test is therefore safe for every I-DEDUP-3 variant.
 *
 * <p>Stored form: a sorted long[] of (context hash &lt;&lt; 32 | fact hash), 8 bytes per fact, a
 * few dozen per notice. Context 0 means "fewer than two syllables before it".
 */
final class FactProfile {

  private static final long NO_CONTEXT = 0;

  private FactProfile() {}

  /**
   * @param texts title and body, each as the normaliser's runs of tokens
   */
  static long[] of(List<List<List<VietnameseTextNormalizer.Token>>> texts) {
    long[] entries = new long[16];
    int size = 0;
    for (List<List<VietnameseTextNormalizer.Token>> runs : texts) {
      for (List<VietnameseTextNormalizer.Token> run : runs) {
        for (int i = 0; i < run.size(); i++) {
          VietnameseTextNormalizer.Token token = run.get(i);
          if (!token.properName() && !VietnameseTextNormalizer.isFact(token.text())) {
            continue;
          }
          long context =
              i < 2 ? NO_CONTEXT : contextHash(run.get(i - 2).text(), run.get(i - 1).text());
          if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
          }
          entries[size++] = (context << 32) | (Hashing.fnv1a64(token.text()) & 0xffffffffL);
        }
      }
    }
    long[] sorted = Arrays.copyOf(entries, size);
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * True when, after the same two syllables, one side writes a fact the other side never mentions
   * while the other side writes a fact that this side does not have there: "the same sentence,
   * other facts". A fact that the other side mentions elsewhere is a reordering; a context where
   * the other side keeps its own fact too is an addition (a local sentence).
   */
  static boolean conflict(long[] a, long[] b) {
    return substitutes(a, b) || substitutes(b, a);
  }

  /** Some fact u of b, absent from a, stands where a has a fact t that b lacks in that place. */
  private static boolean substitutes(long[] a, long[] b) {
    int[] factsOfA = facts(a);
    for (long entry : b) {
      long context = entry >>> 32;
      if (context == NO_CONTEXT || Arrays.binarySearch(factsOfA, (int) entry) >= 0) {
        continue;
      }
      int fromA = firstWithContext(a, context);
      int fromB = firstWithContext(b, context);
      for (int i = fromA; i < a.length && (a[i] >>> 32) == context; i++) {
        if (!hasEntry(b, fromB, a[i])) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasEntry(long[] entries, int from, long entry) {
    for (int j = from; j < entries.length && (entries[j] >>> 32) == (entry >>> 32); j++) {
      if (entries[j] == entry) {
        return true;
      }
    }
    return false;
  }

  private static int[] facts(long[] entries) {
    int[] facts = new int[entries.length];
    for (int i = 0; i < entries.length; i++) {
      facts[i] = (int) entries[i];
    }
    Arrays.sort(facts);
    return facts;
  }

  /**
   * Entries are sorted as signed longs; contexts are non-zero 31-bit values, so order is by
   * context.
   */
  private static int firstWithContext(long[] entries, long context) {
    int low = 0;
    int high = entries.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if ((entries[mid] >>> 32) < context) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static long contextHash(String first, String second) {
    long h = Hashing.mix64(Hashing.fnv1a64(first) * 31 + Hashing.fnv1a64(second));
    return (h & 0x7fffffffL) | 1; // 31 bits, never NO_CONTEXT, so entries sort by context
  }
}
