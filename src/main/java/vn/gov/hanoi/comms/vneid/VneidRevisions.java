package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Html;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;

/**
 * A revision entered in Tasklist's form (V-STEP-4): blank fields keep the previous round's values.
 * Validated exactly like a submission; a refusal keeps the task open with the reasons.
 */
@Service
public class VneidRevisions {
  private final VneidRequestRepository repository;
  private final VneidRequestService requests;
  private final SubmissionValidator validator;
  private final VneidWorkflowService workflow;

  public VneidRevisions(
      VneidRequestRepository repository,
      VneidRequestService requests,
      SubmissionValidator validator,
      VneidWorkflowService workflow) {
    this.workflow = workflow;
    this.repository = repository;
    this.requests = requests;
    this.validator = validator;
  }

  /**
   * Checks a completion of the revise step before it is taken (T-3): the unit chooses to resubmit
   * or to withdraw; a resubmission from the form must be a valid request once its fields are
   * applied.
   */
  public void check(VneidRequestRecord request, Map<String, Object> vars) {
    String outcome = outcome(vars);
    if (VneidProcess.RESUBMIT.equals(outcome) && !storedByApi(request)) {
      revised(request, vars);
    }
  }

  /**
   * Records the unit's choice and, for a revision entered in Tasklist's form, stores the revised
   * round.
   */
  @Transactional
  public void recordFromForm(String processInstanceId, Map<String, Object> vars, CurrentUser by) {
    VneidRequestRecord request = workflow.boundTo(processInstanceId);
    String outcome = outcome(vars);
    VneidSubmission submission =
        VneidProcess.RESUBMIT.equals(outcome) && !storedByApi(request)
            ? revised(request, vars)
            : null;
    workflow.recordRevisionChoice(processInstanceId, outcome, text(vars, Vars.REVISION_NOTE), by);
    if (submission != null) {
      RoundRecord last = repository.round(request.id(), request.currentRound());
      requests.storeRound(
          request.id(),
          request.currentRound() + 1,
          submission,
          last.featuredImageId(),
          text(vars, Vars.REVISION_NOTE),
          by.userId());
    }
  }

  private static String outcome(Map<String, Object> vars) {
    Object outcome = vars.get(Vars.REVISION_OUTCOME);
    if (!VneidProcess.RESUBMIT.equals(outcome) && !VneidProcess.WITHDRAW.equals(outcome)) {
      throw new DecisionRefusedException(
          List.of(
              new FieldError(
                  Vars.REVISION_OUTCOME, "Chọn gửi lại bản đã chỉnh sửa hoặc rút đề nghị")));
    }
    return (String) outcome;
  }

  /** The product API stores the revised round before it completes the step. */
  private boolean storedByApi(VneidRequestRecord request) {
    return repository.latestRoundNo(request.id()) > request.currentRound();
  }

  /**
   * The previous round with the form's fields applied (blank fields keep their values), validated.
   */
  private VneidSubmission revised(VneidRequestRecord request, Map<String, Object> vars) {
    RoundRecord last = repository.round(request.id(), request.currentRound());
    List<FieldError> errors = new ArrayList<>();
    ArticleDraft previous = DraftMapper.toDraft(request, last);
    String body = text(vars, Vars.REVISED_BODY_TEXT);
    ArticleDraft revised =
        new ArticleDraft(
            previous.unitCode(),
            orElse(text(vars, Vars.REVISED_TITLE), previous.title()),
            orElse(text(vars, Vars.REVISED_SUMMARY), previous.summary()),
            body == null ? previous.bodyHtml() : paragraphs(body),
            previous.category(),
            previous.scope(),
            previous.targetAreaCodes(),
            previous.ageMin(),
            previous.ageMax(),
            previous.gender(),
            instant(vars, Vars.REVISED_PUBLISH_FROM, previous.publishFrom(), errors),
            instant(vars, Vars.REVISED_PUBLISH_UNTIL, previous.publishUntil(), errors),
            previous.justification(),
            previous.reviewerNotes(),
            previous.letterNumber(),
            previous.letterDate());
    VneidSubmission submission = new VneidSubmission(revised, null, List.of());
    errors.addAll(validator.validate(submission, false));
    if (!errors.isEmpty()) {
      throw new DecisionRefusedException(errors);
    }
    return submission;
  }

  /**
   * Plain text typed in the form becomes paragraphs; anything HTML-like is escaped, not
   * interpreted.
   */
  static String paragraphs(String text) {
    StringBuilder html = new StringBuilder();
    for (String p : text.split("\\R\\s*\\R")) {
      if (!p.isBlank()) {
        html.append("<p>").append(Html.escape(p.strip()).replaceAll("\\R", "<br>")).append("</p>");
      }
    }
    return html.toString();
  }

  private static String text(Map<String, Object> vars, String name) {
    Object v = vars.get(name);
    return v instanceof String s && !s.isBlank() ? s : null;
  }

  private static String orElse(String v, String fallback) {
    return v != null ? v : fallback;
  }

  private static Instant instant(
      Map<String, Object> vars, String name, Instant fallback, List<FieldError> errors) {
    Instant typed = HanoiTime.parse(vars.get(name), name, errors);
    return typed != null ? typed : fallback;
  }
}
