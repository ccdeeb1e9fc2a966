package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Measurements behind the constants of {@link DuplicateDetector}: exact Jaccard/containment per
 * pair for a grid of thresholds, and LSH candidate recall for several banding shapes. Used by
 * DedupTuningTest; prints Markdown so the numbers can go into benchmarks/dedup.md.
 */
final class DedupTuningReport {

  record Scored(EvaluationSet.Pair pair, double jaccard, double containment, boolean factsAgree) {}

  private final Shingler shingler = new Shingler(new VietnameseTextNormalizer());
  private final List<EvaluationSet.Pair> pairs;

  DedupTuningReport(List<EvaluationSet.Pair> pairs) {
    this.pairs = pairs;
  }

  List<Scored> score() {
    List<Scored> scored = new ArrayList<>();
    for (EvaluationSet.Pair p : pairs) {
      long[] a = shingler.shingles(p.a().title(), p.a().body());
      long[] b = shingler.shingles(p.b().title(), p.b().body());
      DuplicateDetector.IndexedNotice stored =
          new DuplicateDetector.IndexedNotice(
              EvaluationSet.stored(p.id(), p.a()), a, shingler.facts(p.a().title(), p.a().body()));
      Match m =
          DuplicateDetector.compare(p.id(), b, shingler.facts(p.b().title(), p.b().body()), stored);
      boolean facts =
          DuplicateDetector.factsAgree(stored.facts(), shingler.facts(p.b().title(), p.b().body()));
      scored.add(new Scored(p, m.similarity(), m.containment(), facts));
    }
    return scored;
  }

  /** {precision, recall} of the rule "(J ≥ tJ or C ≥ tC) and facts agree" (factsRule optional). */
  static double[] precisionRecall(List<Scored> scored, double tJ, double tC, boolean factsRule) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Scored s : scored) {
      boolean predicted =
          (s.jaccard() >= tJ || s.containment() >= tC) && (!factsRule || s.factsAgree());
      if (predicted && s.pair().duplicate()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (s.pair().duplicate()) {
        fn++;
      }
    }
    return new double[] {(double) tp / Math.max(1, tp + fp), (double) tp / Math.max(1, tp + fn)};
  }

  String thresholdGrid(List<Scored> scored, boolean factsRule) {
    StringBuilder out = new StringBuilder("| tJ \\ tC |");
    double[] tcs = {0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01};
    for (double tc : tcs) {
      out.append(String.format(" %.2f |", tc));
    }
    out.append("\n|---|").append("---|".repeat(tcs.length)).append('\n');
    for (double tj = 0.25; tj <= 0.801; tj += 0.05) {
      out.append(String.format("| %.2f |", tj));
      for (double tc : tcs) {
        double[] pr = precisionRecall(scored, tj, tc, factsRule);
        out.append(String.format(" P %.3f R %.3f |", pr[0], pr[1]));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Share of duplicate pairs (per kind) whose "a" is an LSH candidate of "b", and mean candidates.
   */
  /**
   * One LSH shape measured on the evaluation set: candidate recall over all duplicates and per kind
   * of copy, and the mean number of candidates a query returns.
   */
  record Banding(
      int bands,
      int rows,
      double recallAll,
      double recallShortened,
      double recallLocalSentence,
      double recallReworded,
      double meanCandidates) {

    /** The similarity at which a pair becomes a candidate with probability 1/2. */
    double threshold() {
      return Math.pow(1.0 / bands, 1.0 / rows);
    }

    String markdownRow() {
      return String.format(
          "| %d x %d | %.2f | %.3f | %.3f | %.3f | %.3f | %.1f |%n",
          bands,
          rows,
          threshold(),
          recallAll,
          recallShortened,
          recallLocalSentence,
          recallReworded,
          meanCandidates);
    }
  }

  /** The measurements as a Markdown table, for the tuning notes. */
  String bandingTable(int[][] shapes, List<StoredNotice> fillers) {
    StringBuilder out =
        new StringBuilder(
            "| bands x rows | threshold (1/b)^(1/r) | candidate recall, all duplicates"
                + " | shortened | local-sentence-added | reworded | mean candidates / query |\n|---|---|---|---|---|---|---|\n");
    banding(shapes, fillers).forEach(b -> out.append(b.markdownRow()));
    return out.toString();
  }

  List<Banding> banding(int[][] shapes, List<StoredNotice> fillers) {
    return Arrays.stream(shapes).map(shape -> banding(shape[0], shape[1], fillers)).toList();
  }

  Banding banding(int bands, int rows, List<StoredNotice> fillers) {
    MinHasher minHasher = new MinHasher(DuplicateDetector.NUM_HASHES);
    LshIndex index = new LshIndex(bands, rows, pairs.size() + fillers.size());
    for (EvaluationSet.Pair p : pairs) {
      index.add(p.id(), minHasher.signature(shingler.shingles(p.a().title(), p.a().body())));
    }
    for (StoredNotice f : fillers) {
      index.add(f.id(), minHasher.signature(shingler.shingles(f.title(), f.body())));
    }
    int[] hit = new int[4];
    int[] total = new int[4];
    long candidates = 0;
    for (EvaluationSet.Pair p : pairs) {
      Set<Long> found =
          index.candidates(minHasher.signature(shingler.shingles(p.b().title(), p.b().body())));
      candidates += found.size();
      if (!p.duplicate()) {
        continue;
      }
      int kind =
          switch (p.kind()) {
            case "shortened" -> 1;
            case "local-sentence-added" -> 2;
            case "reworded" -> 3;
            default -> -1;
          };
      boolean isCandidate = found.contains(p.id());
      total[0]++;
      hit[0] += isCandidate ? 1 : 0;
      if (kind > 0) {
        total[kind]++;
        hit[kind] += isCandidate ? 1 : 0;
      }
    }
    return new Banding(
        bands,
        rows,
        ratio(hit[0], total[0]),
        ratio(hit[1], total[1]),
        ratio(hit[2], total[2]),
        ratio(hit[3], total[3]),
        (double) candidates / pairs.size());
  }

  private static double ratio(int hit, int total) {
    return total == 0 ? Double.NaN : (double) hit / total;
  }
}
