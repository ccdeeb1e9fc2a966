package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;
import vn.gov.hanoi.comms.security.boundary.DoorAudit;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.letter.LetterKind;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/**
 * What the VNeID process asks of the product while it runs: routing facts of a round, pre-checks,
 * decisions with who/when/why. The delegates in {@code vneid.process} translate between process
 * variables and these methods.
 */
@Service
public class VneidWorkflowService {
  /** The small facts of a round that the process needs as variables. */
  public record RoundFacts(
      int round, String scope, String unitGroup, Instant publishFrom, Instant publishUntil) {}

  private final VneidRequestRepository repository;
  private final VneidDecisionRepository decisions;
  private final ProductClock clock;
  private final AuditTrail audit;
  private final DoorAudit doorAudit;
  private final PublicationService publications;
  private final AreaService areas;
  private final LetterService letters;
  private final PreCheckRowRepository preCheckRows;

  public VneidWorkflowService(
      VneidRequestRepository repository,
      VneidDecisionRepository decisions,
      ProductClock clock,
      AuditTrail audit,
      DoorAudit doorAudit,
      PublicationService publications,
      AreaService areas,
      LetterService letters,
      PreCheckRowRepository preCheckRows) {
    this.letters = letters;
    this.preCheckRows = preCheckRows;
    this.audit = audit;
    this.doorAudit = doorAudit;
    this.publications = publications;
    this.areas = areas;
    this.repository = repository;
    this.decisions = decisions;
    this.clock = clock;
  }

  /** The request this process instance works on, as recorded when it started (T-2). */
  public VneidRequestRecord boundTo(String processInstanceId) {
    return repository
        .findByProcessInstance(processInstanceId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Không có đề nghị nào gắn với quy trình " + processInstanceId));
  }

  /**
   * Ties a stored request to the instance that starts for it. A request already tied to an instance
   * is refused: a second start cannot take over, re-run or duplicate a request (T-2).
   */
  @Transactional
  public RoundFacts registered(long requestId, String processInstanceId) {
    VneidRequestRecord r =
        repository
            .find(requestId)
            .orElseThrow(() -> RefusedException.of("requestId", "Không có đề nghị " + requestId));
    if (!processInstanceId.equals(r.processInstanceId())
        && !repository.bindProcessInstance(requestId, processInstanceId)) {
      throw refused(
          r.submittedBy(),
          "register",
          requestId,
          RefusedException.forbidden(
              "requestId",
              "Đề nghị " + requestId + " đã có quy trình xử lý; không thể khởi tạo lại"));
    }
    return facts(r, repository.round(requestId, r.currentRound()));
  }

  /**
   * The revision the unit stored becomes the current round; the process routes it again next (its
   * scope or areas may have changed). Only after the unit chose to resubmit, and only the round
   * stored after the current one.
   */
  @Transactional
  public RoundFacts revisionRegistered(String processInstanceId) {
    VneidRequestRecord r = boundTo(processInstanceId);
    int round = r.currentRound() + 1;
    if (repository.latestRoundNo(r.id()) != round
        || !decided(r, Tasks.REVISE, VneidProcess.RESUBMIT)) {
      throw new IllegalStateException("Đề nghị " + r.id() + " không có bản chỉnh sửa chờ ghi nhận");
    }
    RoundRecord rr = repository.round(r.id(), round);
    move(r, VneidStatus.IN_APPRAISAL, "revision");
    repository.updateCurrentRound(r.id(), round, clock.now());
    return facts(repository.find(r.id()).orElseThrow(), rr);
  }

  /**
   * Checks a reviewer's or approver's decision before it is taken (T-3, P-3): the person holds the
   * step for this request as the product recorded it and is not of the submitting unit; reasons are
   * given to return or reject; a classified marking of the current round needs the explicit
   * override (V-CHECK-2).
   */
  public Narrowing checkDecision(VneidRequestRecord r, ProposedDecision d, CurrentUser by) {
    String step = d.step();
    VneidRoles.checkWorker(r, step, by);
    RoundRecord rr = repository.round(r.id(), r.currentRound());
    List<FieldError> errors =
        DecisionRules.check(
            step,
            d.outcome(),
            d.reasons(),
            rr.classifiedMarking(),
            d.classifiedOverride(),
            blockingPersonalData(r),
            d.personalDataOverrideReason());
    Narrowing narrowing = Narrowing.from(d.narrowingFields(), errors);
    if (!narrowing.isEmpty() && !NARROWING_STEPS.contains(step)) {
      errors.add(new FieldError(Narrowing.FROM, "Bước này không thu hẹp thời gian và đối tượng"));
    }
    errors.addAll(narrowing.check(rr, d.approvalOutcome(), clock.now()));
    if (!errors.isEmpty()) {
      throw new DecisionRefusedException(errors);
    }
    return narrowing;
  }

  /**
   * The approving steps: the approver may narrow the window and the audience (V-STEP-3), never
   * widen them.
   */
  static final java.util.Set<String> NARROWING_STEPS =
      java.util.Set.of(Tasks.APPROVE, Tasks.APPROVE_NATIONAL);

  /**
   * Records a decision on the current round after {@link #checkDecision}: who, when, what and why
   * (P-3), and the approver's narrowing of the window and audience with it.
   */
  @Transactional
  public void recordDecision(String processInstanceId, ProposedDecision d, CurrentUser by) {
    VneidRequestRecord r = boundTo(processInstanceId);
    Narrowing narrowing = checkDecision(r, d, by);
    String step = d.step();
    long blocking = blockingPersonalData(r);
    String overridden =
        PersonalDataOverride.kept(
            Tasks.APPRAISE.equals(step) && VneidProcess.PASS.equals(d.outcome()),
            blocking,
            d.personalDataOverrideReason());
    insertDecision(
        r, step, d.outcome(), d.reasons(), d.classifiedOverride(), overridden, by.userId());
    if (overridden != null) {
      audit.record(
          AuditType.VNEID_DECISION,
          step + ":PRECHECK_OVERRIDE",
          r.id() + "/" + r.currentRound(),
          "Cho qua " + blocking + " dữ liệu cá nhân bị chặn. Lý do: " + overridden,
          by.userId());
    }
    if (!narrowing.isEmpty()) {
      decisions.insertNarrowing(r.id(), r.currentRound(), step, narrowing);
    }
  }

  /** How many blocking personal-data findings the current round's pre-checks stored. */
  private long blockingPersonalData(VneidRequestRecord r) {
    return preCheckRows.forRound(r.id(), r.currentRound()).stream()
        .filter(row -> row.blockingPersonalData())
        .count();
  }

  /**
   * The unit's choice on a returned or rejected request (resubmit or withdraw), recorded like a
   * decision.
   */
  @Transactional
  public void recordRevisionChoice(
      String processInstanceId, VneidProcess.RevisionOutcome outcome, String note, CurrentUser by) {
    VneidRequestRecord r = boundTo(processInstanceId);
    VneidRoles.checkWorker(r, Tasks.REVISE, by);
    insertDecision(r, Tasks.REVISE, outcome.name(), note, false, null, by.userId());
  }

  /**
   * The unit withdraws through the product API: recorded, then the request is WITHDRAWN (V-STEP-4).
   */
  @Transactional
  public void withdrawnByUnit(VneidRequestRecord r, CurrentUser by) {
    insertDecision(r, VneidProcess.WITHDRAW, VneidProcess.WITHDRAW, null, false, null, by.userId());
    move(repository.find(r.id()).orElseThrow(), VneidStatus.WITHDRAWN, "withdraw");
  }

  /**
   * Moves the request's status as the process reaches a step; refused unless the round's decisions
   * allow it (T-1).
   */
  @Transactional
  public void moveTo(String processInstanceId, VneidStatus status) {
    move(boundTo(processInstanceId), status, "status");
  }

  /**
   * Publishes the current round to its areas and audience (V-STEP-5), only once it is approved and
   * due.
   */
  @Transactional
  public void publish(String processInstanceId) {
    VneidRequestRecord r = boundTo(processInstanceId);
    if (r.status() != VneidStatus.SCHEDULED) {
      throw refused(
          null,
          "publish",
          r.id(),
          RefusedException.of(
              "status", "Đề nghị " + r.id() + " không ở trạng thái chờ đăng (" + r.status() + ")"));
    }
    transitionRefusal(r, VneidStatus.PUBLISHED)
        .ifPresent(
            why -> {
              throw refused(null, "publish", r.id(), RefusedException.of("status", why));
            });
    // with the approver's narrowing, if any (V-STEP-3)
    RoundRecord approved = decisions.approvedRound(r.id(), r.currentRound());
    publications.publish(
        ArticlePublication.of(approved, () -> areas.currentTree().city().code(), clock.now()));
  }

  /**
   * Takes the article down: at the end of its window, or because the unit withdrew it (V-STEP-4,
   * V-STEP-5).
   */
  @Transactional
  public void retract(String processInstanceId) {
    VneidRequestRecord r = boundTo(processInstanceId);
    boolean windowEnded =
        !clock.now().isBefore(decisions.approvedRound(r.id(), r.currentRound()).publishUntil());
    if (r.status() != VneidStatus.WITHDRAWN
        && !(r.status() == VneidStatus.PUBLISHED && windowEnded)) {
      throw refused(
          null,
          "retract",
          r.id(),
          RefusedException.of(
              "status",
              "Không gỡ được bài của đề nghị "
                  + r.id()
                  + ": chưa hết thời hạn đăng và đơn vị chưa rút đề nghị"));
    }
    publications.retract(ArticlePublication.SOURCE, r.id());
  }

  /**
   * Issues the numbered letter of a return, a rejection or a lapse for the current round (V-STEP-4,
   * V-STEP-5); only when the request is in that state.
   */
  @Transactional
  public void issueLetter(String processInstanceId, LetterKind kind) {
    VneidRequestRecord r = boundTo(processInstanceId);
    VneidStatus expected =
        switch (kind) {
          case RETURN -> VneidStatus.RETURNED;
          case REJECT -> VneidStatus.REJECTED;
          case LAPSED -> VneidStatus.LAPSED;
        };
    if (r.status() != expected) {
      throw refused(
          null,
          "notice",
          r.id(),
          RefusedException.of(
              "noticeKind",
              "Đề nghị " + r.id() + " ở trạng thái " + r.status() + ", không phải " + expected));
    }
    letters.issue(r.id(), r.currentRound(), kind);
  }

  /** Mails the letter already issued for the current round. */
  public void emailLetter(String processInstanceId, LetterKind kind) {
    VneidRequestRecord r = boundTo(processInstanceId);
    letters.email(r.id(), r.currentRound(), kind);
  }

  /**
   * Whether the approved round's window is still open (V-STEP-5), from the stored round, not a
   * variable.
   */
  public boolean windowOpen(String processInstanceId) {
    return clock.now().isBefore(approvedWindow(processInstanceId).publishUntil());
  }

  /**
   * The round as approved (the approver may have narrowed its window, V-STEP-3): what the timers
   * and the publication use.
   */
  public RoundRecord approvedWindow(String processInstanceId) {
    VneidRequestRecord r = boundTo(processInstanceId);
    return decisions.approvedRound(r.id(), r.currentRound());
  }

  private void move(VneidRequestRecord r, VneidStatus to, String operation) {
    transitionRefusal(r, to)
        .ifPresent(
            why -> {
              throw refused(null, operation, r.id(), RefusedException.of("status", why));
            });
    repository.updateStatus(r.id(), to, clock.now());
  }

  private java.util.Optional<String> transitionRefusal(VneidRequestRecord r, VneidStatus to) {
    RoundRecord rr = decisions.approvedRound(r.id(), r.currentRound());
    List<DecisionRecord> round =
        decisions.decisions(r.id()).stream().filter(d -> d.roundNo() == r.currentRound()).toList();
    if (to == VneidStatus.WITHDRAWN
        && r.status() != VneidStatus.WITHDRAWN
        && round.stream().noneMatch(d -> VneidProcess.WITHDRAW.equals(d.outcome()))) {
      return java.util.Optional.of("Đơn vị chưa rút đề nghị " + r.id());
    }
    return VneidTransitions.refusal(r.status(), to, round, rr.scope(), rr, clock.now());
  }

  private boolean decided(VneidRequestRecord r, String step, String outcome) {
    return decisions.decisions(r.id()).stream()
        .anyMatch(
            d ->
                d.roundNo() == r.currentRound()
                    && step.equals(d.step())
                    && outcome.equals(d.outcome()));
  }

  private void insertDecision(
      VneidRequestRecord r,
      String step,
      String outcome,
      String reasons,
      boolean override,
      String preCheckOverride,
      String userId) {
    String why = reasons == null ? null : reasons.strip();
    decisions.insertDecision(
        new DecisionRecord(
            r.id(),
            r.currentRound(),
            step,
            outcome,
            why,
            override,
            userId,
            clock.now(),
            preCheckOverride));
    audit.record(
        AuditType.VNEID_DECISION,
        step + ":" + outcome,
        r.id() + "/" + r.currentRound(),
        why,
        userId);
  }

  /** Records an impossible step in the audit trail before refusing it. */
  private RefusedException refused(
      String userId, String operation, long requestId, RefusedException e) {
    doorAudit.refused(userId, "vneid " + operation, "VNEID-" + requestId, e.getMessage());
    return e;
  }

  private RoundFacts facts(VneidRequestRecord r, RoundRecord rr) {
    return new RoundFacts(
        rr.roundNo(), rr.scope(), Groups.unit(r.unitCode()), rr.publishFrom(), rr.publishUntil());
  }
}
