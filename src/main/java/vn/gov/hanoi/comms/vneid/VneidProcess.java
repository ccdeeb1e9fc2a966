package vn.gov.hanoi.comms.vneid;

/**
 * The names of the VNeID models that Java relies on, in one place: process keys, element ids and
 * variable names. Other systems may rely on the user task keys and decision variables too (README).
 */
public final class VneidProcess {
  public static final String KEY = "vneid-request";
  public static final String NOTIFY_KEY = "vneid-notify-unit";
  public static final String WITHDRAW_MESSAGE = "VneidRequestWithdrawn";
  public static final String BUSINESS_KEY_PREFIX = "VNEID-";

  private VneidProcess() {}

  public static String businessKey(long requestId) {
    return BUSINESS_KEY_PREFIX + requestId;
  }

  /** User task definition keys (stable). */
  public static final class Tasks {
    public static final String APPRAISE = "Task_Appraise";
    public static final String APPROVE = "Task_Approve";
    public static final String ENDORSE_NATIONAL = "Task_EndorseNational";
    public static final String APPROVE_NATIONAL = "Task_ApproveNational";
    public static final String REVISE = "Task_Revise";

    private Tasks() {}
  }

  /** Process variable names (stable for the decision variables). */
  public static final class Vars {
    public static final String REQUEST_ID = "requestId";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String APPRAISER_GROUP = "appraiserGroup";
    public static final String APPROVER_GROUP = "approverGroup";
    public static final String SCOPE = "scope";
    public static final String ROUND = "round";
    public static final String PUBLISH_FROM = "publishFrom";
    public static final String PUBLISH_UNTIL = "publishUntil";
    public static final String CLASSIFIED_MARKING = "classifiedMarking";
    public static final String WINDOW_OPEN = "windowOpen";
    public static final String NOTICE_KIND = "noticeKind";

    public static final String APPRAISAL_OUTCOME = "appraisalOutcome";
    public static final String APPRAISAL_REASONS = "appraisalReasons";
    public static final String CLASSIFIED_OVERRIDE = "classifiedOverride";

    /**
     * The written reason that lets blocked personal data through appraisal (PersonalDataOverride).
     */
    public static final String PERSONAL_DATA_OVERRIDE_REASON = PersonalDataOverride.FIELD;

    public static final String APPROVAL_OUTCOME = "approvalOutcome";
    public static final String APPROVAL_REASONS = "approvalReasons";
    public static final String REVISION_OUTCOME = "revisionOutcome";
    public static final String REVISION_NOTE = "revisionNote";

    /**
     * Set by the API when it has already stored the revised round, so the task listener does not.
     */
    public static final String REVISION_ROUND = "revisionRound";

    public static final String REVISED_TITLE = "revisedTitle";
    public static final String REVISED_SUMMARY = "revisedSummary";

    /** The body as edited in the revise form's rich-text editor; sanitised when stored. */
    public static final String REVISED_BODY_HTML = "revisedBodyHtml";

    /** A File variable: the new featured image; absent or empty keeps the previous one. */
    public static final String REVISED_FEATURED_IMAGE = "revisedFeaturedImage";

    /**
     * Comma-separated ids of the previous round's attachments the new round keeps; absent keeps
     * them all. New files come in the File variables attachment1..attachment3.
     */
    public static final String KEPT_ATTACHMENT_IDS = "keptAttachmentIds";

    public static final String REVISED_PUBLISH_FROM = "revisedPublishFrom";
    public static final String REVISED_PUBLISH_UNTIL = "revisedPublishUntil";

    private Vars() {}
  }

  public static final String PASS = "PASS";
  public static final String RETURN = "RETURN";
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String RESUBMIT = "RESUBMIT";
  public static final String WITHDRAW = "WITHDRAW";
}
