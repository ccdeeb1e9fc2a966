package vn.gov.hanoi.comms.ihanoi;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.vneid.DecisionRefusedException;
import vn.gov.hanoi.comms.vneid.PersonalDataOverride;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;

/** What the ihanoi-notice process does at each step; the delegates only pass ids and decisions in. */
@Service
public class IhanoiWorkflowService {
  private final IhanoiNoticeRepository repository;
  private final DuplicateService duplicates;
  private final PublicationService publications;
  private final RuntimeService runtimeService;
  private final ProductClock clock;
  private final AuditTrail audit;
  private final NoticeContentChecks contentChecks;

  public IhanoiWorkflowService(IhanoiNoticeRepository repository, DuplicateService duplicates,
      PublicationService publications, RuntimeService runtimeService, ProductClock clock, AuditTrail audit,
      NoticeContentChecks contentChecks) {
    this.audit = audit;
    this.contentChecks = contentChecks;
    this.repository = repository;
    this.duplicates = duplicates;
    this.publications = publications;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /** Who edits and approves, and whether the notice is compared with higher levels (I-LEVEL, I-DEDUP-1/2). */
  public record Routing(String level, String editorGroup, String approverGroup, boolean checkDuplicates) {}

  @Transactional
  public Routing registered(long noticeId) {
    NoticeRecord n = require(noticeId);
    IssuingBody body = new IssuingBody(n.organisationCode(), n.level(), n.areaCode());
    return new Routing(n.level().name(), body.editorGroup(), body.approverGroup(), n.level().checkedForDuplicates());
  }

  /** The task's status of the notice: editing, approval, or stopped as a duplicate. */
  @Transactional
  public void taskOpened(long noticeId, String taskKey) {
    NoticeStatus status = switch (taskKey) {
      case Tasks.EDIT -> NoticeStatus.IN_EDITING;
      case Tasks.APPROVE -> require(noticeId).status() == NoticeStatus.STOPPED_DUPLICATE
          ? NoticeStatus.STOPPED_DUPLICATE : NoticeStatus.IN_APPROVAL;
      default -> NoticeStatus.STOPPED_DUPLICATE;
    };
    repository.updateStatus(noticeId, status);
  }

  /** Applies the editor's changes (optional) to title and body, with the creation rules. */
  @Transactional
  public void edited(long noticeId, String step, String title, String body, String by) {
    applyText(noticeId, title, body);
    repository.insertDecision(noticeId, step, "SUBMITTED", null, by, clock.now());
    audited(noticeId, step, "SUBMITTED", null, by);
  }

  /** The editor's answer to a duplicate stop (I-DEDUP-4): revise, withdraw, or ask an approver to override. */
  @Transactional
  public void resolved(long noticeId, String resolution, String note, String title, String body, String by) {
    if (!List.of(IhanoiProcess.REVISE, IhanoiProcess.WITHDRAW, IhanoiProcess.ASK_OVERRIDE).contains(resolution)) {
      throw refused("resolution", "Chọn sửa lại, rút tin hoặc đề nghị người phê duyệt cho phép gửi");
    }
    if (IhanoiProcess.REVISE.equals(resolution)) {
      applyText(noticeId, title, body);
    }
    repository.insertDecision(noticeId, Tasks.RESOLVE_DUPLICATE, resolution, note, by, clock.now());
    audited(noticeId, Tasks.RESOLVE_DUPLICATE, resolution, note, by);
  }

  /**
   * Checks and records the approver's decision (P-3). A notice stopped as a duplicate can only be
   * overridden with a written reason, never simply approved (I-DEDUP-4); a return needs reasons.
   */
  @Transactional
  public void decided(long noticeId, String outcome, String reasons, String by) {
    decided(noticeId, outcome, reasons, by, null);
  }

  /** As above; blocking personal data found before approval goes out only with a written reason (PersonalDataOverride). */
  @Transactional
  public void decided(long noticeId, String outcome, String reasons, String by, String personalDataOverrideReason) {
    NoticeRecord notice = require(noticeId);
    if (by != null && by.equals(notice.createdBy())) {
      // P-3: nobody approves what they wrote themselves (the four-eyes rule of the approval step).
      throw refused("user", "Người soạn tin không được tự phê duyệt tin của mình");
    }
    boolean stopped = notice.status() == NoticeStatus.STOPPED_DUPLICATE;
    boolean written = reasons != null && !reasons.isBlank();
    if (IhanoiProcess.APPROVE.equals(outcome) && stopped) {
      throw refused("approvalOutcome", "Tin đang bị dừng vì trùng lặp: chỉ có thể cho phép gửi kèm lý do, hoặc trả lại");
    } else if (IhanoiProcess.OVERRIDE_DUPLICATE.equals(outcome) && !stopped) {
      throw refused("approvalOutcome", "Tin không bị dừng vì trùng lặp: hãy chọn phê duyệt");
    } else if (!List.of(IhanoiProcess.APPROVE, IhanoiProcess.RETURN, IhanoiProcess.OVERRIDE_DUPLICATE).contains(outcome)) {
      throw refused("approvalOutcome", "Chọn phê duyệt, trả lại hoặc cho phép gửi dù trùng lặp");
    } else if (!IhanoiProcess.APPROVE.equals(outcome) && !written) {
      throw refused("approvalReasons", "Cần ghi rõ lý do khi trả lại hoặc cho phép gửi tin trùng lặp");
    }
    boolean letsThrough = !IhanoiProcess.RETURN.equals(outcome);
    long blocking = contentChecks.blockingPersonalData(noticeId);
    List<FieldError> personalData = PersonalDataOverride.check(letsThrough, blocking, personalDataOverrideReason);
    if (!personalData.isEmpty()) {
      throw new DecisionRefusedException(personalData);
    }
    if (IhanoiProcess.OVERRIDE_DUPLICATE.equals(outcome)) {
      repository.recordOverride(noticeId, reasons.strip(), by, clock.now());
    }
    String overridden = PersonalDataOverride.kept(letsThrough, blocking, personalDataOverrideReason);
    repository.insertDecision(noticeId, Tasks.APPROVE, outcome, reasons, by, clock.now(), overridden);
    audited(noticeId, Tasks.APPROVE, outcome, reasons, by);
    if (overridden != null) {
      audited(noticeId, Tasks.APPROVE, "PRECHECK_OVERRIDE",
          "Cho qua " + blocking + " dữ liệu cá nhân bị chặn. Lý do: " + overridden, by);
    }
  }

  private void audited(long noticeId, String step, String outcome, String reasons, String by) {
    audit.record(AuditType.IHANOI_DECISION, step + ":" + outcome, String.valueOf(noticeId), reasons, by);
  }

  /** Runs the duplicate check of a stage and records what it found; a finding stops the notice. */
  @Transactional
  public boolean checkDuplicates(long noticeId, String stage) {
    NoticeRecord n = require(noticeId);
    List<DuplicateFinding> found = duplicates.check(n.id(), n.level(), n.areaCode(), n.title(), n.bodyText(),
        repository.overriddenEarlierIds(noticeId));
    for (DuplicateFinding f : found) {
      repository.insertFinding(f, stage, clock.now());
    }
    if (!found.isEmpty()) {
      repository.updateStatus(noticeId, NoticeStatus.STOPPED_DUPLICATE);
      duplicates.forget(noticeId);
    } else if (n.status() == NoticeStatus.STOPPED_DUPLICATE) {
      repository.updateStatus(noticeId, NoticeStatus.IN_APPROVAL); // a revised text that no longer repeats
    }
    return !found.isEmpty();
  }

  @Transactional
  public void approved(long noticeId) {
    repository.markApproved(noticeId, clock.now());
  }

  /** Publishes to the body's area and marks the notice sent (idempotent: a retried job publishes once). */
  @Transactional
  public void send(long noticeId) {
    publications.publishIhanoiNotice(noticeId);
    repository.markSent(noticeId, clock.now());
  }

  @Transactional
  public void withdrawn(long noticeId) {
    repository.updateStatus(noticeId, NoticeStatus.WITHDRAWN);
    duplicates.forget(noticeId);
  }

  /** A sent notice ends the issuing body's open cadence reminder, if any (I-CADENCE-1). */
  public void clearReminder(long noticeId) {
    runtimeService.createMessageCorrelation(IhanoiProcess.NOTICE_SENT_MESSAGE)
        .processInstanceBusinessKey(CadenceService.bodyCodeOf(require(noticeId)))
        .correlateAllWithResult();
  }

  private void applyText(long noticeId, String title, String body) {
    NoticeRecord n = require(noticeId);
    boolean newTitle = title != null && !title.isBlank();
    boolean newBody = body != null && !body.isBlank();
    if (!newTitle && !newBody) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    if (newTitle) {
      NoticeText.checkTitle(title, IhanoiProcess.Vars.EDITED_TITLE, errors);
    }
    if (newBody) {
      NoticeText.checkBody(body, IhanoiProcess.Vars.EDITED_BODY, errors);
    }
    if (!errors.isEmpty()) {
      throw new DecisionRefusedException(errors);
    }
    repository.updateText(noticeId, newTitle ? title.strip() : n.title(),
        newBody ? NoticeText.html(body) : n.bodyHtml(), newBody ? NoticeText.plain(body) : n.bodyText());
  }

  private NoticeRecord require(long id) {
    return repository.find(id).orElseThrow(() -> new IllegalStateException("no iHanoi notice " + id));
  }

  /** Thrown inside a task's completion: the task stays open; Tasklist and /engine-rest show 400 with the reason. */
  private static DecisionRefusedException refused(String field, String message) {
    return new DecisionRefusedException(List.of(new FieldError(field, message)));
  }
}
