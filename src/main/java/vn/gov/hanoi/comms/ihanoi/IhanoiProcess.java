package vn.gov.hanoi.comms.ihanoi;

import vn.gov.hanoi.comms.common.ProcessVariable;

/**
 * The names of the iHanoi models that Java relies on: process keys, element ids, variable names and
 * the typed variables ({@link Variables}).
 */
public final class IhanoiProcess {
  public static final String KEY = "ihanoi-notice";
  public static final String CADENCE_CHECK_KEY = "ihanoi-cadence-check";
  public static final String CADENCE_REMINDER_KEY = "ihanoi-cadence-reminder";
  public static final String WITHDRAW_MESSAGE = "IhanoiNoticeWithdrawn";

  /**
   * Correlated with the issuing body's code as business key: a sent notice ends its reminder
   * (I-CADENCE-1).
   */
  public static final String NOTICE_SENT_MESSAGE = "IhanoiNoticeSent";

  public static final String BUSINESS_KEY_PREFIX = "IHANOI-";

  private IhanoiProcess() {}

  public static String businessKey(long noticeId) {
    return BUSINESS_KEY_PREFIX + noticeId;
  }

  /** User task definition keys (stable). */
  public static final class Tasks {
    public static final String EDIT = "Task_EditNotice";
    public static final String RESOLVE_DUPLICATE = "Task_ResolveDuplicate";
    public static final String APPROVE = "Task_ApproveNotice";
    public static final String SEND_OVERDUE = "Task_SendOverdueNotice";

    private Tasks() {}
  }

  /** Process variable names (stable for the decision variables). */
  public static final class Vars {
    public static final String NOTICE_ID = "noticeId";
    public static final String LEVEL = "level";
    public static final String EDITOR_GROUP = "editorGroup";
    public static final String APPROVER_GROUP = "approverGroup";

    /**
     * Whether the notice is checked against higher levels: district and commune only (I-DEDUP-1/2).
     */
    public static final String CHECK_DUPLICATES = "checkDuplicates";

    public static final String DUPLICATE_FOUND = "duplicateFound";

    public static final String EDITED_TITLE = "editedTitle";
    public static final String EDITED_BODY = "editedBody";
    public static final String RESOLUTION = "resolution";
    public static final String RESOLUTION_NOTE = "resolutionNote";
    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_REASONS = "approvalReasons";

    /** Why blocked personal data may go out all the same (prechecks.PersonalDataOverride). */
    public static final String PERSONAL_DATA_OVERRIDE_REASON = "personalDataOverrideReason";

    /** Start form fields (Tasklist): the notice is validated and stored by Task_RegisterNotice. */
    public static final String FORM_ORGANISATION = "organisationCode";

    public static final String FORM_TITLE = "title";
    public static final String FORM_BODY = "body";
    public static final String FORM_TOPIC = "topic";
    public static final String FORM_URGENCY = "urgency";

    /** "Hiệu lực đến": Hanoi time from the form's picker, or ISO-8601 with an offset. */
    public static final String FORM_VALID_UNTIL = "validUntil";

    /** The edit form's validity, prefilled with the current one; blank means no end (I-FORM-1). */
    public static final String EDITED_VALID_UNTIL = "editedValidUntil";

    public static final String BODY_CODE = "bodyCode";
    public static final String REMINDER_GROUP = "reminderGroup";
    public static final String REMINDED_COUNT = "remindedCount";

    private Vars() {}
  }

  /**
   * The variables of {@link Vars} the delegates and listeners read or write, typed. What a person
   * enters is read as text: the decision checks refuse a wrong value with the reason shown.
   */
  public static final class Variables {
    public static final ProcessVariable<Long> NOTICE_ID = ProcessVariable.longValue(Vars.NOTICE_ID);
    public static final ProcessVariable<String> LEVEL = ProcessVariable.string(Vars.LEVEL);
    public static final ProcessVariable<String> EDITOR_GROUP =
        ProcessVariable.string(Vars.EDITOR_GROUP);
    public static final ProcessVariable<String> APPROVER_GROUP =
        ProcessVariable.string(Vars.APPROVER_GROUP);
    public static final ProcessVariable<Boolean> CHECK_DUPLICATES =
        ProcessVariable.bool(Vars.CHECK_DUPLICATES);
    public static final ProcessVariable<Boolean> DUPLICATE_FOUND =
        ProcessVariable.bool(Vars.DUPLICATE_FOUND);
    public static final ProcessVariable<String> EDITED_TITLE =
        ProcessVariable.text(Vars.EDITED_TITLE);
    public static final ProcessVariable<String> EDITED_BODY =
        ProcessVariable.text(Vars.EDITED_BODY);
    public static final ProcessVariable<String> RESOLUTION = ProcessVariable.text(Vars.RESOLUTION);
    public static final ProcessVariable<String> RESOLUTION_NOTE =
        ProcessVariable.text(Vars.RESOLUTION_NOTE);
    public static final ProcessVariable<String> APPROVAL_OUTCOME =
        ProcessVariable.text(Vars.APPROVAL_OUTCOME);
    public static final ProcessVariable<String> APPROVAL_REASONS =
        ProcessVariable.text(Vars.APPROVAL_REASONS);
    public static final ProcessVariable<String> PERSONAL_DATA_OVERRIDE_REASON =
        ProcessVariable.text(Vars.PERSONAL_DATA_OVERRIDE_REASON);
    public static final ProcessVariable<String> BODY_CODE = ProcessVariable.text(Vars.BODY_CODE);

    /** How many issuing bodies the cadence check reminded. */
    public static final ProcessVariable<Integer> REMINDED_COUNT =
        ProcessVariable.integer(Vars.REMINDED_COUNT);

    private Variables() {}
  }

  /** The approver's decision (approvalOutcome), stored as its name. */
  public enum ApprovalOutcome {
    APPROVE,
    RETURN,
    /** Sends a notice stopped as a duplicate all the same, with a written reason (I-DEDUP-4). */
    OVERRIDE_DUPLICATE
  }

  /** The editor's answer to a duplicate (resolution), stored as its name. */
  public enum Resolution {
    REVISE,
    WITHDRAW,
    /** The editor holds that the notice differs and asks an approver to override (I-DEDUP-4). */
    ASK_OVERRIDE
  }

  // The stored values, for the decision records and the models' expressions.
  public static final String APPROVE = ApprovalOutcome.APPROVE.name();
  public static final String RETURN = ApprovalOutcome.RETURN.name();
  public static final String OVERRIDE_DUPLICATE = ApprovalOutcome.OVERRIDE_DUPLICATE.name();
  public static final String REVISE = Resolution.REVISE.name();
  public static final String WITHDRAW = Resolution.WITHDRAW.name();
  public static final String ASK_OVERRIDE = Resolution.ASK_OVERRIDE.name();

  /**
   * The two duplicate checks: the stage is the extension property {@code stage} of each check task.
   */
  public static final String BEFORE_APPROVAL = "BEFORE_APPROVAL";

  public static final String BEFORE_SEND = "BEFORE_SEND";
}
