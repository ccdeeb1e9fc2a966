package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_IssueNotice (vneid-notify-unit): issues the numbered notice of return, rejection or lapse.
 */
@Component("noticeIssuer")
public class NoticeIssuer implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public NoticeIssuer(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.issueNotice(RequestInstance.of(execution), Variables.NOTICE_KIND.get(execution));
  }
}
