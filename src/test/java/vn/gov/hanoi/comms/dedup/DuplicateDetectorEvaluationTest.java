package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName(
    "I-DEDUP-3: precision and recall of duplicate detection on the evaluation pairs are at least 0.95")
class DuplicateDetectorEvaluationTest {

  private static final double REQUIRED = 0.95;

  @Test
  @DisplayName(
      "I-DEDUP-3: evaluation set (a sides + 2,000 same-template fillers indexed, b sides checked)")
  void precisionAndRecallOnEvaluationSet() {
    List<EvaluationSet.Pair> pairs = EvaluationSet.load();
    DuplicateDetector detector = new DuplicateDetector();
    pairs.forEach(p -> detector.index(EvaluationSet.stored(p.id(), p.a())));
    EvaluationSet.fillers(pairs, EvaluationSet.FILLER_COUNT, 42).forEach(detector::index);

    Map<String, int[]> byKind = new TreeMap<>(); // kind -> {predicted duplicate, total}
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    int fillerFlagged = 0;
    long candidateSum = 0;
    for (EvaluationSet.Pair pair : pairs) {
      List<Match> matches = detector.check(pair.b().title(), pair.b().body(), n -> true);
      candidateSum += matches.size();
      boolean predicted =
          matches.stream().anyMatch(m -> m.noticeId() == pair.id() && m.duplicate());
      fillerFlagged +=
          (int)
              matches.stream()
                  .filter(m -> m.duplicate() && m.noticeId() >= EvaluationSet.FILLER_ID_BASE)
                  .count();
      int[] counts = byKind.computeIfAbsent(pair.kind(), k -> new int[2]);
      counts[0] += predicted ? 1 : 0;
      counts[1]++;
      if (predicted != pair.duplicate()) {
        System.out.printf("  misclassified #%d %s: %s%n", pair.id(), pair.kind(), pair.b().title());
      }
      if (predicted && pair.duplicate()) {
        truePositives++;
      } else if (predicted) {
        falsePositives++;
      } else if (pair.duplicate()) {
        falseNegatives++;
      }
    }
    double precision = (double) truePositives / Math.max(1, truePositives + falsePositives);
    double recall = (double) truePositives / Math.max(1, truePositives + falseNegatives);

    System.out.printf(
        "I-DEDUP-3 evaluation: %d pairs, precision %.4f, recall %.4f (TP %d, FP %d, FN %d)%n",
        pairs.size(), precision, recall, truePositives, falsePositives, falseNegatives);
    System.out.printf(
        "  reported matches per check (>= floor): %.2f; filler notices flagged duplicate: %d%n",
        (double) candidateSum / pairs.size(), fillerFlagged);
    byKind.forEach(
        (kind, c) ->
            System.out.printf(
                "  %-28s %s %d/%d = %.3f%n",
                kind,
                EvaluationSet.DUPLICATE_KINDS.contains(kind)
                    ? "recall         "
                    : "false-pos. rate",
                c[0],
                c[1],
                (double) c[0] / c[1]));

    assertThat(byKind.keySet()).containsAll(EvaluationSet.DUPLICATE_KINDS);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(REQUIRED);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(REQUIRED);
  }
}
