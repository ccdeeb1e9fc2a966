package vn.gov.hanoi.comms.deadline;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On task creation: what an official reads in the task list (Tasklist's card): the task's name carries the step
 * and the article's or notice's title, and task-local card variables the unit, the round and the deadline
 * (the default filters show them, worklist.TasklistFilters). The due date itself was set from the deadline table.
 */
@Component("taskCard")
public class TaskCard implements TaskListener {
  public static final String UNIT = "cardUnit";
  public static final String ROUND = "cardRound";
  public static final String DEADLINE = "cardDeadline";
  static final int MAX_NAME = 250;

  private final DeadlineService deadlines;

  public TaskCard(DeadlineService deadlines) {
    this.deadlines = deadlines;
  }

  /** "Thẩm định · <title>", cut to what Camunda stores. */
  static String name(String step, String title) {
    String name = step + " · " + title;
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
  }

  @Override
  public void notify(DelegateTask task) {
    StepDeadlineRecord d = deadlines.linkTask(task.getProcessInstanceId(), task.getTaskDefinitionKey(),
        task.getExecution().getActivityInstanceId(), task.getId());
    task.setName(name(d.stepName(), d.title()));
    task.setVariablesLocal(deadlines.card(d));
  }
}
