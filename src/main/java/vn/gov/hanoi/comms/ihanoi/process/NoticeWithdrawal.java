package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * Task_WithdrawNotice / Task_WithdrawOnRequest: marks the notice withdrawn; it no longer counts as
 * a duplicate source.
 */
@Component("ihanoiNoticeWithdrawal")
public class NoticeWithdrawal implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public NoticeWithdrawal(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.withdrawn(execution.getProcessInstanceId());
  }
}
