package vn.gov.hanoi.comms.vneid;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * A decision that cannot be taken as entered. Thrown inside the task's completion, so the task stays
 * open and Tasklist (or /engine-rest) shows the message. A BadUserRequestException, so that Camunda's
 * REST API answers 400 (not 500) with that message.
 */
public class DecisionRefusedException extends BadUserRequestException {
  private final transient List<FieldError> errors;

  public DecisionRefusedException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
