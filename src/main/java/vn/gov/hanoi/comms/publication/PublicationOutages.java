package vn.gov.hanoi.comms.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open outages of items on channels (table publication_outage, O-FAIL-2). A failed attempt is
 * written in its own transaction, since the failing job rolls back; the end of an outage is written
 * in the job's transaction, so it counts only if the job commits.
 */
@Repository
public class PublicationOutages {
  private static final String COLUMNS =
      "channel, idempotency_key, source, source_id, action, item, first_failed_at, attempts, last_error, alerted";

  // Channels are named by PublicationChannel.name(), an open set (see DeliveryLog), so a string.
  private final JdbcClient jdbc;

  public PublicationOutages(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a failed attempt: the first one opens an outage (or reopens a past one), later ones
   * count. Returns the outage as it now stands.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public PublicationOutage failed(
      String channel,
      String key,
      String source,
      long sourceId,
      String action,
      String item,
      String error,
      Instant at) {
    String shortError = HttpFaults.excerpt(error, 2000);
    int changed =
        jdbc.sql(
                """
            update publication_outage set
              attempts = case when recovered_at is null then attempts + 1 else 1 end,
              first_failed_at = case when recovered_at is null then first_failed_at else :at end,
              alerted = case when recovered_at is null then alerted else false end,
              last_failed_at = :at, last_error = :error, recovered_at = null
            where channel = :c and idempotency_key = :k""")
            .param("c", channel)
            .param("k", key)
            .param("at", PublicationRepository.utc(at))
            .param("error", shortError)
            .update();
    if (changed == 0) {
      // two nodes failing on the same key at the same moment: the second insert fails, and so its
      // alert; the first node's alert stands
      jdbc.sql(
              """
            insert into publication_outage(channel, idempotency_key, source, source_id, action, item,
              first_failed_at, last_failed_at, attempts, last_error)
            values (:c, :k, :source, :sourceId, :action, :item, :at, :at, 1, :error)""")
          .param("c", channel)
          .param("k", key)
          .param("source", source)
          .param("sourceId", sourceId)
          .param("action", action)
          .param("item", HttpFaults.excerpt(item, 400))
          .param("at", PublicationRepository.utc(at))
          .param("error", shortError)
          .update();
    }
    return find(channel, key).orElseThrow();
  }

  /** Marks the outage's alert as sent: later attempts of the same outage alert nobody. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void alerted(String channel, String key) {
    jdbc.sql(
            "update publication_outage set alerted = true where channel = :c and idempotency_key = :k")
        .param("c", channel)
        .param("k", key)
        .update();
  }

  /**
   * Ends the open outage of this item on this channel, if there is one (in the caller's
   * transaction), and returns it.
   */
  public Optional<PublicationOutage> recovered(String channel, String key, Instant at) {
    Optional<PublicationOutage> open = find(channel, key);
    open.ifPresent(
        o ->
            jdbc.sql(
                    "update publication_outage set recovered_at = :at where channel = :c and idempotency_key = :k")
                .param("at", PublicationRepository.utc(at))
                .param("c", channel)
                .param("k", key)
                .update());
    return open;
  }

  /** The open outage of this item on this channel. */
  public Optional<PublicationOutage> find(String channel, String key) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from publication_outage where channel = :c and idempotency_key = :k and recovered_at is null")
        .param("c", channel)
        .param("k", key)
        .query(PublicationOutages::row)
        .optional();
  }

  /** Every open outage, oldest first. */
  public List<PublicationOutage> open() {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from publication_outage where recovered_at is null order by first_failed_at")
        .query(PublicationOutages::row)
        .list();
  }

  private static PublicationOutage row(ResultSet rs, int n) throws SQLException {
    return new PublicationOutage(
        rs.getString("channel"),
        rs.getString("idempotency_key"),
        rs.getString("source"),
        rs.getLong("source_id"),
        rs.getString("action"),
        rs.getString("item"),
        rs.getObject("first_failed_at", OffsetDateTime.class).toInstant(),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getBoolean("alerted"));
  }
}
