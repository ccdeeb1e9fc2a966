package vn.gov.hanoi.comms.security.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.Paging;

/**
 * The append-only audit table. Insert and read only: there is deliberately no update or delete
 * here, and the database refuses both anyway (migration V21). Inserts join the caller's
 * transaction, so a decision or identity change that rolls back leaves no audit line either.
 */
@Repository
public class AuditTrail {
  private static final String WHERE = " where occurred_at >= :from and occurred_at < :to";
  private static final int MAX_DETAILS = 4000;
  private final JdbcClient jdbc;
  private final ProductClock clock;

  public AuditTrail(JdbcClient jdbc, ProductClock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(
      AuditType type, String operation, String entityId, String details, String actor) {
    record(clock.now(), type, operation, entityId, details, actor);
  }

  public void record(
      Instant at, AuditType type, String operation, String entityId, String details, String actor) {
    jdbc.sql(
            """
        insert into audit_event (occurred_at, actor, type, operation, entity_id, details)
        values (:at, :actor, :type, :op, :entity, :details)""")
        .param("at", at.atOffset(ZoneOffset.UTC))
        .param("actor", actor == null || actor.isBlank() ? "system" : actor)
        .param("type", type.name())
        .param("op", operation.length() <= 40 ? operation : operation.substring(0, 40))
        .param("entity", entityId)
        .param(
            "details",
            details == null || details.length() <= MAX_DETAILS
                ? details
                : details.substring(0, MAX_DETAILS))
        .update();
  }

  /** Lines in [from, to), oldest first; {@code type} null for every type. At most {@code limit}. */
  public List<AuditEvent> find(Instant from, Instant to, AuditType type, Paging paging) {
    String sql =
        "select id, occurred_at, actor, type, operation, entity_id, details from audit_event"
            + WHERE
            + (type == null ? "" : " and type = :type")
            + " order by occurred_at, id offset :offset rows fetch first :limit rows only";
    var spec =
        jdbc.sql(sql)
            .param("from", from.atOffset(ZoneOffset.UTC))
            .param("to", to.atOffset(ZoneOffset.UTC))
            .param("offset", paging.offset())
            .param("limit", paging.size());
    if (type != null) {
      spec = spec.param("type", type.name());
    }
    return spec.query(
            (rs, n) ->
                new AuditEvent(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getString("actor"),
                    AuditType.valueOf(rs.getString("type")),
                    rs.getString("operation"),
                    rs.getString("entity_id"),
                    rs.getString("details")))
        .list();
  }

  public long count(Instant from, Instant to, AuditType type) {
    var spec =
        jdbc.sql(
                "select count(*) from audit_event"
                    + WHERE
                    + (type == null ? "" : " and type = :type"))
            .param("from", from.atOffset(ZoneOffset.UTC))
            .param("to", to.atOffset(ZoneOffset.UTC));
    if (type != null) {
      spec = spec.param("type", type.name());
    }
    return spec.query(Long.class).single();
  }
}
