package vn.gov.hanoi.comms.vneid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.routing.RoutingFacts;

/**
 * The product's side of routing (V-ROUTE, V-STEP-3): the facts a routing table decides on, read
 * from the request's current round, its unit and the area tree in force; and the table's answer,
 * recorded in the request's row, which is where the decision checks and the API read who handles
 * the request.
 */
@Service
public class RequestRouting {
  private final VneidRequestRepository repository;
  private final OrganisationService organisations;
  private final AreaService areas;

  public RequestRouting(
      VneidRequestRepository repository, OrganisationService organisations, AreaService areas) {
    this.repository = repository;
    this.organisations = organisations;
    this.areas = areas;
  }

  public RoutingFacts facts(long requestId) {
    VneidRequestRecord r =
        repository
            .find(requestId)
            .orElseThrow(() -> new IllegalArgumentException("Không có đề nghị " + requestId));
    RoundRecord round = repository.round(requestId, r.currentRound());
    return RoutingFacts.of(
        organisations.require(r.unitCode()),
        Scope.valueOf(round.scope()),
        round.targetAreaCodes(),
        areas.currentTree());
  }

  /** Records who handles the current round; its scope becomes the request's. */
  @Transactional
  public void record(long requestId, Routing routing) {
    VneidRequestRecord r = repository.find(requestId).orElseThrow();
    repository.updateRouting(
        requestId, repository.round(requestId, r.currentRound()).scope(), routing);
  }

  /** Who handles the request, as last recorded. */
  public Routing of(long requestId) {
    return repository.routing(requestId);
  }
}
