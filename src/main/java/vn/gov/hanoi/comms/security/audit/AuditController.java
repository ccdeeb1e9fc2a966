package vn.gov.hanoi.comms.security.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.Paging;

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
  public ResponseEntity<List<AuditEvent>> audit(@ParameterObject AuditQuery query) {
    Paging paging = query.paging();
    AuditQuery.Window w = query.window(clock.now());
    return paging.answer(
        trail.find(w.start(), w.end(), w.kind(), paging),
        trail.count(w.start(), w.end(), w.kind()));
  }
}
