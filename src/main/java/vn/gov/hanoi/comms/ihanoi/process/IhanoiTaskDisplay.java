package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.ihanoi.IhanoiFormData;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * On task creation: sets the notice's status for the step and puts what the form shows (the notice,
 * and the earlier notice when stopped as a duplicate, what was said so far) into the task-local
 * {@code display} variable; an editor's task starts from the current title and body.
 */
@Component("ihanoiTaskDisplay")
public class IhanoiTaskDisplay implements TaskListener {
  private final IhanoiWorkflowService workflow;
  private final IhanoiFormData display;

  public IhanoiTaskDisplay(IhanoiWorkflowService workflow, IhanoiFormData display) {
    this.workflow = workflow;
    this.display = display;
  }

  @Override
  public void notify(DelegateTask task) {
    workflow.taskOpened(task.getProcessInstanceId(), task.getTaskDefinitionKey());
    FormDisplay.show(task, display.forTask(workflow.boundTo(task.getProcessInstanceId()).id()));
    if (Tasks.EDIT.equals(task.getTaskDefinitionKey())
        || Tasks.RESOLVE_DUPLICATE.equals(task.getTaskDefinitionKey())) {
      // On the task's own execution, not the task: Tasklist's submission sets the execution's
      // variables, which a task-local copy would hide from the decision recorder.
      workflow
          .editableTexts(task.getProcessInstanceId())
          .forEach((name, value) -> task.getExecution().setVariableLocal(name, value));
    }
  }
}
