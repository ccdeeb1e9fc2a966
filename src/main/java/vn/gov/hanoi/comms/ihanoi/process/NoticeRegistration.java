package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.Routing;

/** Task_RegisterNotice: sets the level and who edits and approves (I-LEVEL-1..3). */
@Component("ihanoiNoticeRegistration")
public class NoticeRegistration implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public NoticeRegistration(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Routing r = workflow.registered(NoticeVars.noticeId(execution));
    execution.setVariable(Vars.LEVEL, r.level());
    execution.setVariable(Vars.EDITOR_GROUP, r.editorGroup());
    execution.setVariable(Vars.APPROVER_GROUP, r.approverGroup());
    execution.setVariable(Vars.CHECK_DUPLICATES, r.checkDuplicates());
  }
}
