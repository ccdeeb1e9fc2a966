package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.vneid.VneidTaskDisplay;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * On task creation: puts what the Camunda Form shows (the article, audience, scope, window,
 * pre-check results, earlier rounds) into the task-local {@code display} variable, which ends with
 * the task. The full text and the image stay in the product's tables and are served by URL.
 */
@Component("taskDisplay")
public class TaskDisplay implements TaskListener {
  private final VneidTaskDisplay display;
  private final VneidWorkflowService requests;

  public TaskDisplay(VneidTaskDisplay display, VneidWorkflowService requests) {
    this.display = display;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    FormDisplay.show(task, display.forTask(requests.boundTo(task.getProcessInstanceId()).id()));
  }
}
