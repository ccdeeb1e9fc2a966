package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "I-DEDUP-3: thresholds and LSH banding are chosen by measurement on the evaluation set")
class DedupTuningTest {

  private final List<EvaluationSet.Pair> pairs = EvaluationSet.load();
  private final DedupTuningReport report = new DedupTuningReport(pairs);

  @Test
  @DisplayName(
      "I-DEDUP-3: the chosen thresholds reach precision and recall 0.95 with exact similarity")
  void thresholdGrid() {
    List<DedupTuningReport.Scored> scored = report.score();
    System.out.println("Threshold grid, facts rule ON:\n" + report.thresholdGrid(scored, true));
    System.out.println("Threshold grid, facts rule OFF:\n" + report.thresholdGrid(scored, false));
    printExtremes(scored);
    double[] chosen =
        DedupTuningReport.precisionRecall(
            scored,
            DuplicateDetector.JACCARD_THRESHOLD,
            DuplicateDetector.CONTAINMENT_THRESHOLD,
            true);
    assertThat(chosen[0]).as("precision").isGreaterThanOrEqualTo(0.95);
    assertThat(chosen[1]).as("recall").isGreaterThanOrEqualTo(0.95);
  }

  @Test
  @DisplayName("I-DEDUP-3: facts rule keeps every duplicate of the evaluation set")
  void factsAgreeOnAllDuplicates() {
    assertThat(report.score())
        .filteredOn(s -> s.pair().duplicate())
        .allSatisfy(s -> assertThat(s.factsAgree()).as("pair %d", s.pair().id()).isTrue());
  }

  @Test
  @DisplayName("I-DEDUP-3: LSH banding makes shortened and locally extended copies candidates")
  void bandingShapes() {
    List<StoredNotice> fillers = EvaluationSet.fillers(pairs, EvaluationSet.FILLER_COUNT, 42);
    int[][] shapes = {{16, 8}, {32, 4}, {25, 5}, {42, 3}, {64, 2}};
    System.out.println(
        "LSH banding on the evaluation set (+2,000 fillers):\n"
            + report.bandingTable(shapes, fillers));
    DedupTuningReport.Banding chosen =
        report.banding(DuplicateDetector.BANDS, DuplicateDetector.ROWS, fillers);
    assertThat(chosen.recallShortened())
        .as("shortened candidate recall")
        .isGreaterThanOrEqualTo(0.98);
    assertThat(chosen.recallLocalSentence())
        .as("local-sentence candidate recall")
        .isGreaterThanOrEqualTo(0.98);
  }

  private static void printExtremes(List<DedupTuningReport.Scored> scored) {
    System.out.println("Lowest-scoring duplicates:");
    scored.stream()
        .filter(s -> s.pair().duplicate())
        .sorted(Comparator.comparingDouble(s -> Math.max(s.jaccard(), s.containment())))
        .limit(8)
        .forEach(DedupTuningTest::print);
    System.out.println(
        "Highest-scoring non-duplicates whose facts agree (the ones thresholds must reject):");
    scored.stream()
        .filter(s -> !s.pair().duplicate() && s.factsAgree())
        .sorted(
            Comparator.comparingDouble(
                    (DedupTuningReport.Scored s) -> Math.max(s.jaccard(), s.containment()))
                .reversed())
        .limit(8)
        .forEach(DedupTuningTest::print);
  }

  private static void print(DedupTuningReport.Scored s) {
    System.out.printf(
        "  #%d %-28s J %.3f C %.3f facts %s%n",
        s.pair().id(),
        s.pair().kind(),
        s.jaccard(),
        s.containment(),
        s.factsAgree() ? "agree" : "differ");
  }
}
