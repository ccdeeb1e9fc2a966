package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * Task_MarkApproved: the notice counts for lower levels' duplicate checks from now on (I-DEDUP-5).
 */
@Component("ihanoiNoticeApproval")
public class NoticeApproval implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public NoticeApproval(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.approved(execution.getProcessInstanceId());
  }
}
