package vn.gov.hanoi.comms.publication;

import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which calls an external channel has confirmed (table publication_delivery). A confirmed call is
 * committed at once, apart from the job's transaction: if the job then fails and is retried, the
 * call is not repeated. A crash between the gateway's answer and this commit is covered by the
 * gateway's own check of the Idempotency-Key header.
 */
@Repository
public class DeliveryLog {
  // A channel is named by PublicationChannel.name(), a string: channels are beans that anyone may
  // add (the default name is the class's), so their names are not a closed set known here.
  private final JdbcClient jdbc;

  public DeliveryLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public boolean delivered(String channel, String key) {
    return jdbc.sql(
                "select count(*) from publication_delivery where channel = :c and idempotency_key = :k")
            .param("c", channel)
            .param("k", key)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void record(String channel, String key, Instant at) {
    try {
      jdbc.sql(
              "insert into publication_delivery(channel, idempotency_key, delivered_at) values (:c, :k, :at)")
          .param("c", channel)
          .param("k", key)
          .param("at", PublicationRepository.utc(at))
          .update();
    } catch (DuplicateKeyException alreadyThere) {
      // another node delivered the same key at the same moment: the gateway dedupes it by the
      // header
    }
  }
}
