package vn.gov.hanoi.comms.vneid;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a unit narrows its list of requests by: a status and the submission time ({@code from}
 * inclusive, {@code to} exclusive); each null means "any".
 */
public record VneidRequestFilter(VneidStatus status, Instant from, Instant to) {

  String where() {
    return " where unit_code in (:units)"
        + (status == null ? "" : " and status = :status")
        + (from == null ? "" : " and created_at >= :from")
        + (to == null ? "" : " and created_at < :to");
  }

  JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<String> units) {
    spec = spec.param("units", units);
    if (status != null) {
      spec = spec.param("status", status.name());
    }
    if (from != null) {
      spec = spec.param("from", Timestamp.from(from));
    }
    if (to != null) {
      spec = spec.param("to", Timestamp.from(to));
    }
    return spec;
  }
}
