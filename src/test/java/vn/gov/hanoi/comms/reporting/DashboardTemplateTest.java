package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.quota.QuotaCompliance;
import vn.gov.hanoi.comms.testsupport.Templates;

/** templates/reporting/dashboard.html and its charts, rendered without a Spring context. */
class DashboardTemplateTest {
  private static final LocalDate FROM = LocalDate.of(2030, 3, 1);
  private static final Instant NOW = Instant.parse("2030-03-08T01:02:03.456Z");

  static Report sample(String reason) {
    return new Report(
        FROM,
        FROM.plusDays(6),
        "250",
        "Huyện <Mê Linh>",
        Instant.EPOCH,
        List.of(),
        5,
        2,
        1,
        1,
        List.of(),
        List.of(new Report.ReasonCount(reason, 3), new Report.ReasonCount("Ảnh mờ", 1)),
        List.of(new Report.StepTime("Task_Appraise", "Thẩm định", 4, 2.25, 10.0)),
        List.of(
            new QuotaCompliance("UBND-ML", "UBND huyện Mê Linh", YearMonth.of(2030, 3), 4, 5),
            new QuotaCompliance("UBND-X", "Xã \"Tiền Phong\"", YearMonth.of(2030, 3), 4, 1)),
        List.of(
            new CadenceRow(
                "CA-ML",
                "Công an huyện",
                null,
                null,
                null,
                null,
                true,
                true,
                null,
                null,
                null,
                "")),
        2,
        1,
        List.of(
            new Report.Overdue(
                "police-appraisal-250", "Đội tham mưu", "Task_Appraise", "Thẩm định", 2, 1)));
  }

  static String render(Report r) {
    Context model = new Context(Locale.ROOT);
    model.setVariable(
        "d",
        DashboardController.view(
            r,
            List.of(
                new Area("250", "Huyện Mê Linh", AreaLevel.DISTRICT, "Huyện", "01"),
                new Area("9001", "Xã <Tiền> Phong", AreaLevel.COMMUNE, "Xã", "250")),
            NOW));
    return Templates.engine().process("reporting/dashboard", model);
  }

  @Test
  @DisplayName(
      "R-2, V-QUOTA-1, I-CADENCE-1: tiles, filter and one SVG bar per figure, each with its number and key")
  void layout() {
    String html = render(sample("Thiếu nguồn"));
    assertThat(html)
        .startsWith("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">")
        .contains(
            "<b id=\"area-name\">Huyện &lt;Mê Linh&gt;</b> · Kỳ: 2030-03-01 – 2030-03-07</p>",
            "<input type=\"date\" name=\"from\" value=\"2030-03-01\">",
            "<option value=\"250\" selected=\"selected\">Huyện Mê Linh</option>",
            "<option value=\"9001\">Xã &lt;Tiền&gt; Phong</option>",
            "href=\"/api/reports/vneid.csv?from=2030-03-01&amp;to=2030-03-07&amp;area=250\"",
            "<div class=\"tile\" id=\"tile-submitted\"><b>5</b>Đề nghị gửi</div>",
            "<div class=\"tile\" id=\"tile-overdue\"><b>2</b>Việc quá hạn</div>",
            "<svg id=\"chart-quota\" xmlns=\"http://www.w3.org/2000/svg\" width=\"830\" height=\"56\" role=\"img\">",
            "<g class=\"row\" data-key=\"UBND-ML\"><text x=\"0\" y=\"19\">UBND huyện Mê Linh (2030-03)</text>"
                + "<rect class=\"met\" x=\"330\" y=\"7\" width=\"420.0\" height=\"16\"/>"
                + "<text class=\"value\" x=\"756.0\" y=\"19\">5 / 4</text></g>",
            "<g class=\"row\" data-key=\"UBND-X\"><text x=\"0\" y=\"43\">Xã &quot;Tiền Phong&quot; (2030-03)</text>"
                + "<rect class=\"miss\" x=\"330\" y=\"31\" width=\"84.0\" height=\"16\"/>",
            "data-key=\"police-appraisal-250/Task_Appraise\"",
            "<text class=\"value\" x=\"338.0\" y=\"19\">chưa gửi</text>",
            "data-key=\"Task_Appraise-p90\"",
            "<p style=\"color:#777;font-size:12px\">Lập lúc 2030-03-08T08:02:03 (giờ Hà Nội)</p></body></html>")
        .doesNotContain(" th:", "xmlns:th", "[[", "<!--");
  }

  @Test
  @DisplayName("R-2: a chart without figures says so")
  void emptyChart() {
    Report empty = ReportFilesTest.withReturnReasons();
    assertThat(render(empty))
        .contains("<p id=\"chart-reasons\" class=\"empty\">Không có số liệu trong kỳ.</p>")
        .doesNotContain("<svg");
  }

  @Test
  @DisplayName("R-2, T-3: a return reason with markup is drawn as text, long labels are shortened")
  void escapesAndShortens() {
    String html = render(sample("<script>alert('x')</script>" + "a".repeat(60)));
    assertThat(html)
        .contains("data-key=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains(
            "<text x=\"0\" y=\"19\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"
                + "a".repeat(24)
                + "…</text>")
        .doesNotContain("<script>");
  }
}
