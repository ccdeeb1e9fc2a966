package vn.gov.hanoi.comms.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-written pairs of src/test/resources/dedup/rewrites/ (see its README): a city notice and a
 * ward's later notice, labelled by kind. Evaluates the detector the way the product uses it: every
 * earlier notice of the file and the 546 generated set's notices are indexed, each later notice is
 * checked with its issuer.
 */
final class RewritePairs {

  static final List<String> DUPLICATE_KINDS =
      List.of("reworded", "paraphrase", "summary", "reformatted", "copy_local");
  static final List<String> NON_DUPLICATE_KINDS =
      List.of("followup", "template", "correction", "preamble", "local_event", "unrelated");

  record Notice(String level, String issuer, String title, String body) {}

  record Pair(
      String id, String source, String kind, boolean duplicate, Notice earlier, Notice later) {}

  /** Outcome of one pair. */
  record Result(Pair pair, boolean predicted, boolean falseStopElsewhere, Match match) {}

  private RewritePairs() {}

  static List<Pair> load(String resource) {
    try (InputStream in = RewritePairs.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Pair> read(InputStream in) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Pair> pairs = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      pairs.add(
          new Pair(
              n.get("id").asText(),
              n.get("source").asText(),
              n.get("kind").asText(),
              n.get("duplicate").asBoolean(),
              notice(n.get("earlier")),
              notice(n.get("later"))));
    }
    return pairs;
  }

  private static Notice notice(JsonNode n) {
    return new Notice(
        n.get("level").asText(),
        n.get("issuer").asText(),
        n.get("title").asText(),
        n.get("body").asText());
  }

  /**
   * Indexes the earlier notices (one per source) and the generated set's, checks every later one.
   */
  static List<Result> evaluate(List<Pair> pairs) {
    DuplicateDetector detector = new DuplicateDetector();
    Map<String, Long> sourceIds = new LinkedHashMap<>();
    for (Pair p : pairs) {
      if (!sourceIds.containsKey(p.source())) {
        long id = sourceIds.size() + 1L;
        sourceIds.put(p.source(), id);
        detector.index(
            new StoredNotice(
                id,
                "CITY",
                "HN",
                Instant.parse("2025-01-01T00:00:00Z"),
                p.earlier().title(),
                p.earlier().body()));
      }
    }
    List<EvaluationSet.Pair> background = EvaluationSet.load();
    for (EvaluationSet.Pair b : background) {
      detector.index(EvaluationSet.stored(100_000 + b.id(), b.a()));
    }
    List<Result> results = new ArrayList<>();
    for (Pair p : pairs) {
      long earlierId = sourceIds.get(p.source());
      List<Match> matches =
          detector.check(p.later().title(), p.later().body(), p.later().issuer(), n -> true);
      Match own = matches.stream().filter(m -> m.noticeId() == earlierId).findFirst().orElse(null);
      boolean predicted = own != null && own.duplicate();
      boolean elsewhere =
          matches.stream().anyMatch(m -> m.duplicate() && m.noticeId() != earlierId);
      results.add(new Result(p, predicted, elsewhere, own));
    }
    return results;
  }

  /**
   * Precision and recall plus the per-kind table; a stop of an unrelated notice by anything counts
   * as a false positive.
   */
  record Figures(double precision, double recall, String table, Map<String, int[]> byKind) {

    /** Share of the pairs of these kinds that were stopped (recall for duplicate kinds). */
    double stoppedShare(List<String> kinds) {
      int stopped = 0;
      int pairs = 0;
      for (String kind : kinds) {
        int[] c = byKind.getOrDefault(kind, new int[2]);
        stopped += c[0];
        pairs += c[1];
      }
      return pairs == 0 ? 0 : (double) stopped / pairs;
    }
  }

  static Figures figures(String title, List<Result> results) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    Map<String, int[]> byKind = new TreeMap<>();
    for (Result r : results) {
      boolean stopped =
          r.predicted() || (r.pair().kind().equals("unrelated") && r.falseStopElsewhere());
      int[] c = byKind.computeIfAbsent(r.pair().kind(), k -> new int[2]);
      c[0] += stopped ? 1 : 0;
      c[1]++;
      if (r.pair().duplicate()) {
        if (stopped) {
          tp++;
        } else {
          fn++;
        }
      } else if (stopped) {
        fp++;
      }
    }
    double precision = (double) tp / Math.max(1, tp + fp);
    double recall = (double) tp / Math.max(1, tp + fn);
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%s: %d pairs, precision %.3f, recall %.3f (TP %d, FP %d, FN %d)%n",
            title,
            results.size(),
            precision,
            recall,
            tp,
            fp,
            fn));
    sb.append(
        "| kind | duplicate | pairs | stopped | recall / false-stop rate |\n|---|---|---:|---:|---:|\n");
    for (String kind : concat()) {
      int[] c = byKind.get(kind);
      if (c != null) {
        sb.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %s %.3f |%n",
                kind,
                DUPLICATE_KINDS.contains(kind) ? "yes" : "no",
                c[1],
                c[0],
                DUPLICATE_KINDS.contains(kind) ? "recall" : "false stops",
                (double) c[0] / c[1]));
      }
    }
    return new Figures(precision, recall, sb.toString(), byKind);
  }

  private static List<String> concat() {
    List<String> all = new ArrayList<>(DUPLICATE_KINDS);
    all.addAll(NON_DUPLICATE_KINDS);
    return all;
  }
}
