package vn.gov.hanoi.comms.vneid.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService.RoundFacts;

/**
 * Copies the small values of a round into process variables (ids and short strings only); routing
 * sets the groups.
 */
final class ProcessFacts {
  private ProcessFacts() {}

  static void write(DelegateExecution execution, RoundFacts f) {
    Variables.ROUND.set(execution, f.round());
    Variables.SCOPE.set(execution, f.scope());
    Variables.UNIT_GROUP.set(execution, f.unitGroup());
    Variables.PUBLISH_FROM.set(execution, Date.from(f.publishFrom()));
    Variables.PUBLISH_UNTIL.set(execution, Date.from(f.publishUntil()));
  }
}
