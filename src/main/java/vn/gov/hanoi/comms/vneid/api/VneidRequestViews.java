package vn.gov.hanoi.comms.vneid.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.screening.PreCheckRow;
import vn.gov.hanoi.comms.screening.ScreenedText;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.DecisionRecord;
import vn.gov.hanoi.comms.vneid.Narrowing;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.VneidDecisionRepository;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.letter.LetterRecord;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/** Builds the API's view of a request from the product's tables. */
@Component
class VneidRequestViews {
  private final VneidRequestRepository repository;
  private final VneidDecisionRepository decisionRepository;
  private final OrganisationService organisations;
  private final LetterService letters;
  private final PreCheckRowRepository preChecks;

  VneidRequestViews(
      VneidRequestRepository repository,
      VneidDecisionRepository decisionRepository,
      OrganisationService organisations,
      LetterService letters,
      PreCheckRowRepository preChecks) {
    this.preChecks = preChecks;
    this.repository = repository;
    this.decisionRepository = decisionRepository;
    this.organisations = organisations;
    this.letters = letters;
  }

  private static String narrowed(
      Map<Integer, Map<String, Narrowing>> narrowings, int round, DecisionRecord d) {
    if (!"APPROVE".equals(d.outcome())) {
      return null;
    }
    var n = narrowings.getOrDefault(round, Map.of()).get(d.step());
    return n == null ? null : n.describe();
  }

  VneidRequestView of(VneidRequestRecord r) {
    return page(List.of(r)).get(0);
  }

  /**
   * The views of a page of requests, in the page's order, from one read per table (rounds, routing,
   * decisions, narrowings, notices, pre-checks) whatever the page's size.
   */
  List<VneidRequestView> page(List<VneidRequestRecord> requests) {
    List<Long> ids = requests.stream().map(VneidRequestRecord::id).toList();
    PageRows rows =
        new PageRows(
            repository.roundsOf(ids),
            repository.routingsOf(ids),
            decisionRepository.decisionsOf(ids),
            decisionRepository.narrowingsOf(ids),
            letters.forRequests(ids),
            preChecks.forRequests(ids));
    Map<String, Organisation> units = new HashMap<>();
    return requests.stream()
        .map(r -> view(r, units.computeIfAbsent(r.unitCode(), organisations::require), rows))
        .toList();
  }

  /** What one read per table gave for a page of requests, each by request id. */
  private record PageRows(
      Map<Long, List<RoundRecord>> rounds,
      Map<Long, Routing> routings,
      Map<Long, List<DecisionRecord>> decisions,
      Map<Long, Map<Integer, Map<String, Narrowing>>> narrowings,
      Map<Long, List<LetterRecord>> letters,
      Map<Long, Map<Integer, List<PreCheckRow>>> checks) {}

  private static VneidRequestView view(VneidRequestRecord r, Organisation unit, PageRows rows) {
    List<RoundRecord> rounds = rows.rounds().getOrDefault(r.id(), List.of());
    Routing routing = rows.routings().get(r.id());
    List<DecisionRecord> decisions = rows.decisions().getOrDefault(r.id(), List.of());
    Map<Integer, Map<String, Narrowing>> narrowings =
        rows.narrowings().getOrDefault(r.id(), Map.of());
    List<LetterRecord> allLetters = rows.letters().getOrDefault(r.id(), List.of());
    Map<Integer, List<PreCheckRow>> checks = rows.checks().getOrDefault(r.id(), Map.of());
    List<VneidRequestView.Party> approvers = new ArrayList<>();
    if (Scope.NATIONAL.name().equals(r.scope())) {
      approvers.add(
          new VneidRequestView.Party(
              Groups.CITY_POLICE_DIRECTOR, "Giám đốc Công an Thành phố (đề xuất)"));
    }
    approvers.add(new VneidRequestView.Party(r.approverGroup(), routing.approverTitle()));
    List<VneidRequestView.Round> views = new ArrayList<>();
    for (RoundRecord rr : rounds) {
      views.add(
          new VneidRequestView.Round(
              rr.roundNo(),
              rr.title(),
              rr.summary(),
              rr.category(),
              rr.scope(),
              rr.targetAreaCodes(),
              rr.publishFrom(),
              rr.publishUntil(),
              rr.submittedBy(),
              rr.submittedAt(),
              rr.revisionNote(),
              rr.preCheckSummary(),
              rr.classifiedMarking(),
              "/api/vneid/requests/" + r.id() + "/image?round=" + rr.roundNo(),
              decisions.stream()
                  .filter(d -> d.roundNo() == rr.roundNo())
                  .map(
                      d ->
                          new VneidRequestView.Decision(
                              d.step(),
                              d.outcome(),
                              d.reasons(),
                              d.classifiedOverride(),
                              d.decidedBy(),
                              d.decidedAt(),
                              d.preCheckOverrideReason(),
                              narrowed(narrowings, rr.roundNo(), d)))
                  .toList(),
              allLetters.stream()
                  .filter(n -> n.roundNo() == rr.roundNo())
                  .map(
                      n ->
                          new VneidRequestView.Notice(
                              n.kind().name(),
                              n.number(),
                              n.issuedAt(),
                              n.emailedAt(),
                              LetterService.url(n),
                              LetterService.pdfUrl(n)))
                  .toList(),
              checks.getOrDefault(rr.roundNo(), List.of()),
              ScreenedText.ofHtml(rr.bodyHtml()).text()));
    }
    return new VneidRequestView(
        r.id(),
        r.status().name(),
        r.unitCode(),
        unit.name(),
        r.scope(),
        new VneidRequestView.Party(r.appraiserGroup(), routing.receivingPoliceName()),
        approvers,
        r.currentRound(),
        r.createdAt(),
        r.updatedAt(),
        views);
  }
}
