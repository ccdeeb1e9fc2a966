package vn.gov.hanoi.comms.deadline;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/** The user task whose boundary timer started this branch (the reminder's or the escalation's). */
final class BranchStep {
  private BranchStep() {}

  static String of(DelegateExecution execution) {
    FlowNode node = (FlowNode) execution.getBpmnModelElementInstance();
    for (int hops = 0; hops < 5 && node != null; hops++) {
      if (node instanceof BoundaryEvent b) {
        return b.getAttachedTo().getId();
      }
      SequenceFlow in = node.getIncoming().stream().findFirst().orElse(null);
      node = in == null ? null : in.getSource();
    }
    throw new IllegalStateException(
        execution.getCurrentActivityId() + " is not on the branch of a step's boundary timer");
  }
}
