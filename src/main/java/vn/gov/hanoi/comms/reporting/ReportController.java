package vn.gov.hanoi.comms.reporting;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.reporting.ReportProcess.Vars;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

/**
 * Reports for any period and area: as JSON, a spreadsheet or a CSV, and run on demand inside
 * the engine (emailed to the configured recipients). Without {@code from}/{@code to}: this month so
 * far. A user sees only the areas of {@link ReportAccess}.
 */
@RestController
@RequestMapping("/api/reports")
public class ReportController {
  private final ReportService reports;
  private final ReportAccess access;
  private final CurrentUserResolver users;
  private final RuntimeService runtimeService;
  private final ProductClock clock;

  public ReportController(
      ReportService reports,
      ReportAccess access,
      CurrentUserResolver users,
      RuntimeService runtimeService,
      ProductClock clock) {
    this.reports = reports;
    this.access = access;
    this.users = users;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @GetMapping(value = "/vneid.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public Report json(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String area) {
    return compute(from, to, area);
  }

  @GetMapping("/vneid.xlsx")
  public ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String area) {
    Report r = compute(from, to, area);
    return file(ReportFiles.xlsx(r), ReportMailer.XLSX, r, "xlsx");
  }

  @GetMapping("/vneid.csv")
  public ResponseEntity<byte[]> csv(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String area) {
    Report r = compute(from, to, area);
    return file(ReportFiles.csv(r), "text/csv;charset=UTF-8", r, "csv");
  }

  /**
   * Starts vneid-ihanoi-report for the period: it shows in Cockpit and its mail is retried like the
   * scheduled ones. The mail goes to the city's recipients, so only the city's roles may send it.
   */
  @PostMapping("/run")
  public ResponseEntity<Map<String, Object>> run(
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String area) {
    var user = users.current();
    if (!access.seesWholeCity(user)) {
      throw new AccessDeniedException(
          "Chỉ Công an Thành phố, Văn phòng UBND Thành phố và quản trị được gửi báo cáo");
    }
    String a = access.resolve(user, area);
    reports.validate(from, to, a);
    var pi =
        runtimeService.startProcessInstanceByKey(
            ReportProcess.KEY,
            "REPORT-" + a + "-" + from + "-" + to,
            Map.of(
                Vars.FROM,
                from.toString(),
                Vars.TO,
                to.toString(),
                Vars.AREA,
                a,
                Vars.KIND,
                ReportKind.ON_REQUEST.label()));
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(
            Map.of(
                "processInstanceId",
                pi.getId(),
                "from",
                from.toString(),
                "to",
                to.toString(),
                "area",
                a));
  }

  Report compute(LocalDate from, LocalDate to, String area) {
    String a = access.resolve(users.current(), area);
    LocalDate today = clock.now().atZone(ProductClock.HANOI).toLocalDate();
    return reports.compute(
        from == null ? today.withDayOfMonth(1) : from, to == null ? today : to, a);
  }

  private static ResponseEntity<byte[]> file(byte[] body, String type, Report r, String ext) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"bao-cao-vneid-"
                + r.areaCode()
                + "-"
                + r.from()
                + "-"
                + r.to()
                + "."
                + ext
                + "\"")
        .body(body);
  }
}
