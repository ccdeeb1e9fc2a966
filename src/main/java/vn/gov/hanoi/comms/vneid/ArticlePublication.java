package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import vn.gov.hanoi.comms.publication.Publication;

/** What the VNeID flow hands publication: an approved round as an article (V-STEP-5). */
public final class ArticlePublication {
  /** The publication table's {@code source} of VNeID articles. */
  public static final String SOURCE = "VNEID";

  private ArticlePublication() {}

  /**
   * The round as approved ({@code r}: with the approver's narrowing, if any, V-STEP-3), shown to
   * the whole country, the whole city ({@code cityCode} is read only then) or its own areas.
   */
  public static Publication of(RoundRecord r, Supplier<String> cityCode, Instant at) {
    List<String> targets =
        switch (r.scope()) {
          case "NATIONAL" -> List.of(Publication.NATIONWIDE);
          case "CITY" -> List.of(cityCode.get());
          default -> r.targetAreaCodes();
        };
    return new Publication(
        "vneid-" + r.requestId() + "-r" + r.roundNo(),
        SOURCE,
        r.requestId(),
        r.title(),
        r.summary(),
        r.bodyHtml(),
        r.featuredImageId(),
        r.scope(),
        targets,
        r.ageMin(),
        r.ageMax(),
        r.gender(),
        at,
        r.publishUntil());
  }
}
