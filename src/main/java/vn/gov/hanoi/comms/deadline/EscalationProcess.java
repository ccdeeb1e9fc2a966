package vn.gov.hanoi.comms.deadline;

import vn.gov.hanoi.comms.common.ProcessVariable;

/** The names of bpmn/step-escalation.bpmn that Java relies on (D-2). */
public final class EscalationProcess {
  public static final String KEY = "step-escalation";

  /** Correlated by business key when the overdue step is done: the follow-up ends by itself. */
  public static final String STEP_DONE_MESSAGE = "OverdueStepDone";

  public static final String FOLLOW_UP_TASK = "Task_FollowUpOverdue";
  public static final String DEADLINE_ID = "deadlineId";
  public static final String ESCALATION_GROUP = "escalationGroup";
  public static final String FOLLOW_UP_NOTE = "followUpNote";

  /** The supervisor's note on completing the follow-up; optional. */
  public static final ProcessVariable<String> FOLLOW_UP_NOTE_VARIABLE =
      ProcessVariable.string(FOLLOW_UP_NOTE);

  private static final String BUSINESS_KEY_PREFIX = "DEADLINE-";

  private EscalationProcess() {}

  public static String businessKey(long deadlineId) {
    return BUSINESS_KEY_PREFIX + deadlineId;
  }

  /**
   * The step deadline a follow-up works on, from its business key (set by the product when it
   * started, T-2).
   */
  public static long deadlineIdOf(String businessKey) {
    if (businessKey == null || !businessKey.startsWith(BUSINESS_KEY_PREFIX)) {
      throw new IllegalStateException("Not a follow-up of a step deadline: " + businessKey);
    }
    return Long.parseLong(businessKey.substring(BUSINESS_KEY_PREFIX.length()));
  }
}
