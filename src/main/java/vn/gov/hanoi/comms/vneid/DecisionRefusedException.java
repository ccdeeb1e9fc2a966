package vn.gov.hanoi.comms.vneid;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * A decision that cannot be taken as entered. Thrown inside the task's completion, so the task stays
 * open and Tasklist (or /engine-rest) shows the message.
 */
public class DecisionRefusedException extends ProcessEngineException {
  private final transient List<FieldError> errors;

  public DecisionRefusedException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
