package vn.gov.hanoi.comms.deadline;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What the models call on each review step (bpmn/vneid-request.bpmn, bpmn/ihanoi-notice.bpmn):
 *
 * <ul>
 *   <li>the step's input mapping {@code deadlineDue = ${stepDeadlines.dueAt(execution,
 *       'step-deadlines', 'Task_X')}} fixes its deadline from the named decision table when it
 *       opens (before its boundary timers are created, so they can use it), and {@code
 *       deadlineReminder = ${stepDeadlines.reminderAt(execution, 'Task_X')}} the reminder. An input
 *       mapping is evaluated on the enclosing execution, so the step names itself;
 *   <li>the task's {@code camunda:dueDate} is {@code ${deadlineDue}}; the non-interrupting boundary
 *       timers fire at {@code ${deadlineReminder}} and {@code ${deadlineDue}};
 *   <li>its end listener {@code ${stepDeadlines.closed(execution)}} stops the count when the step
 *       ends.
 * </ul>
 */
@Component("stepDeadlines")
public class StepDeadlines {
  private final DeadlineService deadlines;

  public StepDeadlines(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  /** The step's deadline from the named decision table (the model says which table applies). */
  public Date dueAt(DelegateExecution execution, String decisionKey, String step) {
    return Date.from(
        deadlines
            .open(
                decisionKey,
                execution.getProcessDefinitionId().split(":")[0],
                execution.getProcessInstanceId(),
                step)
            .dueAt());
  }

  public Date reminderAt(DelegateExecution execution, String step) {
    return Date.from(deadlines.require(execution.getProcessInstanceId(), step).remindAt());
  }

  public void closed(DelegateExecution execution) {
    deadlines.closed(execution.getProcessInstanceId(), execution.getCurrentActivityId());
  }
}
