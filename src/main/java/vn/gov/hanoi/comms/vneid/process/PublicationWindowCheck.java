package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
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
    execution.setVariable(Vars.WINDOW_OPEN, workflow.windowOpen(execution.getProcessInstanceId()));
  }
}
