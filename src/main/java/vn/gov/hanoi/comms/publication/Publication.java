package vn.gov.hanoi.comms.publication;

import java.time.Instant;
import java.util.List;

/**
 * An article or notice as it is handed to a publication channel. {@code idempotencyKey} identifies
 * it across retries and nodes: publishing the same key twice shows it once.
 */
public record Publication(
    String idempotencyKey,
    String source,
    long sourceId,
    String title,
    String summary,
    String bodyHtml,
    Long imageFileId,
    String scope,
    List<String> targetAreaCodes,
    int ageMin,
    int ageMax,
    String gender,
    Instant publishedAt,
    Instant visibleUntil) {

  /** Target code meaning "every resident of the country" (national scope). */
  public static final String NATIONWIDE = "VN";
}
