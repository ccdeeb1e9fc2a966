package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.NoticeFormData;

/**
 * On task creation: sets the notice's status for the step and puts what the form shows (the notice,
 * and the earlier notice when stopped as a duplicate) into the task-local {@code display} variable.
 */
@Component("ihanoiTaskDisplay")
public class NoticeTaskDisplay implements TaskListener {
  private final IhanoiWorkflowService workflow;
  private final NoticeFormData display;

  public NoticeTaskDisplay(IhanoiWorkflowService workflow, NoticeFormData display) {
    this.workflow = workflow;
    this.display = display;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.taskOpened(task.getProcessInstanceId(), task.getTaskDefinitionKey());
    FormDisplay.show(task, display.forTask(workflow.boundTo(task.getProcessInstanceId()).id()));
  }
}
