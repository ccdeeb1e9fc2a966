package vn.gov.hanoi.comms.reporting;

import java.util.List;

/** Nearest-rank percentiles: the value a reader can find in the data (no interpolation). */
public final class Percentiles {
  private Percentiles() {}

  /** The p-th percentile (0 < p ≤ 100) of {@code sorted}, or 0 when it is empty. */
  public static double of(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }
}
