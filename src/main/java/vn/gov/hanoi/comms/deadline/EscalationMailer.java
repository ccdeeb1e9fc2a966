package vn.gov.hanoi.comms.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_EmailEscalation of step-escalation (asyncBefore, R3/PT5M): mails the authority above the
 * late holder.
 */
@Component("escalationMailer")
public class EscalationMailer implements JavaDelegate {
  private final DeadlineService deadlines;

  public EscalationMailer(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.mailEscalation(EscalationProcess.deadlineIdOf(execution.getProcessBusinessKey()));
  }
}
