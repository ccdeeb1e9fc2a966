package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_RegisterRevision: makes the revised round current and re-routes it before appraisal again.
 */
@Component("revisionRegistration")
public class RevisionRegistration implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public RevisionRegistration(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessFacts.write(execution, workflow.revisionRegistered(execution.getProcessInstanceId()));
  }
}
