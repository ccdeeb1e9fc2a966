package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.StepInput;
import vn.gov.hanoi.comms.security.EngineUser;

/**
 * On completion of an edit, a duplicate resolution or an approval: checks the decision and records
 * who, when, what and why (P-3). A refused decision leaves the task open with the reason shown.
 * Edited texts are moved into the notice table and removed from the variables (PostgreSQL limit).
 */
@Component("ihanoiDecisionRecorder")
public class NoticeDecisionRecorder implements TaskListener {
  private final IhanoiWorkflowService workflow;
  private final IdentityService identityService;

  public NoticeDecisionRecorder(IhanoiWorkflowService workflow, IdentityService identityService) {
    this.workflow = workflow;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.stepCompleted(
        task.getProcessInstanceId(),
        task.getTaskDefinitionKey(),
        EngineUser.actor(identityService, task),
        input(task));
    task.getExecution().removeVariable(Vars.EDITED_TITLE);
    task.getExecution().removeVariable(Vars.EDITED_BODY);
    task.getExecution().removeVariable(Vars.EDITED_VALID_UNTIL);
  }

  /** What the person entered at this step, from the completion's variables. */
  static StepInput input(VariableScope scope) {
    return new StepInput(
        Variables.EDITED_TITLE.getOrNull(scope),
        Variables.EDITED_BODY.getOrNull(scope),
        Variables.RESOLUTION.getOrNull(scope),
        Variables.RESOLUTION_NOTE.getOrNull(scope),
        Variables.APPROVAL_OUTCOME.getOrNull(scope),
        Variables.APPROVAL_REASONS.getOrNull(scope),
        Variables.PERSONAL_DATA_OVERRIDE_REASON.getOrNull(scope),
        scope.getVariable(Vars.EDITED_VALID_UNTIL));
  }
}
