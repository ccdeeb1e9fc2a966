package vn.gov.hanoi.comms.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The reminder branch of a review step (asyncBefore, R3/PT5M): mails the step's holders before its
 * deadline (D-2). A mail failure propagates: retried, then an incident.
 */
@Component("deadlineReminderMailer")
public class DeadlineReminderMailer implements JavaDelegate {
  private final DeadlineService deadlines;

  public DeadlineReminderMailer(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.remind(execution.getProcessInstanceId(), BranchStep.of(execution));
  }
}
