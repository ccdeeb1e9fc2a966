package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.util.List;
import vn.gov.hanoi.comms.publication.Publication;

/**
 * What the iHanoi flow hands publication: a notice, for every resident of its body's area (the area
 * and all areas inside it, I-LEVEL).
 */
public final class NoticePublication {
  /** The publication table's {@code source} of iHanoi notices. */
  public static final String SOURCE = "IHANOI";

  private NoticePublication() {}

  public static Publication of(NoticeRecord n, Instant at) {
    String summary =
        n.bodyText().length() <= 1000 ? n.bodyText() : n.bodyText().substring(0, 999) + "…";
    return new Publication(
        "ihanoi-" + n.id(),
        SOURCE,
        n.id(),
        n.title(),
        summary,
        n.bodyHtml(),
        null,
        n.level().name(),
        List.of(n.areaCode()),
        0,
        120,
        "ALL",
        at,
        n.validUntil());
  }
}
