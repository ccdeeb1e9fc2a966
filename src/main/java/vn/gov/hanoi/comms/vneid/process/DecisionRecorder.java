package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.security.EngineUser;
import vn.gov.hanoi.comms.vneid.Narrowing;
import vn.gov.hanoi.comms.vneid.ProposedDecision;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
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
        (appraisal ? Variables.APPRAISAL_OUTCOME : Variables.APPROVAL_OUTCOME).getOrNull(task);
    String reasons =
        (appraisal ? Variables.APPRAISAL_REASONS : Variables.APPROVAL_REASONS).getOrNull(task);
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
        new ProposedDecision(
            step,
            outcome,
            reasons,
            Variables.CLASSIFIED_OVERRIDE.get(task),
            Variables.PERSONAL_DATA_OVERRIDE_REASON.getOrNull(task),
            narrowing),
        EngineUser.actor(identityService, task));
  }
}
