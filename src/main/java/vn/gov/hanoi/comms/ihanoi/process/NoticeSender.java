package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * Task_SendNotice (asyncBefore, R3/PT5M): publishes to the body's area; failures retry, then an
 * incident.
 */
@Component("ihanoiNoticeSender")
public class NoticeSender implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public NoticeSender(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.send(execution.getProcessInstanceId());
  }
}
