package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import vn.gov.hanoi.comms.deadline.EscalationProcess;
import vn.gov.hanoi.comms.deadline.StepDeadlineRecord;
import vn.gov.hanoi.comms.deadline.StepDeadlineRepository;

/**
 * Fires a review step's reminder and overdue timers (as the job executor would at their time) and
 * checks what the models promise (D-2): the timers are due when the step's deadline record says,
 * the task stays with its holder, the reminder and the escalation are recorded, and a follow-up
 * task exists exactly when an authority is named.
 */
public final class DeadlineTimers {
  private DeadlineTimers() {}

  /**
   * {@code branch}: the prefix of the step's boundary timers ("Appraisal" for
   * Timer_AppraisalReminder).
   */
  public static StepDeadlineRecord fire(
      ManagementService jobs,
      TaskService tasks,
      StepDeadlineRepository deadlines,
      Task task,
      String branch,
      String escalatedTo,
      Runnable runDueJobs) {
    StepDeadlineRecord d = deadlines.byTask(task.getId()).orElseThrow();
    assertThat(task.getDueDate().toInstant())
        .as("the task's due date is its deadline")
        .isEqualTo(d.dueAt());
    var reminder =
        jobs.createJobQuery()
            .processInstanceId(task.getProcessInstanceId())
            .activityId("Timer_" + branch + "Reminder")
            .singleResult();
    var overdue =
        jobs.createJobQuery()
            .processInstanceId(task.getProcessInstanceId())
            .activityId("Timer_" + branch + "Overdue")
            .singleResult();
    assertThat(reminder.getDuedate().toInstant()).isEqualTo(d.remindAt()).isBefore(d.dueAt());
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(d.dueAt());
    jobs.executeJob(reminder.getId());
    runDueJobs.run();
    jobs.executeJob(overdue.getId());
    runDueJobs.run();
    assertThat(tasks.createTaskQuery().taskId(task.getId()).count())
        .as("the task stays with its holder")
        .isEqualTo(1);
    StepDeadlineRecord after = deadlines.byTask(task.getId()).orElseThrow();
    assertThat(after.remindedAt()).isNotNull();
    assertThat(after.escalatedAt()).isNotNull();
    assertThat(after.escalationGroup()).isEqualTo(escalatedTo);
    Task followUp = followUp(tasks, after);
    if (escalatedTo == null) {
      assertThat(followUp).isNull();
    } else {
      assertThat(tasks.getIdentityLinksForTask(followUp.getId()))
          .anyMatch(l -> escalatedTo.equals(l.getGroupId()));
    }
    return after;
  }

  /** The supervising authority's open follow-up of a late step, or null. */
  public static Task followUp(TaskService tasks, StepDeadlineRecord d) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(EscalationProcess.businessKey(d.id()))
        .singleResult();
  }
}
