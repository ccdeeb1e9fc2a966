package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A report, not a gate: the per-kind table and every error of the pre-checks (V-CHECK-4..6) on the
 * sixth blind set (articles-blind6.txt, written by an independent author and run once on the
 * detectors as frozen before it; never tuned on). Its first run fell below 0.95 for some kinds
 * (docs/prechecks.md), so the gate stays on the held-back set. Printed on the console and kept in
 * target/prechecks-blind6.txt. It asserts only that the set loaded with at least 130 articles.
 */
@DisplayName("Pre-checks on the sixth blind set (blind6, never tuned on): report only")
class PreCheckBlindSixReport {

  @Test
  @DisplayName("V-CHECK-4..6: prints the per-kind table of the blind6 articles (never tuned on)")
  void blindSix() throws IOException {
    Evaluation e = Evaluation.run(EvaluationArticles.load("articles-blind6.txt"));
    PreCheckEvaluationTest.report(
        "prechecks-blind6.txt",
        e.table("Pre-checks on the sixth blind set, blind6 (never tuned on; report, not a gate)"),
        e);
    assertThat(e.articles).as("blind6 articles").isGreaterThanOrEqualTo(130);
  }
}
