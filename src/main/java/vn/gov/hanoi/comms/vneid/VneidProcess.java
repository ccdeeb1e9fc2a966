package vn.gov.hanoi.comms.vneid;

import java.util.Date;
import vn.gov.hanoi.comms.common.ProcessVariable;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.vneid.letter.LetterKind;

/**
 * The names of the VNeID models that Java relies on, in one place: process keys, element ids,
 * variable names and the typed variables ({@link Variables}). Other systems may rely on the user
 * task keys and decision variables too (README).
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

    /** The kind of letter to issue; the variable keeps its stored name. */
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

  /** The variables of {@link Vars} the delegates and listeners read or write, typed. */
  public static final class Variables {
    public static final ProcessVariable<Long> REQUEST_ID =
        ProcessVariable.longValue(Vars.REQUEST_ID);
    public static final ProcessVariable<Integer> ROUND = ProcessVariable.integer(Vars.ROUND);
    public static final ProcessVariable<String> SCOPE = ProcessVariable.string(Vars.SCOPE);
    public static final ProcessVariable<String> UNIT_GROUP =
        ProcessVariable.string(Vars.UNIT_GROUP);
    public static final ProcessVariable<String> APPRAISER_GROUP =
        ProcessVariable.string(Vars.APPRAISER_GROUP);
    public static final ProcessVariable<String> APPROVER_GROUP =
        ProcessVariable.string(Vars.APPROVER_GROUP);
    public static final ProcessVariable<Date> PUBLISH_FROM =
        ProcessVariable.date(Vars.PUBLISH_FROM);
    public static final ProcessVariable<Date> PUBLISH_UNTIL =
        ProcessVariable.date(Vars.PUBLISH_UNTIL);
    public static final ProcessVariable<Boolean> CLASSIFIED_MARKING =
        ProcessVariable.bool(Vars.CLASSIFIED_MARKING);
    public static final ProcessVariable<Boolean> WINDOW_OPEN =
        ProcessVariable.bool(Vars.WINDOW_OPEN);

    /** Set by vneid-request's call activity (RETURN, REJECT or LAPSED). */
    public static final ProcessVariable<LetterKind> NOTICE_KIND =
        ProcessVariable.enumValue(Vars.NOTICE_KIND, LetterKind.class);

    /**
     * What a person decides is read as text: the decision checks refuse an unknown outcome with the
     * reason shown on the task, so it is not parsed here.
     */
    public static final ProcessVariable<String> APPRAISAL_OUTCOME =
        ProcessVariable.text(Vars.APPRAISAL_OUTCOME);

    public static final ProcessVariable<String> APPRAISAL_REASONS =
        ProcessVariable.text(Vars.APPRAISAL_REASONS);
    public static final ProcessVariable<String> APPROVAL_OUTCOME =
        ProcessVariable.text(Vars.APPROVAL_OUTCOME);
    public static final ProcessVariable<String> APPROVAL_REASONS =
        ProcessVariable.text(Vars.APPROVAL_REASONS);
    public static final ProcessVariable<Boolean> CLASSIFIED_OVERRIDE =
        ProcessVariable.flag(Vars.CLASSIFIED_OVERRIDE);
    public static final ProcessVariable<String> PERSONAL_DATA_OVERRIDE_REASON =
        ProcessVariable.text(Vars.PERSONAL_DATA_OVERRIDE_REASON);

    private Variables() {}
  }

  /** The appraiser's decision (appraisalOutcome), stored as its name. */
  public enum AppraisalOutcome {
    PASS,
    RETURN
  }

  /** The approver's decision (approvalOutcome, national steps too), stored as its name. */
  public enum ApprovalOutcome {
    APPROVE,
    REJECT
  }

  /** The unit's choice on a returned request (revisionOutcome), stored as its name. */
  public enum RevisionOutcome {
    RESUBMIT,
    WITHDRAW
  }

  // The stored values, for the decision records and the models' expressions.
  public static final String PASS = AppraisalOutcome.PASS.name();
  public static final String RETURN = AppraisalOutcome.RETURN.name();
  public static final String APPROVE = ApprovalOutcome.APPROVE.name();
  public static final String REJECT = ApprovalOutcome.REJECT.name();
  public static final String RESUBMIT = RevisionOutcome.RESUBMIT.name();
  public static final String WITHDRAW = RevisionOutcome.WITHDRAW.name();
}
