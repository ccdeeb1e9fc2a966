package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_IssueNotice (vneid-notify-unit): issues the numbered letter of return, rejection or lapse.
 */
// The bean keeps its old name: deployed vneid-notify-unit models call ${noticeIssuer}.
@Component("noticeIssuer")
public class LetterIssuer implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public LetterIssuer(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.issueLetter(RequestInstance.of(execution), Variables.NOTICE_KIND.get(execution));
  }
}
