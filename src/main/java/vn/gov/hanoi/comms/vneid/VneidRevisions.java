package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.ProcessVariable;
import vn.gov.hanoi.comms.common.ProcessVariables;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.vneid.VneidProcess.RevisionOutcome;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;

/**
 * A revision entered in Tasklist's form (forms/vneid-revise.html, V-STEP-4): the text, the window,
 * a new featured image, the kept and the new attachments; blank fields keep the previous round's
 * values. Validated exactly like a submission; a refusal names the form's field and keeps the task
 * open.
 */
@Service
public class VneidRevisions {
  /**
   * The variables the revise form sends besides the unit's choice and note: removed from the
   * process once the round is stored (process variables hold ids and small values only).
   */
  public static final List<String> FORM_CONTENT =
      List.of(
          Vars.REVISED_TITLE,
          Vars.REVISED_SUMMARY,
          Vars.REVISED_BODY_HTML,
          Vars.REVISED_PUBLISH_FROM,
          Vars.REVISED_PUBLISH_UNTIL,
          Vars.REVISED_FEATURED_IMAGE,
          Vars.KEPT_ATTACHMENT_IDS,
          "attachment1",
          "attachment2",
          "attachment3");

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
   * A revision read from the form: the new round's content with its new files, and the previous
   * round's attachments it keeps.
   */
  private record Revision(VneidSubmission submission, List<Long> keptAttachments) {}

  /**
   * Checks a completion of the revise step before it is taken (T-3): the unit chooses to resubmit
   * or to withdraw; a resubmission from the form must be a valid request once its fields are
   * applied.
   */
  public void check(VneidRequestRecord request, Map<String, Object> vars) {
    Map<String, Object> plain = ProcessVariables.plain(vars);
    if (outcome(plain) == RevisionOutcome.RESUBMIT && !storedByApi(request)) {
      revised(request, plain);
    }
  }

  /**
   * Records the unit's choice and, for a revision entered in Tasklist's form, stores the revised
   * round: the new image or the previous one, the kept attachments and the new ones.
   */
  @Transactional
  public void recordFromForm(String processInstanceId, Map<String, Object> vars, CurrentUser by) {
    VneidRequestRecord request = workflow.boundTo(processInstanceId);
    Map<String, Object> plain = ProcessVariables.plain(vars);
    RevisionOutcome outcome = outcome(plain);
    Revision revision =
        outcome == RevisionOutcome.RESUBMIT && !storedByApi(request)
            ? revised(request, plain)
            : null;
    workflow.recordRevisionChoice(processInstanceId, outcome, text(plain, Vars.REVISION_NOTE), by);
    if (revision != null) {
      RoundRecord last = repository.round(request.id(), request.currentRound());
      int round = request.currentRound() + 1;
      requests.storeRound(
          request.id(),
          round,
          revision.submission(),
          last.featuredImageId(),
          text(plain, Vars.REVISION_NOTE),
          by.userId());
      for (long kept : revision.keptAttachments()) {
        repository.insertAttachment(request.id(), round, kept);
      }
    }
  }

  private static RevisionOutcome outcome(Map<String, Object> vars) {
    return ProcessVariable.named(RevisionOutcome.class, vars.get(Vars.REVISION_OUTCOME))
        .orElseThrow(
            () ->
                new DecisionRefusedException(
                    List.of(
                        new FieldError(
                            Vars.REVISION_OUTCOME,
                            "Chọn gửi lại bản đã chỉnh sửa hoặc rút đề nghị"))));
  }

  /** The product API stores the revised round before it completes the step. */
  private boolean storedByApi(VneidRequestRecord request) {
    return repository.latestRoundNo(request.id()) > request.currentRound();
  }

  /**
   * The previous round with the form's fields applied (blank fields keep their values), validated
   * like a submission; every error names the form's field.
   */
  private Revision revised(VneidRequestRecord request, Map<String, Object> vars) {
    RoundRecord last = repository.round(request.id(), request.currentRound());
    List<FieldError> errors = new ArrayList<>();
    for (String name : FORM_CONTENT) {
      if (vars.get(name) instanceof String s && s.length() > VariableSubmission.MAX_VARIABLE_TEXT) {
        errors.add(
            new FieldError(
                name,
                "Quá "
                    + VariableSubmission.MAX_VARIABLE_TEXT
                    + " ký tự: gửi bài dài qua PUT /api/vneid/requests/"
                    + request.id()));
      }
    }
    ArticleDraft previous = DraftMapper.toDraft(request, last);
    ArticleDraft revised =
        new ArticleDraft(
            previous.unitCode(),
            orElse(text(vars, Vars.REVISED_TITLE), previous.title()),
            orElse(text(vars, Vars.REVISED_SUMMARY), previous.summary()),
            orElse(text(vars, Vars.REVISED_BODY_HTML), previous.bodyHtml()),
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
    Upload image = newImage(vars.get(Vars.REVISED_FEATURED_IMAGE), errors);
    // The new files in slot order, with the slot each came from (to name it in an error).
    List<Upload> added = VariableSubmission.attachments(vars, errors);
    List<String> slots = new ArrayList<>();
    for (int i = 1; i <= VariableSubmission.FORM_ATTACHMENTS; i++) {
      if (vars.get("attachment" + i) instanceof Upload u && added.contains(u)) {
        slots.add("attachment" + i);
      }
    }
    List<Long> kept =
        kept(request.id(), last.roundNo(), vars.get(Vars.KEPT_ATTACHMENT_IDS), errors);
    if (kept.size() + added.size() > SubmissionValidator.MAX_ATTACHMENTS) {
      errors.add(
          new FieldError(
              Vars.KEPT_ATTACHMENT_IDS,
              "Tối đa " + SubmissionValidator.MAX_ATTACHMENTS + " tệp đính kèm; bỏ bớt tệp cũ"));
    }
    VneidSubmission submission = new VneidSubmission(revised, image, added);
    for (FieldError e : validator.validate(submission, false)) {
      errors.add(new FieldError(formField(e.field(), slots), e.message()));
    }
    if (!errors.isEmpty()) {
      throw new DecisionRefusedException(errors);
    }
    return new Revision(submission, kept);
  }

  /** A replaced image; null when the file input was left untouched (no name, no content). */
  private static Upload newImage(Object value, List<FieldError> errors) {
    if (value instanceof Upload u) {
      return u.isEmpty() && (u.fileName() == null || u.fileName().isBlank()) ? null : u;
    }
    if (value != null) {
      errors.add(
          new FieldError(
              Vars.REVISED_FEATURED_IMAGE, "Phải là biến kiểu File (ảnh JPEG, PNG hoặc WebP)"));
    }
    return null;
  }

  /**
   * The previous round's attachments to keep: all of them when the field is absent, those listed
   * otherwise; an id that is not an attachment of that round is refused.
   */
  private List<Long> kept(long requestId, int round, Object value, List<FieldError> errors) {
    List<Long> previous = repository.attachmentIds(requestId, round);
    if (value == null) {
      return previous;
    }
    List<Long> kept = new ArrayList<>();
    for (String part : value.toString().split(",")) {
      String id = part.strip();
      if (id.isEmpty()) {
        continue;
      }
      Long fileId = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
      if (fileId == null || !previous.contains(fileId)) {
        errors.add(
            new FieldError(
                Vars.KEPT_ATTACHMENT_IDS,
                "Tệp \"" + id + "\" không phải tệp đính kèm của vòng " + round));
      } else if (!kept.contains(fileId)) {
        kept.add(fileId);
      }
    }
    return kept;
  }

  /** The validator's field names as the revise form names them. */
  private static String formField(String field, List<String> slots) {
    return switch (field) {
      case "featuredImage" -> Vars.REVISED_FEATURED_IMAGE;
      case "title" -> Vars.REVISED_TITLE;
      case "summary" -> Vars.REVISED_SUMMARY;
      case "bodyHtml" -> Vars.REVISED_BODY_HTML;
      case "publishFrom" -> Vars.REVISED_PUBLISH_FROM;
      case "publishUntil" -> Vars.REVISED_PUBLISH_UNTIL;
      default -> {
        if (field.startsWith("attachments[")) {
          int i = Integer.parseInt(field.replaceAll("\\D", ""));
          yield i < slots.size() ? slots.get(i) : field;
        }
        yield field;
      }
    };
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
