package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the detector on hand-written rewrites (src/test/resources/dedup/rewrites/, see its
 * README). The thresholds were chosen on the tuning part and, after each blind run failed the gate,
 * on the first held-back part, the fresh part and the first, second and third gate sets too: all
 * six are tuning data now and are reported, not asserted. The gate is asserted by RewriteGateTest
 * on the fourth blind gate set only. A stop of an unrelated notice by any indexed notice counts
 * against precision.
 */
@DisplayName("I-DEDUP-3: rewritten, summarised and reformatted notices on hand-written pairs")
class RewriteEvaluationTest {

  static final String TUNING = "/dedup/rewrites/tuning.jsonl";
  static final String HELD_BACK = "/dedup/rewrites/heldback.jsonl";
  static final String FRESH = "/dedup/rewrites/fresh.jsonl";
  static final String GATE1 = "/dedup/rewrites/gate1.jsonl";
  static final String GATE2 = "/dedup/rewrites/gate2.jsonl";
  static final String GATE3 = "/dedup/rewrites/gate3.jsonl";

  @Test
  @DisplayName(
      "I-DEDUP-3: the parts are split by source notice and cover every kind (tuning report)")
  void tuningPartReport() {
    List<RewritePairs.Pair> tuning = RewritePairs.load(TUNING);
    List<RewritePairs.Pair> heldBack = RewritePairs.load(HELD_BACK);
    System.out.print(
        RewritePairs.figures("I-DEDUP-3 rewrites, tuning part", RewritePairs.evaluate(tuning))
            .table());

    Set<String> tuningSources =
        tuning.stream().map(RewritePairs.Pair::source).collect(Collectors.toSet());
    Set<String> shared = new HashSet<>(tuningSources);
    shared.retainAll(heldBack.stream().map(RewritePairs.Pair::source).collect(Collectors.toSet()));
    assertThat(shared).as("sources in both parts").isEmpty();
    Set<String> kinds = new HashSet<>(RewritePairs.DUPLICATE_KINDS);
    kinds.addAll(RewritePairs.NON_DUPLICATE_KINDS);
    assertThat(heldBack.stream().map(RewritePairs.Pair::kind).collect(Collectors.toSet()))
        .as("kinds in the held-back part")
        .containsAll(kinds);
  }

  /**
   * The first held-back part. Its gate failed on its first run against the frozen detector (commit
   * 34faa59: precision 1.000, recall 0.733); its misses were then studied and fixed, so it is
   * tuning data and its figures are printed, not asserted.
   */
  @Test
  @DisplayName(
      "I-DEDUP-3: per-kind precision and recall on the first held-back part (now tuning data, report)")
  void heldBackReport() {
    report(HELD_BACK, "first held-back part (tuned on since its first run)");
  }

  /**
   * Fresh pairs by two further authors, opened only after the detector was frozen (commit e03a35d).
   * Their one blind run failed the gate (precision 0.989, recall 0.940: summary 16/20, paraphrase
   * 19/20, copy_local 19/20, one unrelated notice stopped); their misses were then studied and
   * fixed, so they are tuning data and their figures are printed, not asserted.
   */
  @Test
  @DisplayName(
      "I-DEDUP-3: per-kind precision and recall on the fresh pairs (now tuning data, report)")
  void freshReport() {
    report(FRESH, "fresh part (tuned on since its first run)");
  }

  /**
   * The first blind gate set (132 pairs by three authors). Its one run on the frozen detector
   * (commit e4a21d8) gave precision 1.000, recall 0.933 (summary 9/12, copy_local 11/12) and failed
   * the gate; its misses were then studied and fixed, so it is tuning data and is reported.
   */
  @Test
  @DisplayName(
      "I-DEDUP-3: per-kind precision and recall on the first gate set (now tuning data, report)")
  void firstGateReport() {
    report(GATE1, "first gate set (tuned on since its one blind run)");
  }

  /**
   * The second blind gate set (132 pairs by three further authors). Its one run on the frozen
   * detector (commit d8da8df) gave precision 1.000, recall 0.867 (paraphrase 9/12, summary 9/12,
   * reworded 11/12, copy_local 11/12) and failed the gate; its misses were then studied and their
   * general causes fixed, so it is tuning data and is reported.
   */
  @Test
  @DisplayName(
      "I-DEDUP-3: per-kind precision and recall on the second gate set (now tuning data, report)")
  void secondGateReport() {
    report(GATE2, "second gate set (tuned on since its one blind run)");
  }

  /**
   * The third blind gate set (132 pairs by two further authors). Its one run on the frozen detector
   * (commit "Freeze detector before the third gate set") gave precision 1.000, recall 0.967
   * (reformatted 10/12) and failed the gate on that kind; its misses were then studied and their
   * general causes fixed, so it is tuning data and is reported.
   */
  @Test
  @DisplayName(
      "I-DEDUP-3: per-kind precision and recall on the third gate set (now tuning data, report)")
  void thirdGateReport() {
    report(GATE3, "third gate set (tuned on since its one blind run)");
  }

  /** Prints the per-kind table of a tuning part; every pair must have been evaluated. */
  private static void report(String part, String name) {
    List<RewritePairs.Pair> pairs = RewritePairs.load(part);
    List<RewritePairs.Result> results = RewritePairs.evaluate(pairs);
    System.out.print(RewritePairs.figures("I-DEDUP-3 rewrites, " + name, results).table());
    assertThat(results).as("every pair of %s evaluated", part).hasSize(pairs.size());
  }
}
