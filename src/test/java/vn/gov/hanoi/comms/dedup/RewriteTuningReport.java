package vn.gov.hanoi.comms.dedup;

import java.io.FileInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the features of every pair of a file (tuning.jsonl by default; heldback.jsonl,
 * fresh.jsonl, gate1.jsonl, gate2.jsonl and gate3.jsonl are tuning data too since their first runs,
 * gate4.jsonl never is): how the thresholds of dedup/rewrite-scoring.properties were chosen. Run:
 * java ... RewriteTuningReport [file].
 */
final class RewriteTuningReport {

  private RewriteTuningReport() {}

  public static void main(String[] args) throws IOException {
    String file = args.length > 0 ? args[0] : "src/test/resources/dedup/rewrites/tuning.jsonl";
    List<RewritePairs.Pair> pairs;
    try (FileInputStream in = new FileInputStream(file)) {
      pairs = RewritePairs.read(in);
    }
    List<RewritePairs.Result> results = RewritePairs.evaluate(pairs);
    for (RewritePairs.Result r : results) {
      RewriteScorer.Evidence e = r.match() == null ? null : r.match().rewrite();
      boolean wrong =
          r.predicted() != r.pair().duplicate()
              || (r.pair().kind().equals("unrelated") && r.falseStopElsewhere());
      System.out.printf(
          Locale.ROOT,
          "%s %-4s %-11s %-5s J %.2f C %.2f | recall %.2f novelty %.2f novel %d inplace %d %.2f title %.2f conflict %-5s later %.2f earlier %.2f dates +%d -%d corr %s wrap %s -> %s%s%n",
          wrong ? "XX" : "  ",
          r.pair().id(),
          r.pair().kind(),
          r.pair().duplicate(),
          r.match() == null ? 0 : r.match().similarity(),
          r.match() == null ? 0 : r.match().containment(),
          e == null ? 0 : e.factRecall(),
          e == null ? 0 : e.factNovelty(),
          e == null ? 0 : e.novelFacts(),
          e == null ? 0 : e.novelInPlace(),
          e == null ? 0 : e.inPlaceNovelty(),
          e == null ? 0 : e.titleShare(),
          e != null && e.conflict(),
          e == null ? 0 : e.laterCovered(),
          e == null ? 0 : e.earlierCovered(),
          e == null ? 0 : e.novelDates(),
          e == null ? 0 : e.missingDates(),
          e != null && e.corrects(),
          e != null && e.wrappedCopy(),
          r.predicted(),
          r.falseStopElsewhere() ? " (+elsewhere)" : "");
    }
    NoticeAnalyzer analyzer = new NoticeAnalyzer();
    for (RewritePairs.Result r : results) {
      boolean wrong = r.predicted() != r.pair().duplicate();
      if (!wrong && !r.pair().kind().equals("correction") && System.getenv("ALL") == null) {
        continue;
      }
      var e = analyzer.analyse(r.pair().earlier().title(), r.pair().earlier().body(), null);
      var l =
          analyzer.analyse(
              r.pair().later().title(), r.pair().later().body(), r.pair().later().issuer());
      Set<String> ek = new HashSet<>();
      e.facts().forEach(f -> ek.add(f.type() + ":" + f.key()));
      StringBuilder novel = new StringBuilder();
      l.facts().stream()
          .filter(f -> !f.local() && !ek.contains(f.type() + ":" + f.key()))
          .forEach(f -> novel.append(f.type()).append(':').append(f.key()).append(" | "));
      StringBuilder missing = new StringBuilder();
      Set<String> lk = new HashSet<>();
      l.facts().forEach(f -> lk.add(f.type() + ":" + f.key()));
      e.facts().stream()
          .filter(f -> !f.local() && !lk.contains(f.type() + ":" + f.key()))
          .forEach(f -> missing.append(f.type()).append(':').append(f.key()).append(" | "));
      System.out.println(
          r.pair().id()
              + " "
              + r.pair().kind()
              + "\n   NEW: "
              + novel
              + "\n   MISSING: "
              + missing);
    }
    System.out.print(RewritePairs.figures("tuning", results).table());
  }
}
