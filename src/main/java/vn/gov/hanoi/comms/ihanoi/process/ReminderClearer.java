package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * Task_ClearCadenceReminder: the sent notice ends the issuing body's open reminder (I-CADENCE-1).
 */
@Component("ihanoiReminderClearer")
public class ReminderClearer implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public ReminderClearer(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.clearReminder(execution.getProcessInstanceId());
  }
}
