package vn.gov.hanoi.comms.publication;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;

/** Hands approved content to every configured channel, and takes it down again (V-STEP-5). */
@Service
public class PublicationService {
  public static final String SOURCE_VNEID = "VNEID";
  public static final String SOURCE_IHANOI = "IHANOI";

  private final List<PublicationChannel> channels;
  private final VneidRequestRepository vneid;
  private final PublicationRepository repository;
  private final AreaService areas;
  private final ProductClock clock;
  private final IhanoiNoticeRepository ihanoi;
  private final DeliveryLog deliveries;

  public PublicationService(
      List<PublicationChannel> channels,
      VneidRequestRepository vneid,
      PublicationRepository repository,
      AreaService areas,
      ProductClock clock,
      IhanoiNoticeRepository ihanoi,
      DeliveryLog deliveries) {
    this.channels = channels;
    this.deliveries = deliveries;
    this.vneid = vneid;
    this.ihanoi = ihanoi;
    this.repository = repository;
    this.areas = areas;
    this.clock = clock;
  }

  @Transactional
  public void publishVneidArticle(long requestId, int round) {
    RoundRecord r =
        vneid.approvedRound(requestId, round); // with the approver's narrowing, if any (V-STEP-3)
    List<String> targets =
        switch (r.scope()) {
          case "NATIONAL" -> List.of(Publication.NATIONWIDE);
          case "CITY" -> List.of(areas.currentTree().city().code());
          default -> r.targetAreaCodes();
        };
    Publication p =
        new Publication(
            "vneid-" + requestId + "-r" + round,
            SOURCE_VNEID,
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
            r.publishUntil());
    publish(p);
  }

  /**
   * Sends an iHanoi notice to every resident of its body's area (the area and all areas inside it,
   * I-LEVEL).
   */
  @Transactional
  public void publishIhanoiNotice(long noticeId) {
    NoticeRecord n = ihanoi.find(noticeId).orElseThrow();
    String summary =
        n.bodyText().length() <= 1000 ? n.bodyText() : n.bodyText().substring(0, 999) + "…";
    Publication p =
        new Publication(
            "ihanoi-" + noticeId,
            SOURCE_IHANOI,
            noticeId,
            n.title(),
            summary,
            n.bodyHtml(),
            null,
            n.level().name(),
            List.of(n.areaCode()),
            0,
            120,
            "ALL",
            clock.now(),
            n.validUntil());
    publish(p);
  }

  private void publish(Publication p) {
    for (PublicationChannel c : channels) {
      once(c, p.idempotencyKey(), () -> c.publish(p));
    }
  }

  /** Calls an outside channel at most once per key across retries and nodes (see DeliveryLog). */
  private void once(PublicationChannel c, String key, Runnable call) {
    if (c.transactional()) {
      call.run();
      return;
    }
    if (deliveries.delivered(c.name(), key)) {
      return;
    }
    call.run();
    deliveries.record(c.name(), key, clock.now());
  }

  @Transactional
  public void withdrawVneidArticle(long requestId) {
    for (String key : new ArrayList<>(repository.activeKeys(SOURCE_VNEID, requestId))) {
      for (PublicationChannel c : channels) {
        once(c, key + ":withdraw", () -> c.withdraw(key));
      }
    }
  }
}
