package vn.gov.hanoi.comms.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The overdue branch of a review step: records that the step is late and, when the deadline table
 * names an authority above the holder, starts its follow-up (bpmn/step-escalation.bpmn). The task
 * stays with its holder.
 */
@Component("overdueEscalation")
public class OverdueEscalation implements JavaDelegate {
  private final DeadlineService deadlines;

  public OverdueEscalation(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deadlines.escalate(execution.getProcessInstanceId(), BranchStep.of(execution));
  }
}
