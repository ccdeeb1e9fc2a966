package vn.gov.hanoi.comms.vneid.api;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.screening.ScreenedText;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.DecisionRecord;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.notice.NoticeRecord;
import vn.gov.hanoi.comms.vneid.notice.NoticeService;

/** Builds the API's view of a request from the product's tables. */
@Component
class VneidRequestViews {
  private final VneidRequestRepository repository;
  private final OrganisationService organisations;
  private final NoticeService notices;
  private final PreCheckRowRepository preChecks;

  VneidRequestViews(
      VneidRequestRepository repository,
      OrganisationService organisations,
      NoticeService notices,
      PreCheckRowRepository preChecks) {
    this.preChecks = preChecks;
    this.repository = repository;
    this.organisations = organisations;
    this.notices = notices;
  }

  private String narrowed(long requestId, int round, DecisionRecord d) {
    if (!"APPROVE".equals(d.outcome())) {
      return null;
    }
    var n = repository.narrowings(requestId, round).get(d.step());
    return n == null ? null : n.describe();
  }

  VneidRequestView of(VneidRequestRecord r) {
    Organisation unit = organisations.require(r.unitCode());
    List<RoundRecord> rounds = repository.rounds(r.id());
    Routing routing = repository.routing(r.id());
    List<VneidRequestView.Party> approvers = new ArrayList<>();
    if (Scope.NATIONAL.name().equals(r.scope())) {
      approvers.add(
          new VneidRequestView.Party(
              Groups.CITY_POLICE_DIRECTOR, "Giám đốc Công an Thành phố (đề xuất)"));
    }
    approvers.add(new VneidRequestView.Party(r.approverGroup(), routing.approverTitle()));
    List<DecisionRecord> decisions = repository.decisions(r.id());
    List<NoticeRecord> allNotices = notices.forRequest(r.id());
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
                              narrowed(r.id(), rr.roundNo(), d)))
                  .toList(),
              allNotices.stream()
                  .filter(n -> n.roundNo() == rr.roundNo())
                  .map(
                      n ->
                          new VneidRequestView.Notice(
                              n.kind().name(),
                              n.number(),
                              n.issuedAt(),
                              n.emailedAt(),
                              NoticeService.url(n),
                              NoticeService.pdfUrl(n)))
                  .toList(),
              preChecks.forRound(r.id(), rr.roundNo()),
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
