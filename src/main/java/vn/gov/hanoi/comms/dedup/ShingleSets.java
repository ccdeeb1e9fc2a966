package vn.gov.hanoi.comms.dedup;

/** Set arithmetic on sorted, distinct long arrays (the in-memory form of a shingle set). */
public final class ShingleSets {

  private ShingleSets() {}

  /** |a ∩ b| by a linear merge. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common;
  }

  /** a ⊆ b. */
  public static boolean isSubset(long[] a, long[] b) {
    return intersectionSize(a, b) == a.length;
  }

  public static double jaccard(long[] a, long[] b) {
    int common = intersectionSize(a, b);
    int union = a.length + b.length - common;
    return union == 0 ? 0 : (double) common / union;
  }
}
