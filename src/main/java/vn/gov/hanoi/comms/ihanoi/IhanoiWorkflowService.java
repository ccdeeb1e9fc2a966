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
import vn.gov.hanoi.comms.common.ProcessVariable;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
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
  private final DuplicateService duplicates;
  private final PublicationService publications;
  private final RuntimeService runtimeService;
  private final ProductClock clock;
  private final AuditTrail audit;
  private final DoorAudit doorAudit;
  private final NoticeContentChecks contentChecks;

  public IhanoiWorkflowService(
      IhanoiNoticeRepository repository,
      DuplicateService duplicates,
      PublicationService publications,
      RuntimeService runtimeService,
      ProductClock clock,
      AuditTrail audit,
      DoorAudit doorAudit,
      NoticeContentChecks contentChecks) {
    this.audit = audit;
    this.contentChecks = contentChecks;
    this.doorAudit = doorAudit;
    this.repository = repository;
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

  /** The group that holds a step of this notice, from its issuing body (I-LEVEL-1..3). */
  public static String requiredGroup(NoticeRecord n, String taskKey) {
    return switch (taskKey) {
      case Tasks.EDIT, Tasks.RESOLVE_DUPLICATE -> Groups.editor(n.organisationCode());
      case Tasks.APPROVE -> IssuingBody.of(n).approverGroup();
      default -> null;
    };
  }

  /**
   * Refuses (403) anyone outside the step's group, and the author as the approver of their own
   * notice (T-3).
   */
  public static void checkWorker(NoticeRecord n, String taskKey, CurrentUser worker) {
    if (worker == null) {
      throw RefusedException.forbidden(
          "user", "Bước này phải do cán bộ có thẩm quyền đăng nhập thực hiện");
    }
    String group = requiredGroup(n, taskKey);
    if (group == null || !worker.memberOf(group)) {
      throw RefusedException.forbidden(
          "user",
          "Người dùng " + worker.userId() + " không có thẩm quyền ở bước này của tin " + n.id());
    }
    if (Tasks.APPROVE.equals(taskKey) && worker.userId().equals(n.createdBy())) {
      throw RefusedException.forbidden(
          "user", "Người soạn tin không được tự phê duyệt tin của mình");
    }
  }

  /**
   * Checks a completion before it is taken: the person holds the step, and what they entered is a
   * decision the step accepts (reasons to return or override, override only of a stopped notice,
   * valid texts).
   */
  public void checkStep(NoticeRecord n, String taskKey, CurrentUser by, StepInput in) {
    checkWorker(n, taskKey, by);
    List<FieldError> errors = new ArrayList<>();
    switch (taskKey) {
      case Tasks.EDIT -> {
        checkText(in.title(), in.body(), errors);
        NoticeText.checkValidUntil(
            HanoiTime.parse(in.validUntil(), IhanoiProcess.Vars.EDITED_VALID_UNTIL, errors),
            clock.now(),
            IhanoiProcess.Vars.EDITED_VALID_UNTIL,
            errors);
      }
      case Tasks.RESOLVE_DUPLICATE -> {
        if (ProcessVariable.named(IhanoiProcess.Resolution.class, in.resolution()).isEmpty()) {
          errors.add(
              new FieldError(
                  "resolution", "Chọn sửa lại, rút tin hoặc đề nghị người phê duyệt cho phép gửi"));
        } else if (IhanoiProcess.REVISE.equals(in.resolution())) {
          checkText(in.title(), in.body(), errors);
        } else if (IhanoiProcess.ASK_OVERRIDE.equals(in.resolution())
            && (in.note() == null || in.note().isBlank())) {
          // The approver decides on this note (I-TALK-2): a request without one says nothing.
          errors.add(
              new FieldError(
                  IhanoiProcess.Vars.RESOLUTION_NOTE,
                  "Ghi chú / lý do là bắt buộc khi đề nghị người duyệt cho phép gửi: "
                      + "nêu vì sao tin khác tin cấp trên"));
        }
      }
      case Tasks.APPROVE -> {
        checkApproval(n, in.outcome(), in.reasons(), errors);
        // Blocking personal data found before approval goes out only with a written reason.
        errors.addAll(
            PersonalDataOverride.check(
                !IhanoiProcess.RETURN.equals(in.outcome()),
                contentChecks.blockingPersonalData(n.id()),
                in.personalDataOverrideReason()));
      }
      default ->
          errors.add(new FieldError("task", "Bước không thuộc quy trình tin iHanoi: " + taskKey));
    }
    if (!errors.isEmpty()) {
      throw new RefusedException(errors);
    }
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
          repository.recordOverride(n.id(), in.reasons().strip(), by.userId(), clock.now());
        }
        long blocking = contentChecks.blockingPersonalData(n.id());
        String overridden =
            PersonalDataOverride.kept(
                !IhanoiProcess.RETURN.equals(in.outcome()),
                blocking,
                in.personalDataOverrideReason());
        repository.insertDecision(
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
            repository.overriddenEarlierIds(n.id()));
    for (DuplicateFinding f : found) {
      repository.insertFinding(f, stage, clock.now());
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
    List<String> decisions = repository.decisionsOf(n.id());
    if (decisions.isEmpty()
        || !decisions.get(decisions.size() - 1).endsWith(":" + IhanoiProcess.WITHDRAW)) {
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
    List<String> decisions = repository.decisionsOf(n.id());
    String last = decisions.isEmpty() ? "" : decisions.get(decisions.size() - 1);
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

  private void checkApproval(
      NoticeRecord n, String outcome, String reasons, List<FieldError> errors) {
    boolean stopped = n.status() == NoticeStatus.STOPPED_DUPLICATE;
    boolean written = reasons != null && !reasons.isBlank();
    if (IhanoiProcess.APPROVE.equals(outcome) && stopped) {
      errors.add(
          new FieldError(
              "approvalOutcome",
              "Tin đang bị dừng vì trùng lặp: chỉ có thể cho phép gửi kèm lý do, hoặc trả lại"));
    } else if (IhanoiProcess.OVERRIDE_DUPLICATE.equals(outcome) && !stopped) {
      errors.add(
          new FieldError("approvalOutcome", "Tin không bị dừng vì trùng lặp: hãy chọn phê duyệt"));
    } else if (ProcessVariable.named(IhanoiProcess.ApprovalOutcome.class, outcome).isEmpty()) {
      errors.add(
          new FieldError(
              "approvalOutcome", "Chọn phê duyệt, trả lại hoặc cho phép gửi dù trùng lặp"));
    } else if (!IhanoiProcess.APPROVE.equals(outcome) && !written) {
      errors.add(
          new FieldError(
              "approvalReasons", "Cần ghi rõ lý do khi trả lại hoặc cho phép gửi tin trùng lặp"));
    }
  }

  private static void checkText(String title, String body, List<FieldError> errors) {
    if (title != null && !title.isBlank()) {
      NoticeText.checkTitle(title, IhanoiProcess.Vars.EDITED_TITLE, errors);
    }
    if (body != null && !body.isBlank()) {
      NoticeText.checkBody(body, IhanoiProcess.Vars.EDITED_BODY, errors);
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
    repository.insertDecision(n.id(), step, outcome, reasons, by, clock.now());
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
