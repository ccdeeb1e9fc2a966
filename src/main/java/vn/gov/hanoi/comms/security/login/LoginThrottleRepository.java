package vn.gov.hanoi.comms.security.login;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login_throttle and login_known_address tables. */
@Repository
class LoginThrottleRepository {
  private final JdbcClient jdbc;

  LoginThrottleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One throttled key: a user at an address, an address, or a user everywhere. */
  record Entry(
      String key,
      String kind,
      String userId,
      String clientAddress,
      int failures,
      Instant lockedUntil,
      Instant lastFailureAt) {}

  Optional<Entry> find(String key) {
    return jdbc.sql("select * from login_throttle where throttle_key = :k")
        .param("k", key)
        .query(this::entry)
        .optional();
  }

  List<Entry> active(Instant since) {
    return jdbc.sql(
            "select * from login_throttle where last_failure_at >= :since or locked_until > :since"
                + " order by last_failure_at desc")
        .param("since", utc(since))
        .query(this::entry)
        .list();
  }

  void save(Entry e) {
    int updated =
        jdbc.sql(
                "update login_throttle set failures = :f, locked_until = :until, last_failure_at = :last"
                    + " where throttle_key = :k")
            .param("f", e.failures())
            .param("until", e.lockedUntil() == null ? null : utc(e.lockedUntil()))
            .param("last", utc(e.lastFailureAt()))
            .param("k", e.key())
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "insert into login_throttle (throttle_key, kind, user_id, client_address, failures, locked_until,"
                    + " last_failure_at) values (:k, :kind, :u, :a, :f, :until, :last)")
            .param("k", e.key())
            .param("kind", e.kind())
            .param("u", e.userId())
            .param("a", e.clientAddress())
            .param("f", e.failures())
            .param("until", e.lockedUntil() == null ? null : utc(e.lockedUntil()))
            .param("last", utc(e.lastFailureAt()))
            .update();
      } catch (DuplicateKeyException raced) {
        save(e); // another node inserted it first
      }
    }
  }

  int delete(String key) {
    return jdbc.sql("delete from login_throttle where throttle_key = :k").param("k", key).update();
  }

  /**
   * Lifts every delay that concerns this user (userId) or this address (address); either may be
   * null.
   */
  int lift(String userId, String address) {
    int n = 0;
    if (userId != null) {
      n += jdbc.sql("delete from login_throttle where user_id = :u").param("u", userId).update();
    }
    if (address != null) {
      n +=
          jdbc.sql("delete from login_throttle where client_address = :a")
              .param("a", address)
              .update();
    }
    return n;
  }

  boolean known(String userId, String address, Instant since) {
    return jdbc.sql(
                "select count(*) from login_known_address where user_id = :u and client_address = :a"
                    + " and last_success_at >= :since")
            .param("u", userId)
            .param("a", address)
            .param("since", utc(since))
            .query(Integer.class)
            .single()
        > 0;
  }

  void rememberSuccess(String userId, String address, Instant at) {
    int updated =
        jdbc.sql(
                "update login_known_address set last_success_at = :at where user_id = :u and client_address = :a")
            .param("at", utc(at))
            .param("u", userId)
            .param("a", address)
            .update();
    if (updated == 0) {
      try {
        jdbc.sql(
                "insert into login_known_address (user_id, client_address, last_success_at) values (:u, :a, :at)")
            .param("u", userId)
            .param("a", address)
            .param("at", utc(at))
            .update();
      } catch (DuplicateKeyException raced) {
        // the other node recorded the same success
      }
    }
  }

  private Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    OffsetDateTime until = rs.getObject("locked_until", OffsetDateTime.class);
    return new Entry(
        rs.getString("throttle_key"),
        rs.getString("kind"),
        rs.getString("user_id"),
        rs.getString("client_address"),
        rs.getInt("failures"),
        until == null ? null : until.toInstant(),
        rs.getObject("last_failure_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime utc(Instant i) {
    return i.atOffset(ZoneOffset.UTC);
  }
}
