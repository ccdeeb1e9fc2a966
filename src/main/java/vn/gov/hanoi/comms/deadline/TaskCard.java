package vn.gov.hanoi.comms.deadline;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.AsProduct;

/**
 * On task creation: what an official reads in the task list (Tasklist's card): the task's name
 * carries the step and the article's or notice's title, and task-local card variables the unit, the
 * round and the deadline (the default filters show them, worklist.TasklistFilters). The due date
 * itself was set from the deadline table. The requesting unit may read (never work) its request's
 * steps, so that its list shows where each request stands.
 */
@Component("taskCard")
public class TaskCard implements TaskListener {
  public static final String UNIT = "cardUnit";
  public static final String ROUND = "cardRound";
  public static final String DEADLINE = "cardDeadline";
  public static final String NOTICE = "cardNotice";
  static final int MAX_NAME = 250;

  private final DeadlineService deadlines;
  private final AuthorizationService authorizations;

  public TaskCard(DeadlineService deadlines, AuthorizationService authorizations) {
    this.deadlines = deadlines;
    this.authorizations = authorizations;
  }

  /** "Thẩm định · <title>", cut to what Camunda stores. */
  static String name(String step, String title) {
    String name = step + " · " + title;
    return name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
  }

  @Override
  public void notify(DelegateTask task) {
    StepDeadlineRecord d =
        deadlines.linkTask(
            task.getProcessInstanceId(),
            task.getTaskDefinitionKey(),
            task.getExecution().getActivityInstanceId(),
            task.getId());
    StepSubject s =
        deadlines.subject(
            task.getProcessDefinitionId().split(":")[0],
            task.getProcessInstanceId(),
            task.getTaskDefinitionKey());
    task.setName(name(d.stepName(), d.title()));
    Map<String, Object> card = deadlines.card(d);
    if (s.notice() != null) {
      card.put(NOTICE, s.notice());
    }
    task.setVariablesLocal(card);
    if (s.followerGroup() != null && !s.followerGroup().equals(d.holderGroup())) {
      // Read-only: the follower sees the step and its card; the engine guard and Camunda refuse it
      // the work (T-3).
      AsProduct.run(
          () -> {
            Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(s.followerGroup());
            a.setResource(Resources.TASK);
            a.setResourceId(task.getId());
            a.addPermission(Permissions.READ);
            a.addPermission(TaskPermissions.READ_VARIABLE);
            authorizations.saveAuthorization(a);
          });
    }
  }
}
