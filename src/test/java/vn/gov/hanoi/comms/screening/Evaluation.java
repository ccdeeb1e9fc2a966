package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.hanoi.comms.screening.EvaluationArticles.Article;
import vn.gov.hanoi.comms.screening.EvaluationArticles.Expected;

/**
 * Runs the screening on labelled articles and counts, per finding kind: expected passages found
 * (recall) and findings that were expected (precision). Overlap decides, so a finding that marks
 * "trú tại số 12 ngõ 5" matches the label "số 12 ngõ 5".
 */
final class Evaluation {
  /** Counts of one kind. */
  static final class Counts {
    int expected;
    int found;
    int predicted;
    int correct;

    double recall() {
      return expected == 0 ? 1.0 : (double) found / expected;
    }

    double precision() {
      return predicted == 0 ? 1.0 : (double) correct / predicted;
    }
  }

  /** A place in an article: which text, and where in it. */
  record Span(Field field, String attachment, int start, int end) {
    boolean overlaps(Finding f) {
      return f.field() == field
          && java.util.Objects.equals(f.attachmentName(), attachment)
          && f.start() < end
          && start < Math.max(f.end(), f.start() + 1);
    }
  }

  final Map<FindingKind, Counts> counts = new EnumMap<>(FindingKind.class);
  final List<String> errors = new ArrayList<>();
  int articles;

  Evaluation() {
    for (FindingKind k : FindingKind.values()) {
      counts.put(k, new Counts());
    }
  }

  static Evaluation run(List<Article> articles) {
    Evaluation e = new Evaluation();
    Screener screener = new Screener();
    for (Article a : articles) {
      e.articles++;
      Screener.Result result =
          screener.screen(
              a.input(),
              new Screener.Rules(EvaluationArticles.ALLOWED_HOSTS, new HashSet<>(a.published())));
      e.score(a, result);
    }
    return e;
  }

  private void score(Article a, Screener.Result result) {
    List<Span> spans = new ArrayList<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (Expected x : a.expected()) {
      int occurrence = seen.merge(x.field() + ":" + x.passage(), 1, Integer::sum);
      Span span = locate(a, result, x.field(), x.passage(), occurrence);
      if (span == null) {
        throw new IllegalStateException(
            a.id() + ": expected passage not in the article: \"" + x.passage() + "\"");
      }
      spans.add(span);
    }
    Set<Finding> used = new HashSet<>();
    for (int i = 0; i < a.expected().size(); i++) {
      Expected x = a.expected().get(i);
      Counts c = counts.get(x.kind());
      c.expected++;
      Span span = spans.get(i);
      boolean hit =
          result.findings().stream().anyMatch(f -> f.kind() == x.kind() && span.overlaps(f));
      if (hit) {
        c.found++;
      } else {
        errors.add(a.id() + " MISSED " + x.kind() + ": \"" + x.passage() + "\"");
      }
    }
    for (Finding f : result.findings()) {
      Counts c = counts.get(f.kind());
      c.predicted++;
      boolean expected = false;
      for (int i = 0; i < a.expected().size(); i++) {
        if (a.expected().get(i).kind() == f.kind() && spans.get(i).overlaps(f)) {
          expected = true;
        }
      }
      if (expected) {
        c.correct++;
      } else {
        errors.add(
            a.id()
                + " UNEXPECTED "
                + f.kind()
                + " in "
                + f.field()
                + ": \""
                + f.passage()
                + "\" ("
                + f.detail()
                + ")");
      }
      used.add(f);
    }
  }

  /**
   * The n-th occurrence of a passage, looked up in the body, title, summary and attachment names in
   * turn.
   */
  private static Span locate(
      Article a, Screener.Result r, Field only, String passage, int occurrence) {
    List<Span> found = new ArrayList<>();
    addAll(found, Field.BODY, null, r.bodyText(), passage);
    addAll(found, Field.TITLE, null, r.titleText(), passage);
    addAll(found, Field.SUMMARY, null, r.summaryText(), passage);
    for (String name : a.attachments()) {
      addAll(found, Field.ATTACHMENT, name, ScreenedText.nfc(name), passage);
    }
    List<Span> all = found.stream().filter(s -> only == null || s.field() == only).toList();
    return occurrence <= all.size() ? all.get(occurrence - 1) : null;
  }

  private static void addAll(
      List<Span> out, Field field, String attachment, String text, String passage) {
    int i = text.indexOf(passage);
    while (i >= 0) {
      out.add(new Span(field, attachment, i, i + passage.length()));
      i = text.indexOf(passage, i + 1);
    }
  }

  /** The per-kind table: expected, found, recall, findings, correct, precision. */
  String table(String title) {
    StringBuilder sb =
        new StringBuilder(title).append(" (").append(articles).append(" articles)\n");
    sb.append(
        String.format(
            "%-18s %8s %6s %7s %9s %8s %9s%n",
            "kind", "expected", "found", "recall", "findings", "correct", "precision"));
    for (Map.Entry<FindingKind, Counts> e : counts.entrySet()) {
      Counts c = e.getValue();
      sb.append(
          String.format(
              "%-18s %8d %6d %7.3f %9d %8d %9.3f%n",
              e.getKey(), c.expected, c.found, c.recall(), c.predicted, c.correct, c.precision()));
    }
    return sb.toString();
  }
}
