package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_EmailNotice (asyncBefore, R3/PT5M): emails the letter to the unit. A mail failure propagates
 * so that the job is retried and then becomes an incident in Cockpit.
 */
// The bean keeps its old name: deployed vneid-notify-unit models call ${noticeMailer}.
@Component("noticeMailer")
public class LetterMailer implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public LetterMailer(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.emailLetter(RequestInstance.of(execution), Variables.NOTICE_KIND.get(execution));
  }
}
