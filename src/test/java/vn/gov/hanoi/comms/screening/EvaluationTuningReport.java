package vn.gov.hanoi.comms.screening;

import java.util.List;

/**
 * Prints every error and the per-kind table of the tuning sets: what one looks at while tuning. Run
 * from an IDE or with {@code java -cp target/classes:target/test-classes:<dependencies>
 * vn.gov.hanoi.comms.screening.EvaluationTuningReport [set.txt ...]} (default: the tuning sets of
 * PreCheckEvaluationTest). Never run it on a set before its one blind run.
 */
public final class EvaluationTuningReport {
  private EvaluationTuningReport() {}

  public static void main(String[] args) {
    for (String set : args.length == 0 ? PreCheckEvaluationTest.TUNING_SETS : List.of(args)) {
      Evaluation e = Evaluation.run(EvaluationArticles.load(set));
      e.errors.forEach(System.out::println);
      System.out.println(e.table(set));
    }
  }
}
