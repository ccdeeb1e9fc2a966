package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;
import vn.gov.hanoi.comms.security.boundary.DoorAudit;

/**
 * What the ihanoi-notice process does at each step. The notice is always the one bound to the
 * running instance when it started (T-2), never one named by a variable; each step checks who may
 * take it and that the notice's recorded decisions allow it (T-1, T-3): nothing is sent without an
 * approval by the body's approvers, by someone other than its author, after its last edit.
 */
@Service
public class IhanoiWorkflowService {
  private final IhanoiNoticeRepository repository;
  private final IhanoiFindingRepository findings;
  private final IhanoiDecisionRepository decisions;
  private final DuplicateService duplicates;
  private final PublicationService publications;
  private final RuntimeService runtimeService;
  private final ProductClock clock;
  private final AuditTrail audit;
  private final DoorAudit doorAudit;
  private final NoticeContentChecks contentChecks;
  private final IhanoiStepChecks stepChecks;

  public IhanoiWorkflowService(
      IhanoiNoticeRepository repository,
      IhanoiFindingRepository findings,
      IhanoiDecisionRepository decisions,
      DuplicateService duplicates,
      PublicationService publications,
      RuntimeService runtimeService,
      ProductClock clock,
      AuditTrail audit,
      DoorAudit doorAudit,
      NoticeContentChecks contentChecks,
      IhanoiStepChecks stepChecks) {
    this.stepChecks = stepChecks;
    this.audit = audit;
    this.contentChecks = contentChecks;
    this.doorAudit = doorAudit;
    this.repository = repository;
    this.findings = findings;
    this.decisions = decisions;
    this.duplicates = duplicates;
    this.publications = publications;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * Who edits and approves, and whether the notice is compared with higher levels (I-LEVEL,
   * I-DEDUP-1/2).
   */
  public record Routing(
      String level, String editorGroup, String approverGroup, boolean checkDuplicates) {}

  /** The notice this process instance works on, as recorded when it started (T-2). */
  public NoticeRecord boundTo(String processInstanceId) {
    return repository
        .findByProcessInstance(processInstanceId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Không có tin iHanoi nào gắn với quy trình " + processInstanceId));
  }

  /**
   * Binds the stored notice to the instance that starts for it; a notice already bound is refused.
   */
  @Transactional
  public Routing registered(long noticeId, String processInstanceId) {
    NoticeRecord n =
        repository
            .find(noticeId)
            .orElseThrow(() -> RefusedException.of("noticeId", "Không có tin iHanoi " + noticeId));
    if (!processInstanceId.equals(n.processInstanceId())
        && !repository.bindProcessInstance(noticeId, processInstanceId)) {
      throw refused(
          "register",
          noticeId,
          RefusedException.forbidden(
              "noticeId", "Tin " + noticeId + " đã có quy trình xử lý; không thể khởi tạo lại"));
    }
    IssuingBody body = body(n);
    return new Routing(
        n.level().name(),
        body.editorGroup(),
        body.approverGroup(),
        n.level().checkedForDuplicates());
  }

  /** The task's status of the notice: editing, approval, or stopped as a duplicate. */
  @Transactional
  public void taskOpened(String processInstanceId, String taskKey) {
    NoticeRecord n = boundTo(processInstanceId);
    requireOpen(n, "open " + taskKey);
    NoticeStatus status =
        switch (taskKey) {
          case Tasks.EDIT -> NoticeStatus.IN_EDITING;
          case Tasks.APPROVE ->
              n.status() == NoticeStatus.STOPPED_DUPLICATE
                  ? NoticeStatus.STOPPED_DUPLICATE
                  : NoticeStatus.IN_APPROVAL;
          default -> NoticeStatus.STOPPED_DUPLICATE;
        };
    repository.updateStatus(n.id(), status);
  }

  /**
   * Checks a completion before it is taken (see {@link IhanoiStepChecks}): the person holds the
   * step, and what they entered is a decision the step accepts.
   */
  public void checkStep(NoticeRecord n, String taskKey, CurrentUser by, StepInput in) {
    stepChecks.checkStep(n, taskKey, by, in);
  }

  /** What a person entered at a step: the texts (edit, revise), the resolution, the approval. */
  public record StepInput(
      String title,
      String body,
      String resolution,
      String note,
      String outcome,
      String reasons,
      String personalDataOverrideReason,
      Object validUntil) {

    /** What the person entered, from a completion's variables (REST body or the task's scope). */
    public static StepInput of(Map<String, ?> variables) {
      return new StepInput(
          IhanoiProcess.Variables.EDITED_TITLE.from(variables),
          IhanoiProcess.Variables.EDITED_BODY.from(variables),
          IhanoiProcess.Variables.RESOLUTION.from(variables),
          IhanoiProcess.Variables.RESOLUTION_NOTE.from(variables),
          IhanoiProcess.Variables.APPROVAL_OUTCOME.from(variables),
          IhanoiProcess.Variables.APPROVAL_REASONS.from(variables),
          IhanoiProcess.Variables.PERSONAL_DATA_OVERRIDE_REASON.from(variables),
          variables.get(IhanoiProcess.Vars.EDITED_VALID_UNTIL));
    }
  }

  /**
   * Records a completed step (P-3) after {@link #checkStep}; an edit or a revision replaces the
   * texts.
   */
  @Transactional
  public void stepCompleted(
      String processInstanceId, String taskKey, CurrentUser by, StepInput in) {
    NoticeRecord n = boundTo(processInstanceId);
    requireOpen(n, taskKey);
    checkStep(n, taskKey, by, in);
    switch (taskKey) {
      case Tasks.EDIT -> {
        applyText(n, in.title(), in.body());
        Instant until = HanoiTime.parse(in.validUntil(), "", new ArrayList<>());
        if (!Objects.equals(until, n.validUntil())) {
          repository.updateValidUntil(n.id(), until);
        }
        decision(n, taskKey, "SUBMITTED", null, by.userId());
      }
      case Tasks.RESOLVE_DUPLICATE -> {
        if (IhanoiProcess.REVISE.equals(in.resolution())) {
          applyText(n, in.title(), in.body());
        }
        decision(n, taskKey, in.resolution(), in.note(), by.userId());
      }
      default -> {
        if (IhanoiProcess.OVERRIDE_DUPLICATE.equals(in.outcome())) {
          findings.recordOverride(n.id(), in.reasons().strip(), by.userId(), clock.now());
        }
        long blocking = contentChecks.blockingPersonalData(n.id());
        String overridden =
            PersonalDataOverride.kept(
                !IhanoiProcess.RETURN.equals(in.outcome()),
                blocking,
                in.personalDataOverrideReason());
        decisions.insertDecision(
            n.id(), taskKey, in.outcome(), in.reasons(), by.userId(), clock.now(), overridden);
        audit.record(
            AuditType.IHANOI_DECISION,
            taskKey + ":" + in.outcome(),
            String.valueOf(n.id()),
            in.reasons(),
            by.userId());
        if (overridden != null) {
          audit.record(
              AuditType.IHANOI_DECISION,
              taskKey + ":PRECHECK_OVERRIDE",
              String.valueOf(n.id()),
              "Cho qua " + blocking + " dữ liệu cá nhân bị chặn. Lý do: " + overridden,
              by.userId());
        }
      }
    }
  }

  /**
   * The issuing body withdraws before sending (product API): recorded, then the process is told.
   */
  @Transactional
  public void withdrawRequested(NoticeRecord n, CurrentUser by) {
    requireOpen(n, "withdraw");
    decision(n, "WITHDRAW", IhanoiProcess.WITHDRAW, null, by.userId());
  }

  /** Runs the duplicate check of a stage and records what it found; a finding stops the notice. */
  @Transactional
  public boolean checkDuplicates(String processInstanceId, String stage) {
    NoticeRecord n = boundTo(processInstanceId);
    List<DuplicateFinding> found =
        duplicates.check(
            n.id(),
            n.level(),
            n.areaCode(),
            n.title(),
            n.bodyText(),
            findings.overriddenEarlierIds(n.id()));
    for (DuplicateFinding f : found) {
      findings.insertFinding(f, stage, clock.now());
    }
    if (!found.isEmpty()) {
      repository.updateStatus(n.id(), NoticeStatus.STOPPED_DUPLICATE);
      duplicates.forget(n.id());
    } else if (n.status() == NoticeStatus.STOPPED_DUPLICATE) {
      repository.updateStatus(
          n.id(), NoticeStatus.IN_APPROVAL); // a revised text that no longer repeats
    }
    return !found.isEmpty();
  }

  /**
   * Marks the notice approved (I-DEDUP-5): only right after its approver approved or overrode
   * (T-1).
   */
  @Transactional
  public void approved(String processInstanceId) {
    NoticeRecord n = boundTo(processInstanceId);
    requireApproval(n, "approve");
    repository.markApproved(n.id(), clock.now());
  }

  /**
   * Publishes to the body's area and marks the notice sent (idempotent: a retried job publishes
   * once); only an approved notice whose last recorded step is its approval.
   */
  @Transactional
  public void send(String processInstanceId) {
    NoticeRecord n = boundTo(processInstanceId);
    if (n.status() != NoticeStatus.APPROVED && n.status() != NoticeStatus.SENT) {
      throw refused(
          "send",
          n.id(),
          RefusedException.of(
              "status", "Tin " + n.id() + " chưa được phê duyệt (" + n.status() + ")"));
    }
    requireApproval(n, "send");
    publications.publish(NoticePublication.of(n, clock.now()));
    repository.markSent(n.id(), clock.now());
  }

  /**
   * Ends the notice as withdrawn: after the editor chose to withdraw, or the body asked to through
   * the API.
   */
  @Transactional
  public void withdrawn(String processInstanceId) {
    NoticeRecord n = boundTo(processInstanceId);
    List<String> decided = decisions.decisionsOf(n.id());
    if (decided.isEmpty()
        || !decided.get(decided.size() - 1).endsWith(":" + IhanoiProcess.WITHDRAW)) {
      throw refused(
          "withdraw",
          n.id(),
          RefusedException.of("status", "Tin " + n.id() + " chưa được yêu cầu rút"));
    }
    repository.updateStatus(n.id(), NoticeStatus.WITHDRAWN);
    duplicates.forget(n.id());
  }

  /** A sent notice ends the issuing body's open cadence reminder, if any (I-CADENCE-1). */
  public void clearReminder(String processInstanceId) {
    runtimeService
        .createMessageCorrelation(IhanoiProcess.NOTICE_SENT_MESSAGE)
        .processInstanceBusinessKey(CadenceService.bodyCodeOf(boundTo(processInstanceId)))
        .correlateAllWithResult();
  }

  private void requireApproval(NoticeRecord n, String operation) {
    List<String> decided = decisions.decisionsOf(n.id());
    String last = decided.isEmpty() ? "" : decided.get(decided.size() - 1);
    if (!last.equals(Tasks.APPROVE + ":" + IhanoiProcess.APPROVE)
        && !last.equals(Tasks.APPROVE + ":" + IhanoiProcess.OVERRIDE_DUPLICATE)) {
      throw refused(
          operation,
          n.id(),
          RefusedException.of(
              "status",
              "Tin " + n.id() + " chưa được người có thẩm quyền phê duyệt sau lần biên tập cuối"));
    }
  }

  private void requireOpen(NoticeRecord n, String operation) {
    if (n.status().isFinal()) {
      throw refused(
          operation,
          n.id(),
          RefusedException.of("status", "Tin " + n.id() + " đã kết thúc (" + n.status() + ")"));
    }
  }

  /**
   * What the edit and revise forms start from (I-TEXT-3): the current title and body, for the
   * editor to change rather than retype. The body is left out when longer than the form takes.
   */
  public Map<String, String> editableTexts(String processInstanceId) {
    NoticeRecord n = boundTo(processInstanceId);
    Map<String, String> texts = new HashMap<>();
    texts.put(IhanoiProcess.Vars.EDITED_TITLE, n.title());
    if (n.validUntil() != null) {
      texts.put(IhanoiProcess.Vars.EDITED_VALID_UNTIL, HanoiTime.PICKER.format(n.validUntil()));
    }
    String body = NoticeText.editable(n);
    if (body != null) {
      texts.put(IhanoiProcess.Vars.EDITED_BODY, body);
    }
    return texts;
  }

  private void applyText(NoticeRecord n, String title, String body) {
    // A form submitted as it was prefilled changes nothing.
    String unchanged = NoticeText.editable(n);
    boolean newTitle = title != null && !title.isBlank() && !title.strip().equals(n.title());
    boolean newBody =
        body != null
            && !body.isBlank()
            && (unchanged == null || !body.strip().equals(unchanged.strip()));
    if (newTitle || newBody) {
      repository.updateText(
          n.id(),
          newTitle ? title.strip() : n.title(),
          newBody ? NoticeText.html(body) : n.bodyHtml(),
          newBody ? NoticeText.plain(body) : n.bodyText());
    }
  }

  private void decision(NoticeRecord n, String step, String outcome, String reasons, String by) {
    decisions.insertDecision(n.id(), step, outcome, reasons, by, clock.now());
    audit.record(
        AuditType.IHANOI_DECISION, step + ":" + outcome, String.valueOf(n.id()), reasons, by);
  }

  private IssuingBody body(NoticeRecord n) {
    return IssuingBody.of(n);
  }

  /** Records an impossible step in the audit trail before refusing it. */
  private RefusedException refused(String operation, long noticeId, RefusedException e) {
    doorAudit.refused(
        null, "ihanoi " + operation, IhanoiProcess.businessKey(noticeId), e.getMessage());
    return e;
  }
}
