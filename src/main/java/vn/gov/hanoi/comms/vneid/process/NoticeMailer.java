package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_EmailNotice (asyncBefore, R3/PT5M): emails the notice to the unit. A mail failure propagates
 * so that the job is retried and then becomes an incident in Cockpit.
 */
@Component("noticeMailer")
public class NoticeMailer implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public NoticeMailer(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.emailNotice(RequestInstance.of(execution), Variables.NOTICE_KIND.get(execution));
  }
}
