package vn.gov.hanoi.comms.security.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;

/** The audit trail, read-only, for administrators (SecurityConfig restricts /api/audit to them). */
@RestController
public class AuditController {
  static final int MAX_LINES = 5000;
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
              + "IHANOI_DECISION, USER, GROUP, MEMBERSHIP, AUTHORIZATION. Oldest first, at most 5,000 lines.")
  @GetMapping("/api/audit")
  public List<AuditEvent> audit(
      @RequestParam(value = "from", required = false) String from,
      @RequestParam(value = "to", required = false) String to,
      @RequestParam(value = "type", required = false) String type) {
    List<FieldError> errors = new ArrayList<>();
    Instant now = clock.now();
    Instant start = parse("from", from, now.minus(Duration.ofDays(30)), errors);
    Instant end = parse("to", to, now.plusSeconds(1), errors);
    AuditType kind = null;
    if (type != null && !type.isBlank()) {
      try {
        kind = AuditType.valueOf(type);
      } catch (IllegalArgumentException e) {
        errors.add(
            new FieldError(
                "type",
                "Loại không hợp lệ: phải là một trong " + Arrays.toString(AuditType.values())));
      }
    }
    if (errors.isEmpty() && !start.isBefore(end)) {
      errors.add(new FieldError("to", "'to' phải sau 'from'"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tham số không hợp lệ", errors);
    }
    return trail.find(start, end, kind, MAX_LINES);
  }

  private static Instant parse(
      String field, String value, Instant fallback, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      // An unencoded "+07:00" in a query string arrives as " 07:00".
      return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field, "Thời điểm phải theo ISO-8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00"));
      return fallback;
    }
  }
}
