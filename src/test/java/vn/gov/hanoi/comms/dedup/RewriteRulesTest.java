package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link RewriteRules}' decision on measured evidence. */
class RewriteRulesTest {

  @Test
  @DisplayName(
      "I-DEDUP-3: a summary with no fact of its own needs 0.55 of its words in the earlier notice")
  void summaryWithNothingNewNeedsFewerSharedWords() {
    RewriteRules rules = new RewriteRules();
    assertThat(rules.decide(measured(0.0, 0, false, 0.57), 8)).as("nothing new").isTrue();
    assertThat(rules.decide(measured(0.1, 1, true, 0.57), 8)).as("one new fact").isFalse();
    assertThat(rules.decide(measured(0.0, 0, false, 0.50), 8)).as("half its words").isFalse();
  }

  /**
   * A later notice that keeps 0.3 of the earlier one's facts and 0.15 of its words, with the
   * novelty, new facts, conflict and share of its own words in the earlier one given.
   */
  private static RewriteScorer.Evidence measured(
      double factNovelty, int novelFacts, boolean conflict, double laterCovered) {
    return new RewriteScorer.Evidence(
        0.3,
        factNovelty,
        novelFacts,
        conflict,
        laterCovered,
        0.15,
        0,
        0,
        0,
        0,
        0,
        false,
        false,
        false);
  }
}
