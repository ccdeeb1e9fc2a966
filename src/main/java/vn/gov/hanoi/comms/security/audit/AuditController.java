package vn.gov.hanoi.comms.security.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.QueryParams;

/** The audit trail, read-only, for administrators (SecurityConfig restricts /api/audit to them). */
@RestController
public class AuditController {
  private final AuditTrail trail;
  private final ProductClock clock;

  public AuditController(AuditTrail trail, ProductClock clock) {
    this.trail = trail;
    this.clock = clock;
  }

  @Operation(
      summary = "Nhật ký kiểm toán: quyết định và thay đổi người dùng, nhóm, quyền (chỉ quản trị)",
      description =
          "from/to: ISO-8601 with offset (default: the last 30 days); type: one of VNEID_DECISION, "
              + "IHANOI_DECISION, USER, GROUP, MEMBERSHIP, AUTHORIZATION. Oldest first; paged with page/size "
              + "(default 100, at most 500), total in X-Total-Count, next page in Link.")
  @GetMapping("/api/audit")
  public ResponseEntity<List<AuditEvent>> audit(
      @RequestParam(value = "from", required = false) String from,
      @RequestParam(value = "to", required = false) String to,
      @RequestParam(value = "type", required = false) String type,
      @RequestParam(value = "page", required = false) String page,
      @RequestParam(value = "size", required = false) String size) {
    Paging paging = Paging.of(page, size);
    List<FieldError> errors = new ArrayList<>();
    Instant now = clock.now();
    Instant start = QueryParams.instant("from", from, now.minus(Duration.ofDays(30)), errors);
    Instant end = QueryParams.instant("to", to, now.plusSeconds(1), errors);
    AuditType kind = QueryParams.oneOf("type", type, AuditType.class, errors);
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.add(new FieldError("to", "'to' phải sau 'from'"));
    }
    QueryParams.refuseIfAny(errors);
    return paging.answer(trail.find(start, end, kind, paging), trail.count(start, end, kind));
  }
}
