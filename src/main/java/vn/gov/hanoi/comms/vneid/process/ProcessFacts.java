package vn.gov.hanoi.comms.vneid.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService.RoundFacts;

/**
 * Copies the small values of a round into process variables (ids and short strings only); routing
 * sets the groups.
 */
final class ProcessFacts {
  private ProcessFacts() {}

  static void write(DelegateExecution execution, RoundFacts f) {
    execution.setVariable(Vars.ROUND, f.round());
    execution.setVariable(Vars.SCOPE, f.scope());
    execution.setVariable(Vars.UNIT_GROUP, f.unitGroup());
    execution.setVariable(Vars.PUBLISH_FROM, Date.from(f.publishFrom()));
    execution.setVariable(Vars.PUBLISH_UNTIL, Date.from(f.publishUntil()));
  }
}
