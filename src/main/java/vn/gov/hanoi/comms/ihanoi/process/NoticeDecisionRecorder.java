package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
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
        StepInput.of(task.getVariables()));
    task.getExecution().removeVariable(Vars.EDITED_TITLE);
    task.getExecution().removeVariable(Vars.EDITED_BODY);
    task.getExecution().removeVariable(Vars.EDITED_VALID_UNTIL);
  }
}
