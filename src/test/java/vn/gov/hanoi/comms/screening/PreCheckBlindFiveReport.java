package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A report, not a gate: the per-kind table and every error of the pre-checks on the fifth held-back
 * set (articles-blind5.txt, written blind by an independent author and run once). Printed on stdout
 * and kept in target/prechecks-blind5.txt. It asserts only that the set loaded with at least 120
 * articles.
 */
@DisplayName("Pre-checks on the fifth held-back set (blind5): report only")
class PreCheckBlindFiveReport {

  @Test
  @DisplayName("prints the per-kind table of the blind5 articles")
  void blindFive() throws IOException {
    Evaluation e = Evaluation.run(EvaluationArticles.load("articles-blind5.txt"));
    String table = e.table("Pre-checks on the fifth held-back set, blind5 (report, not a gate)");
    String errors = String.join("\n", e.errors);
    System.out.print(table);
    System.out.println(errors);
    Path file = Path.of("target", "prechecks-blind5.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, table + errors + "\n");
    assertThat(e.articles).as("blind5 articles").isGreaterThanOrEqualTo(120);
  }
}
