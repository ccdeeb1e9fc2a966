package vn.gov.hanoi.comms.area;

import java.util.List;

/** An area file refused whole, with every fault found in it. */
public class AreaImportException extends RuntimeException {

  private final List<LineError> errors;

  public AreaImportException(List<LineError> errors) {
    super(describe(errors));
    this.errors = List.copyOf(errors);
  }

  public AreaImportException(LineError error) {
    this(List.of(error));
  }

  public List<LineError> errors() {
    return errors;
  }

  private static String describe(List<LineError> errors) {
    String shown =
        errors.stream()
            .limit(10)
            .map(LineError::toString)
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    String more = errors.size() > 10 ? " (and " + (errors.size() - 10) + " more)" : "";
    return "Area file refused, " + errors.size() + " problem(s): " + shown + more;
  }
}
