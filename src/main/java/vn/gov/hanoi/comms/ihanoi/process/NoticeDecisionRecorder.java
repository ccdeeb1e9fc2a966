package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.IdentityService;
import vn.gov.hanoi.comms.security.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

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
    long id = NoticeVars.noticeId(task);
    String by = EngineUser.completing(identityService, task);
    String title = NoticeVars.string(task, Vars.EDITED_TITLE);
    String body = NoticeVars.string(task, Vars.EDITED_BODY);
    switch (task.getTaskDefinitionKey()) {
      case Tasks.EDIT -> workflow.edited(id, Tasks.EDIT, title, body, by);
      case Tasks.RESOLVE_DUPLICATE -> workflow.resolved(id, NoticeVars.string(task, Vars.RESOLUTION),
          NoticeVars.string(task, Vars.RESOLUTION_NOTE), title, body, by);
      default -> workflow.decided(id, NoticeVars.string(task, Vars.APPROVAL_OUTCOME),
          NoticeVars.string(task, Vars.APPROVAL_REASONS), by, NoticeVars.string(task, Vars.PERSONAL_DATA_OVERRIDE_REASON));
    }
    task.getExecution().removeVariable(Vars.EDITED_TITLE);
    task.getExecution().removeVariable(Vars.EDITED_BODY);
  }

}
