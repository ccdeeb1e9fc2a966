package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.security.EngineUser;
import vn.gov.hanoi.comms.vneid.Narrowing;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * On completion of an appraisal, endorsement or approval: checks the decision and records who,
 * when, what and why (P-3), on the request bound to this instance (T-2). A refused decision leaves
 * the task open with the reason shown.
 */
@Component("decisionRecorder")
public class DecisionRecorder implements TaskListener {
  private final VneidWorkflowService workflow;
  private final IdentityService identityService;

  public DecisionRecorder(VneidWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    String step = task.getTaskDefinitionKey();
    boolean appraisal = VneidProcess.Tasks.APPRAISE.equals(step);
    String outcome =
        (String) task.getVariable(appraisal ? Vars.APPRAISAL_OUTCOME : Vars.APPROVAL_OUTCOME);
    String reasons =
        (String) task.getVariable(appraisal ? Vars.APPRAISAL_REASONS : Vars.APPROVAL_REASONS);
    java.util.Map<String, Object> narrowing = new java.util.HashMap<>();
    for (String field :
        java.util.List.of(
            Narrowing.FROM,
            Narrowing.UNTIL,
            Narrowing.AGE_MIN,
            Narrowing.AGE_MAX,
            Narrowing.GENDER)) {
      narrowing.put(field, task.getVariable(field));
    }
    workflow.recordDecision(
        task.getProcessInstanceId(),
        step,
        outcome,
        reasons,
        Boolean.TRUE.equals(task.getVariable(Vars.CLASSIFIED_OVERRIDE)),
        (String) task.getVariable(Vars.PERSONAL_DATA_OVERRIDE_REASON),
        narrowing,
        EngineUser.actor(identityService, task));
  }
}
