package vn.gov.hanoi.comms.vneid;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.publication.Publication;
import vn.gov.hanoi.comms.publication.PublicationService;

/**
 * What the VNeID flow hands publication: the approved round as an article, and its take-down
 * (V-STEP-5).
 */
@Component
public class VneidArticlePublication {
  /** The publication table's {@code source} of VNeID articles. */
  public static final String SOURCE = "VNEID";

  private final VneidRequestRepository repository;
  private final PublicationService publications;
  private final AreaService areas;
  private final ProductClock clock;

  public VneidArticlePublication(
      VneidRequestRepository repository,
      PublicationService publications,
      AreaService areas,
      ProductClock clock) {
    this.repository = repository;
    this.publications = publications;
    this.areas = areas;
    this.clock = clock;
  }

  /** Publishes the round as approved, to its areas and audience, until its window ends. */
  @Transactional
  public void publish(long requestId, int round) {
    // with the approver's narrowing, if any (V-STEP-3)
    RoundRecord r = repository.approvedRound(requestId, round);
    List<String> targets =
        switch (r.scope()) {
          case "NATIONAL" -> List.of(Publication.NATIONWIDE);
          case "CITY" -> List.of(areas.currentTree().city().code());
          default -> r.targetAreaCodes();
        };
    publications.publish(
        new Publication(
            "vneid-" + requestId + "-r" + round,
            SOURCE,
            requestId,
            r.title(),
            r.summary(),
            r.bodyHtml(),
            r.featuredImageId(),
            r.scope(),
            targets,
            r.ageMin(),
            r.ageMax(),
            r.gender(),
            clock.now(),
            r.publishUntil()));
  }

  /** Takes down every round of the request still shown. */
  @Transactional
  public void withdraw(long requestId) {
    publications.retract(SOURCE, requestId);
  }
}
