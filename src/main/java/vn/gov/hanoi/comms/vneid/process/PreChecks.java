package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidPreCheckService;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/**
 * Task_RunPreChecks: the automatic checks that help the reviewer (V-CHECK-1..3, personal data,
 * links, dates).
 */
@Component("preChecks")
public class PreChecks implements JavaDelegate {
  private final VneidPreCheckService preChecks;

  public PreChecks(VneidPreCheckService preChecks) {
    this.preChecks = preChecks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean classified = preChecks.runPreChecks(execution.getProcessInstanceId());
    Variables.CLASSIFIED_MARKING.set(execution, classified);
    // A fresh round starts without earlier decisions' values in scope.
    execution.removeVariables(
        java.util.List.of(
            Vars.APPRAISAL_OUTCOME,
            Vars.APPRAISAL_REASONS,
            Vars.CLASSIFIED_OVERRIDE,
            Vars.PERSONAL_DATA_OVERRIDE_REASON,
            Vars.APPROVAL_OUTCOME,
            Vars.APPROVAL_REASONS,
            Vars.REVISION_OUTCOME));
  }
}
