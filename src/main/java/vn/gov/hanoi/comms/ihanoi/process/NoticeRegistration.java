package vn.gov.hanoi.comms.ihanoi.process;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProcessVariables;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.Routing;
import vn.gov.hanoi.comms.security.EngineUser;

/**
 * Task_RegisterNotice: sets the level and who edits and approves (I-LEVEL-1..3). A notice started
 * from Tasklist arrives as form variables and is validated and stored here; a refusal rolls the
 * start back.
 */
@Component("ihanoiNoticeRegistration")
public class NoticeRegistration implements JavaDelegate {
  static final List<String> FORM_FIELDS =
      List.of(
          Vars.FORM_ORGANISATION,
          Vars.FORM_TITLE,
          Vars.FORM_BODY,
          Vars.FORM_TOPIC,
          Vars.FORM_URGENCY,
          Vars.FORM_VALID_UNTIL);
  private final IhanoiWorkflowService workflow;
  private final IhanoiNoticeService notices;
  private final IdentityService identityService;

  public NoticeRegistration(
      IhanoiWorkflowService workflow,
      IhanoiNoticeService notices,
      IdentityService identityService) {
    this.identityService = identityService;
    this.workflow = workflow;
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(Vars.NOTICE_ID);
    // The product API stores the notice and starts with its id; Tasklist's start form carries the
    // draft itself.
    long id =
        given instanceof Number n
            ? n.longValue()
            : notices.registerFromStartForm(
                EngineUser.current(identityService),
                ProcessVariables.plain(execution.getVariablesTyped()),
                execution.getProcessInstanceId());
    FORM_FIELDS.forEach(execution::removeVariable);
    Variables.NOTICE_ID.set(execution, id);
    execution.setProcessBusinessKey(IhanoiProcess.businessKey(id));
    Routing r = workflow.registered(id, execution.getProcessInstanceId());
    Variables.LEVEL.set(execution, r.level());
    Variables.EDITOR_GROUP.set(execution, r.editorGroup());
    Variables.APPROVER_GROUP.set(execution, r.approverGroup());
    Variables.CHECK_DUPLICATES.set(execution, r.checkDuplicates());
  }
}
