package vn.gov.hanoi.comms.security.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.QueryParams;

/**
 * The query string of the audit trail, bound by Spring MVC from the request parameters of the same
 * names (all optional, all read as text so that a bad value is refused by the product's own 400
 * naming the parameter).
 *
 * @param from ISO-8601 with offset (default: 30 days ago)
 * @param to ISO-8601 with offset, exclusive (default: now)
 * @param type one of {@link AuditType}
 * @param page the page, from 0
 * @param size rows per page (default 100, at most 500)
 */
public record AuditQuery(String from, String to, String type, String page, String size) {

  /** What the query asks for, read at {@code now}; refuses (400) with every bad parameter named. */
  record Window(Instant start, Instant end, AuditType kind) {}

  Paging paging() {
    return Paging.of(page, size);
  }

  Window window(Instant now) {
    List<FieldError> errors = new ArrayList<>();
    Instant start = QueryParams.instant("from", from, now.minus(Duration.ofDays(30)), errors);
    Instant end = QueryParams.instant("to", to, now.plusSeconds(1), errors);
    AuditType kind = QueryParams.oneOf("type", type, AuditType.class, errors);
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.add(new FieldError("to", "'to' phải sau 'from'"));
    }
    QueryParams.refuseIfAny(errors);
    return new Window(start, end, kind);
  }
}
