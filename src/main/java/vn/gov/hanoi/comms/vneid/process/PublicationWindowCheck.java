package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/** Task_CheckWindow: an approval after the window has closed does not publish (V-STEP-5). */
@Component("publicationWindowCheck")
public class PublicationWindowCheck implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public PublicationWindowCheck(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The approved window (narrowed by the approver, or as asked) drives the publication timers.
    var approved = workflow.approvedWindow(execution.getProcessInstanceId());
    Variables.PUBLISH_FROM.set(execution, java.util.Date.from(approved.publishFrom()));
    Variables.PUBLISH_UNTIL.set(execution, java.util.Date.from(approved.publishUntil()));
    Variables.WINDOW_OPEN.set(execution, workflow.windowOpen(execution.getProcessInstanceId()));
  }
}
