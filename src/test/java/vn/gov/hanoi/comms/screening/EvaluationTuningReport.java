package vn.gov.hanoi.comms.screening;

/**
 * Prints the per-kind table and every error on the tuning articles: what one looks at while tuning
 * ({@code mvn -o -q test-compile exec:java} is not set up; run it from an IDE or with {@code java
 * -cp target/classes:target/test-classes:<jsoup>
 * vn.gov.hanoi.comms.screening.EvaluationTuningReport}). Never run on the held-back articles.
 */
public final class EvaluationTuningReport {
  private EvaluationTuningReport() {}

  public static void main(String[] args) {
    Evaluation e = Evaluation.run(EvaluationArticles.load("articles-tuning.txt"));
    e.errors.forEach(System.out::println);
    System.out.println(e.table("Tuning articles"));
  }
}
