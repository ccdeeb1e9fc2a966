package vn.gov.hanoi.comms.ihanoi;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.publication.Publication;
import vn.gov.hanoi.comms.publication.PublicationService;

/** What the iHanoi flow hands publication: a notice, as one publication to its body's area. */
@Component
public class NoticePublication {
  /** The publication table's {@code source} of iHanoi notices. */
  public static final String SOURCE = "IHANOI";

  private final IhanoiNoticeRepository repository;
  private final PublicationService publications;
  private final ProductClock clock;

  public NoticePublication(
      IhanoiNoticeRepository repository, PublicationService publications, ProductClock clock) {
    this.repository = repository;
    this.publications = publications;
    this.clock = clock;
  }

  /**
   * Sends an iHanoi notice to every resident of its body's area (the area and all areas inside it,
   * I-LEVEL).
   */
  @Transactional
  public void publish(long noticeId) {
    NoticeRecord n = repository.find(noticeId).orElseThrow();
    String summary =
        n.bodyText().length() <= 1000 ? n.bodyText() : n.bodyText().substring(0, 999) + "…";
    publications.publish(
        new Publication(
            "ihanoi-" + noticeId,
            SOURCE,
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
            n.validUntil()));
  }
}
