package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.NoticeContentChecks;

/**
 * Task_CheckContent (ihanoi-notice): screens the notice for personal data, links and event dates
 * before every approval; the approver sees the findings and gives a written reason to let blocking
 * personal data through.
 */
@Component("ihanoiContentCheck")
public class ContentCheck implements JavaDelegate {
  private final NoticeContentChecks checks;
  private final IhanoiWorkflowService workflow;

  public ContentCheck(NoticeContentChecks checks, IhanoiWorkflowService workflow) {
    this.checks = checks;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    checks.check(workflow.boundTo(execution.getProcessInstanceId()).id());
  }
}
