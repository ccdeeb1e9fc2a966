package vn.gov.hanoi.comms.vneid;

import java.util.List;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * A decision that cannot be taken as entered: the task stays open and the caller sees the reasons
 * (400).
 */
public class DecisionRefusedException extends RefusedException {
  public DecisionRefusedException(List<FieldError> errors) {
    super(errors);
  }
}
