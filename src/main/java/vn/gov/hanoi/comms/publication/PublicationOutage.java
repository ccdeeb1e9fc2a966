package vn.gov.hanoi.comms.publication;

import java.time.Instant;

/**
 * An item that a channel did not take, from the first failed attempt until it went out: which
 * channel, which item (flow and id, idempotency key, publish or withdraw), since when, how many
 * attempts, and the last error as people read it.
 */
public record PublicationOutage(
    String channel,
    String idempotencyKey,
    String source,
    long sourceId,
    String action,
    String item,
    Instant firstFailedAt,
    int attempts,
    String lastError,
    boolean alerted) {

  public static final String PUBLISH = "publish";
  public static final String WITHDRAW = "withdraw";

  public boolean withdrawal() {
    return WITHDRAW.equals(action);
  }
}
