package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.screening.PreCheckRowRepository;
import vn.gov.hanoi.comms.screening.ScreeningData;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;
import vn.gov.hanoi.comms.vneid.content.ImageInfo;
import vn.gov.hanoi.comms.vneid.content.ImageInspector;
import vn.gov.hanoi.comms.vneid.content.InvalidImageException;
import vn.gov.hanoi.comms.vneid.content.PreCheckReport;
import vn.gov.hanoi.comms.vneid.content.PreCheckResult;
import vn.gov.hanoi.comms.vneid.content.PreCheckRunner;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * What the VNeID process asks of the product while it runs: routing facts of a round, pre-checks,
 * decisions with who/when/why. The delegates in {@code vneid.process} translate between process
 * variables and these methods.
 */
@Service
public class VneidWorkflowService {
  /** The small facts of a round that the process needs as variables. */
  public record RoundFacts(int round, String scope, String unitGroup, String appraiserGroup, String approverGroup,
      Instant publishFrom, Instant publishUntil) {}

  private final VneidRequestRepository repository;
  private final StoredFileRepository files;
  private final OrganisationService organisations;
  private final AreaService areas;
  private final ProductClock clock;
  private final PreCheckRunner preCheckRunner;
  private final ImageInspector imageInspector = new ImageInspector();
  private final AuditTrail audit;
  private final ScreeningData screeningData;
  private final PreCheckRowRepository preCheckRows;

  public VneidWorkflowService(VneidRequestRepository repository, StoredFileRepository files,
      OrganisationService organisations, AreaService areas, ProductClock clock,
      @Value("${app.vneid.prohibited-terms:}") List<String> prohibitedTerms, AuditTrail audit,
      ScreeningData screeningData, PreCheckRowRepository preCheckRows) {
    this.audit = audit;
    this.screeningData = screeningData;
    this.preCheckRows = preCheckRows;
    this.repository = repository;
    this.files = files;
    this.organisations = organisations;
    this.areas = areas;
    this.clock = clock;
    this.preCheckRunner = new PreCheckRunner(prohibitedTerms);
  }

  @Transactional
  public RoundFacts registered(long requestId, String processInstanceId) {
    VneidRequestRecord r = repository.find(requestId)
        .orElseThrow(() -> new IllegalArgumentException("Không có đề nghị " + requestId));
    if (r.processInstanceId() == null) {
      repository.updateProcessInstance(requestId, processInstanceId);
    }
    return facts(r, repository.round(requestId, r.currentRound()));
  }

  /** A resubmitted round becomes current and is routed again (its scope or areas may have changed). */
  @Transactional
  public RoundFacts revisionRegistered(long requestId, int round) {
    VneidRequestRecord r = repository.find(requestId).orElseThrow();
    RoundRecord rr = repository.round(requestId, round);
    Organisation unit = organisations.require(r.unitCode());
    Routing routing = RequestRouter.route(unit, Scope.valueOf(rr.scope()), rr.targetAreaCodes(), areas.currentTree());
    repository.updateRouting(requestId, rr.scope(), routing.appraiserGroup(), routing.approverGroup());
    repository.updateCurrentRound(requestId, round, clock.now());
    repository.updateStatus(requestId, VneidStatus.IN_APPRAISAL, clock.now());
    return facts(repository.find(requestId).orElseThrow(), rr);
  }

  /**
   * Runs the pre-checks on a round (V-CHECK-1..3, personal data, links, event dates), stores every result as a row
   * and the summary; true if classified markings were found.
   */
  @Transactional
  public boolean runPreChecks(long requestId, int round) {
    RoundRecord rr = repository.round(requestId, round);
    ImageInfo image;
    try {
      image = imageInspector.inspect(files.content(rr.featuredImageId()), files.find(rr.featuredImageId()).orElseThrow().fileName());
    } catch (InvalidImageException e) {
      image = null;
    }
    List<String> attachmentNames = new ArrayList<>();
    for (Long fileId : repository.attachmentIds(requestId, round)) {
      files.find(fileId).ifPresent(f -> attachmentNames.add(f.fileName()));
    }
    PreCheckReport report = preCheckRunner.run(DraftMapper.toDraft(repository.find(requestId).orElseThrow(), rr), image,
        attachmentNames, screeningData.rules());
    preCheckRows.replaceForRound(requestId, round, report.results().stream().map(PreCheckResult::row).toList(), clock.now());
    boolean classified = !report.classifiedMarkings().isEmpty();
    repository.updatePreCheck(requestId, round, report.summaryVi(), classified);
    return classified;
  }

  /**
   * Records a reviewer's or approver's decision (P-3) after checking it can be taken: reasons are
   * required to return or reject, a classified marking needs an explicit override (V-CHECK-2), and
   * nobody decides on a request they submitted.
   */
  @Transactional
  public void recordDecision(long requestId, int round, String step, String outcome, String reasons,
      boolean classifiedMarking, boolean classifiedOverride, String userId) {
    recordDecision(requestId, round, step, outcome, reasons, classifiedMarking, classifiedOverride, userId, List.of(), null);
  }

  /**
   * As above, with the deciding user's groups: a member of the submitting unit is refused as well as
   * the submitter, so a unit's staff who also holds a police role cannot decide on their unit's request.
   */
  @Transactional
  public void recordDecision(long requestId, int round, String step, String outcome, String reasons,
      boolean classifiedMarking, boolean classifiedOverride, String userId, java.util.Collection<String> userGroups,
      String personalDataOverrideReason) {
    long blocking = preCheckRows.forRound(requestId, round).stream().filter(r -> r.blockingPersonalData()).count();
    List<FieldError> errors = DecisionRules.check(step, outcome, reasons, classifiedMarking, classifiedOverride,
        blocking, personalDataOverrideReason);
    VneidRequestRecord r = repository.find(requestId).orElseThrow();
    if (userId != null && (userId.equals(r.submittedBy()) || userGroups.contains(Groups.unit(r.unitCode())))) {
      errors.add(new FieldError("user", "Người gửi đề nghị không được tự thẩm định hoặc phê duyệt"));
    }
    if (!errors.isEmpty()) {
      throw new DecisionRefusedException(errors);
    }
    String overridden = PersonalDataOverride.kept(Tasks.APPRAISE.equals(step) && VneidProcess.PASS.equals(outcome),
        blocking, personalDataOverrideReason);
    repository.insertDecision(new DecisionRecord(requestId, round, step, outcome,
        reasons == null ? null : reasons.strip(), classifiedOverride, userId == null ? "system" : userId, clock.now(),
        overridden));
    audit.record(AuditType.VNEID_DECISION, step + ":" + outcome, requestId + "/" + round,
        reasons == null ? null : reasons.strip(), userId);
    if (overridden != null) {
      audit.record(AuditType.VNEID_DECISION, step + ":PRECHECK_OVERRIDE", requestId + "/" + round,
          "Cho qua " + blocking + " dữ liệu cá nhân bị chặn. Lý do: " + overridden, userId);
    }
  }


  private RoundFacts facts(VneidRequestRecord r, RoundRecord rr) {
    return new RoundFacts(rr.roundNo(), rr.scope(), Groups.unit(r.unitCode()), r.appraiserGroup(), r.approverGroup(),
        rr.publishFrom(), rr.publishUntil());
  }
}
