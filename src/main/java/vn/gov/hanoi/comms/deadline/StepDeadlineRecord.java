package vn.gov.hanoi.comms.deadline;

import java.time.Instant;

/**
 * A step's deadline as fixed when it opened, with its reminder, escalation and completion (D-1,
 * D-2).
 */
public record StepDeadlineRecord(
    long id,
    String processInstanceId,
    String activityInstanceId,
    String taskId,
    String flow,
    long subjectId,
    int round,
    String step,
    String stepName,
    String title,
    String unitCode,
    String holderGroup,
    String holderName,
    int workingDays,
    Instant startedAt,
    Instant remindAt,
    Instant dueAt,
    String escalationGroup,
    String escalationName,
    Instant remindedAt,
    Instant escalatedAt,
    Instant doneAt) {

  /** Late: done after its deadline, or still open after it at {@code now}. */
  public boolean overdueAt(Instant now) {
    return doneAt != null ? doneAt.isAfter(dueAt) : now.isAfter(dueAt);
  }
}
