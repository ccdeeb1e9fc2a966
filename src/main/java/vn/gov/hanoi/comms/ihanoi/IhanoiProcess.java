package vn.gov.hanoi.comms.ihanoi;

/**
 * The names of the iHanoi models that Java relies on: process keys, element ids, variable names.
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

    /** Why blocked personal data may go out all the same (vneid.PersonalDataOverride). */
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

    private Vars() {}
  }

  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
  public static final String OVERRIDE_DUPLICATE = "OVERRIDE_DUPLICATE";
  public static final String REVISE = "REVISE";
  public static final String WITHDRAW = "WITHDRAW";

  /** The editor holds that the notice differs and asks an approver to override (I-DEDUP-4). */
  public static final String ASK_OVERRIDE = "ASK_OVERRIDE";

  /**
   * The two duplicate checks: the stage is the extension property {@code stage} of each check task.
   */
  public static final String BEFORE_APPROVAL = "BEFORE_APPROVAL";

  public static final String BEFORE_SEND = "BEFORE_SEND";
}
