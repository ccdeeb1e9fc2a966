package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.quota.QuotaCompliance;
import vn.gov.hanoi.comms.quota.QuotaProcess;
import vn.gov.hanoi.comms.quota.QuotaService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * The report's figures, files, mail and access checked against the known requests of {@link
 * ReportTestBase}.
 */
class ReportTest extends ReportTestBase {
  @Autowired ReportService reports;
  @Autowired QuotaService quotas;

  @Test
  @DisplayName(
      "R-1, V-QUOTA-1, I-CADENCE-1, I-DEDUP-4: the figures of March 2030 in Mê Linh match the requests built: by unit and status, "
          + "published, returned with its reason, median and 90th percentile per step, quota compliance per unit, iHanoi cadence per body, duplicates stopped and overridden")
  void figures() {
    Report r = reports.compute(FROM, TO, "250");
    assertThat(r.duplicatesStopped()).as("no iHanoi duplicates in March 2030").isZero();
    // Cadence is as of now (other tests send notices too): the area decides which bodies are
    // listed.
    assertThat(r.cadence())
        .extracting(vn.gov.hanoi.comms.ihanoi.CadenceRow::code)
        .containsExactlyInAnyOrder("UBND-H-MELINH", "UBND-X-TIENPHONG", "UBND-TT-QUANGMINH");
    assertThat(reports.compute(FROM, TO, "01").cadence())
        .extracting(vn.gov.hanoi.comms.ihanoi.CadenceRow::code)
        .contains("VP-UBND-TP", "UBND-Q-HOANKIEM", "UBND-X-TIENPHONG");
    Report ihanoi = reports.compute(IHANOI_FROM, IHANOI_TO, "250");
    assertThat(ihanoi.duplicatesStopped())
        .as("Tiền Phong's and Quang Minh's resent notices")
        .isEqualTo(2);
    assertThat(ihanoi.duplicatesOverridden())
        .as("Tiền Phong's, let through with a reason")
        .isEqualTo(1);
    assertThat(reports.compute(IHANOI_FROM, IHANOI_TO, "002").duplicatesStopped()).isZero();
    assertThat(r.submitted()).isEqualTo(2);
    assertThat(r.published()).isEqualTo(1);
    assertThat(r.returned()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
    assertThat(r.requestsByUnit())
        .extracting(Report.UnitRequests::unitCode, Report.UnitRequests::byStatus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("UBND-TT-QUANGMINH", Map.of("RETURNED", 1)),
            org.assertj.core.groups.Tuple.tuple("UBND-X-TIENPHONG", Map.of("PUBLISHED", 1)));
    assertThat(r.returnReasons()).containsExactly(new Report.ReasonCount(RETURN_REASON, 1));
    // Appraisal took 2 h (A) and 3 h (B): nearest-rank median 2, p90 3; approval of A 5 h after its
    // pass.
    assertThat(r.stepTimes())
        .containsExactly(
            new Report.StepTime(Tasks.APPRAISE, "Thẩm định", 2, 2.0, 3.0),
            new Report.StepTime(Tasks.APPROVE, "Phê duyệt", 1, 5.0, 5.0));
    assertThat(r.quota())
        .extracting(
            QuotaCompliance::unitCode, QuotaCompliance::required, QuotaCompliance::published)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("UBND-H-MELINH", 1, 0),
            org.assertj.core.groups.Tuple.tuple("UBND-TT-QUANGMINH", 1, 0),
            org.assertj.core.groups.Tuple.tuple("UBND-X-TIENPHONG", 1, 1));
    // Another district sees none of it; the city sees both requests.
    assertThat(reports.compute(FROM, TO, "002").submitted()).isZero();
    assertThat(reports.compute(FROM, TO, "01").submitted()).isEqualTo(2);
  }

  @Test
  @DisplayName(
      "R-2: the city runs a report on demand inside the engine and it is mailed; a district may not mail the city")
  void onDemand() throws Exception {
    TestMail.server().purgeEmailFromAllMailboxes();
    var run =
        http("POST", "/api/reports/run?from=" + FROM + "&to=" + TO + "&area=250", "rep.pc06", null);
    assertThat(run.statusCode()).isEqualTo(202);
    runDueJobs();
    MimeMessage[] mails = TestMail.server().getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject())
        .contains("Báo cáo theo yêu cầu", "Huyện Mê Linh", FROM.toString());
    assertThat(attachments(mails[0])).hasSize(2);
    assertThat(
            http(
                    "POST",
                    "/api/reports/run?from=" + FROM + "&to=" + TO + "&area=250",
                    "rep.ca.melinh",
                    null)
                .statusCode())
        .isEqualTo(403);
    assertThat(
            http(
                    "POST",
                    "/api/reports/run?from=" + TO + "&to=" + FROM + "&area=250",
                    "rep.pc06",
                    null)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "V-QUOTA-2, V-QUOTA-3: seeded quotas: Department of Justice 2 in June 2024 then 1, Tourism 1 from June 2024")
  void seededQuotas() {
    var justice =
        new vn.gov.hanoi.comms.organisation.Organisation(
            "SO-TUPHAP",
            "Sở Tư pháp",
            vn.gov.hanoi.comms.organisation.OrganisationKind.CITY_DEPARTMENT,
            "01",
            "x@y.vn",
            "X");
    var tourism =
        new vn.gov.hanoi.comms.organisation.Organisation(
            "SO-DULICH",
            "Sở Du lịch",
            vn.gov.hanoi.comms.organisation.OrganisationKind.CITY_DEPARTMENT,
            "01",
            "x@y.vn",
            "X");
    var list = quotas.list();
    assertThat(QuotaService.required(list, justice, java.time.YearMonth.of(2024, 6))).isEqualTo(2);
    assertThat(QuotaService.required(list, justice, java.time.YearMonth.of(2024, 7))).isEqualTo(1);
    assertThat(QuotaService.required(list, tourism, java.time.YearMonth.of(2024, 6))).isEqualTo(1);
    assertThat(QuotaService.required(list, tourism, java.time.YearMonth.of(2024, 5))).isZero();
  }

  @Test
  @DisplayName(
      "V-QUOTA-4: administrators edit quotas through the API; bad input is refused with problem+json, others get 403")
  void quotaApi() throws Exception {
    var bad =
        http(
            "POST",
            "/api/quotas",
            "rep.admin",
            "{\"unitCode\":\"SO-TUPHAP\",\"organisationKind\":\"PRESS\",\"fromMonth\":\"2024-13\",\"minimumPerMonth\":-1}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    assertThat(bad.body()).contains("unitCode", "fromMonth", "minimumPerMonth");
    assertThat(http("GET", "/api/quotas", "rep.ca.melinh", null).statusCode()).isEqualTo(403);
    var created =
        http(
            "POST",
            "/api/quotas",
            "rep.admin",
            "{\"unitCode\":\"SO-YTE\",\"fromMonth\":\"2030-01\",\"untilMonth\":\"2030-12\",\"minimumPerMonth\":3}");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = created.body().replaceAll(".*\"id\":(\\d+).*", "$1");
    var updated =
        http(
            "PUT",
            "/api/quotas/" + id,
            "rep.admin",
            "{\"unitCode\":\"SO-YTE\",\"fromMonth\":\"2030-01\",\"minimumPerMonth\":4}");
    assertThat(updated.body()).contains("\"minimumPerMonth\":4");
    assertThat(http("GET", "/api/quotas", "rep.admin", null).body()).contains("V-QUOTA-3");
    assertThat(http("DELETE", "/api/quotas/" + id, "rep.admin", null).statusCode()).isEqualTo(204);
    assertThat(http("GET", "/api/quotas/" + id, "rep.admin", null).statusCode()).isEqualTo(404);
  }

  @Test
  @DisplayName(
      "R-2, P-2: the spreadsheet and the CSV of a district carry the figures; another district is refused")
  void downloads() throws Exception {
    String q = "?from=" + FROM + "&to=" + TO + "&area=250";
    HttpResponse<byte[]> xlsx = bytes("/api/reports/vneid.xlsx" + q, "rep.ca.melinh");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Map<String, Double> summary = numbers(wb.getSheet("Tổng hợp"));
      assertThat(summary)
          .containsEntry("Số đề nghị", 2.0)
          .containsEntry("Đã đăng", 1.0)
          .containsEntry("Trả lại", 1.0)
          .containsEntry("Từ chối", 0.0);
      Row appraisal = wb.getSheet("Thời gian xử lý").getRow(1);
      assertThat(appraisal.getCell(0).getStringCellValue()).isEqualTo("Thẩm định");
      assertThat(appraisal.getCell(2).getNumericCellValue()).isEqualTo(2.0);
      assertThat(appraisal.getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(wb.getSheet("Lý do trả lại").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(RETURN_REASON);
    }
    HttpResponse<byte[]> csv = bytes("/api/reports/vneid.csv" + q, "rep.ca.melinh");
    List<List<String>> rows =
        parseCsv(new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
    assertThat(rows.get(0)).containsExactly(ReportFiles.CSV_HEADER);
    assertThat(rows)
        .contains(
            List.of("tong_hop", "250", "Huyện Mê Linh", "da_dang", "1"),
            List.of(
                "de_nghi_theo_don_vi",
                "UBND-TT-QUANGMINH",
                "UBND thị trấn Quang Minh",
                "RETURNED",
                "1"),
            List.of("ly_do_tra_lai", "", RETURN_REASON, "so_lan", "1"),
            List.of("thoi_gian_buoc", Tasks.APPROVE, "Phê duyệt", "trung_vi_gio", "5.0"));
    assertThat(
            bytes(
                    "/api/reports/vneid.csv?from=" + FROM + "&to=" + TO + "&area=002",
                    "rep.ca.melinh")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            bytes(
                    "/api/reports/vneid.csv?from=" + TO + "&to=" + FROM + "&area=250",
                    "rep.ca.melinh")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  @DisplayName(
      "R-1, R-2: on Thursday the weekly timer runs the report inside the engine and mails it with XLSX and CSV")
  void weeklyReportMailed() throws Exception {
    ClockUtil.setCurrentTime(
        java.util.Date.from(
            ZonedDateTime.of(2030, 3, 7, 8, 0, 0, 0, ProductClock.HANOI).toInstant()));
    TestMail.server().purgeEmailFromAllMailboxes();
    Job weekly =
        managementService
            .createJobQuery()
            .timers()
            .activityId(ReportProcess.WEEKLY_START)
            .singleResult();
    managementService.executeJob(weekly.getId());
    runDueJobs();
    // One message to both recipients: GreenMail keeps one copy per recipient.
    MimeMessage[] mails = TestMail.server().getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(java.util.Arrays.stream(mails[0].getAllRecipients()).map(Object::toString))
        .containsExactlyInAnyOrder("phongthammuu@conganhanoi.gov.vn", "vanthu@vpub.hanoi.gov.vn");
    assertThat(mails[0].getSubject()).contains("Báo cáo tuần", "2030-02-28", "2030-03-06");
    Map<String, byte[]> files = attachments(mails[0]);
    assertThat(files.keySet())
        .containsExactlyInAnyOrder(
            "bao-cao-01-2030-02-28-2030-03-06.xlsx", "bao-cao-01-2030-02-28-2030-03-06.csv");
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(files.get("bao-cao-01-2030-02-28-2030-03-06.xlsx")))) {
      assertThat(numbers(wb.getSheet("Tổng hợp")))
          .containsEntry("Đã đăng", 1.0)
          .containsEntry("Số đề nghị", 2.0);
    }
    assertThat(
            new String(files.get("bao-cao-01-2030-02-28-2030-03-06.csv"), StandardCharsets.UTF_8))
        .contains("tong_hop,01,Thành phố Hà Nội,tra_lai,1");
  }

  @Test
  @DisplayName(
      "R-1, R-2: on the 10th the monthly timer reports the previous calendar month, before the 15th")
  void monthlyReportMailed() throws Exception {
    ClockUtil.setCurrentTime(
        java.util.Date.from(
            ZonedDateTime.of(2030, 4, 10, 8, 0, 0, 0, ProductClock.HANOI).toInstant()));
    TestMail.server().purgeEmailFromAllMailboxes();
    Job monthly =
        managementService
            .createJobQuery()
            .timers()
            .activityId(ReportProcess.MONTHLY_START)
            .singleResult();
    managementService.executeJob(monthly.getId());
    runDueJobs();
    MimeMessage[] mails = TestMail.server().getReceivedMessages();
    assertThat(mails).hasSize(2);
    assertThat(mails[0].getSubject()).contains("Báo cáo tháng", "2030-03-01", "2030-03-31");
    assertThat(
            new String(
                attachments(mails[0]).get("bao-cao-01-2030-03-01-2030-03-31.csv"),
                StandardCharsets.UTF_8))
        .contains(
            "tong_hop,01,Thành phố Hà Nội,da_dang,1",
            "dinh_muc_2030-03,UBND-X-TIENPHONG,UBND xã Tiền Phong,da_dang,1");
  }

  @Test
  @DisplayName(
      "V-QUOTA-1: on the 15th the engine reminds each unit below quota once: an email and a Tasklist task for the unit")
  void midMonthReminder() throws Exception {
    ClockUtil.setCurrentTime(
        java.util.Date.from(
            ZonedDateTime.of(2030, 3, 15, 8, 0, 0, 0, ProductClock.HANOI).toInstant()));
    TestMail.server().purgeEmailFromAllMailboxes();
    Job check =
        managementService
            .createJobQuery()
            .timers()
            .processDefinitionKey(QuotaProcess.CHECK_KEY)
            .singleResult();
    managementService.executeJob(check.getId());
    runDueJobs();
    String quangMinh =
        QuotaProcess.businessKey("UBND-TT-QUANGMINH", java.time.YearMonth.of(2030, 3));
    var task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(quangMinh)
            .taskCandidateGroup(Groups.unit("UBND-TT-QUANGMINH"))
            .singleResult();
    assertThat(task).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo(QuotaProcess.REMIND_TASK);
    assertThat(
            taskService
                .createTaskQuery()
                .processInstanceBusinessKey(
                    QuotaProcess.businessKey("UBND-X-TIENPHONG", java.time.YearMonth.of(2030, 3)))
                .count())
        .as("met its quota")
        .isZero();
    assertThat(TestMail.server().getReceivedMessagesForDomain("quangminh@melinh.hanoi.gov.vn"))
        .hasSize(1);
    assertThat(quotas.remindBelow()).as("once a month per unit").isEmpty();
    identityService.setAuthentication("staff-quangminh", List.of(Groups.unit("UBND-TT-QUANGMINH")));
    try {
      taskService.complete(task.getId(), Map.of("acknowledged", true));
    } finally {
      identityService.clearAuthentication();
    }
  }

  // -------------------------------------------------------------------------------------------
  // helpers

  private HttpResponse<String> http(String method, String path, String user, String json)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + path))
            .header("Authorization", basic(user))
            .header("Content-Type", "application/json");
    b.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return HttpClient.newHttpClient()
        .send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<byte[]> bytes(String path, String user) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + APP_PORT + path))
                .header("Authorization", basic(user))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, Double> numbers(Sheet sheet) {
    Map<String, Double> m = new HashMap<>();
    for (Row row : sheet) {
      if (row.getCell(1) != null
          && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
        m.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
      }
    }
    return m;
  }

  /** RFC 4180: quoted fields may hold commas and doubled quotes. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.split("\r\n")) {
      List<String> fields = new ArrayList<>();
      StringBuilder f = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = !quoted;
        } else if (c == ',' && !quoted) {
          fields.add(f.toString());
          f.setLength(0);
        } else {
          f.append(c);
        }
      }
      fields.add(f.toString());
      rows.add(fields);
    }
    return rows;
  }

  private static Map<String, byte[]> attachments(MimeMessage m) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    Multipart mp = (Multipart) m.getContent();
    collect(mp, files);
    return files;
  }

  private static void collect(Multipart mp, Map<String, byte[]> files) throws Exception {
    for (int i = 0; i < mp.getCount(); i++) {
      var part = mp.getBodyPart(i);
      if (part.getContent() instanceof Multipart inner) {
        collect(inner, files);
      } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        files.put(
            jakarta.mail.internet.MimeUtility.decodeText(part.getFileName()),
            part.getInputStream().readAllBytes());
      }
    }
  }
}
