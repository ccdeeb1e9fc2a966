package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.vneid.VneidFormData;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * On task creation: puts what the Camunda Form shows (the article, audience, scope, window,
 * pre-check results, earlier rounds) into the task-local {@code display} variable, which ends with
 * the task. The full text and the image stay in the product's tables and are served by URL.
 */
// The bean keeps its name: deployed vneid-request models call ${taskDisplay}.
@Component("taskDisplay")
public class VneidTaskDisplay implements TaskListener {
  private final VneidFormData display;
  private final VneidWorkflowService requests;

  public VneidTaskDisplay(VneidFormData display, VneidWorkflowService requests) {
    this.display = display;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    FormDisplay.show(task, display.forTask(requests.boundTo(task.getProcessInstanceId()).id()));
  }
}
