package vn.gov.hanoi.comms.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.quota.QuotaCompliance;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

/**
 * The officials' dashboard, in Vietnamese: the report of a period and area drawn as inline
 * SVG on the server, so that it works in a closed network with no script library. Each bar carries
 * its number as text.
 */
@RestController
public class DashboardController {
  private final ReportController reports;
  private final ReportAccess access;
  private final CurrentUserResolver users;
  private final AreaService areas;
  private final ProductClock clock;

  public DashboardController(
      ReportController reports,
      ReportAccess access,
      CurrentUserResolver users,
      AreaService areas,
      ProductClock clock) {
    this.reports = reports;
    this.access = access;
    this.users = users;
    this.areas = areas;
    this.clock = clock;
  }

  @GetMapping(
      value = {"/dashboard", "/dashboard/"},
      produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  public String page(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String area) {
    Report r = reports.compute(from, to, area);
    return Dashboard.html(r, areaChoices(), clock.now());
  }

  /** The areas offered in the filter: the user's own, and for the city every district. */
  private List<Area> areaChoices() {
    AreaTree tree = areas.currentTree();
    Set<String> allowed = access.allowedAreas(users.current());
    List<Area> choices = new ArrayList<>();
    for (String code : allowed) {
      Area a = tree.require(code);
      choices.add(a);
      if (a.code().equals(tree.city().code())) {
        tree.all().stream().filter(x -> x.level() == AreaLevel.DISTRICT).forEach(choices::add);
      } else {
        choices.addAll(tree.childrenOf(code));
      }
    }
    return choices;
  }

  /** HTML and SVG, escaped; no template engine needed for one page. */
  static final class Dashboard {
    private Dashboard() {}

    static String html(Report r, List<Area> choices, java.time.Instant now) {
      StringBuilder h =
          new StringBuilder(
              """
          <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Bảng theo dõi VNeID – iHanoi</title>
          <style>body{font-family:Arial,sans-serif;margin:24px;color:#222}h1{font-size:22px}h2{font-size:17px;margin-top:28px}
          .tiles{display:flex;gap:12px;flex-wrap:wrap}.tile{border:1px solid #ccc;border-radius:6px;padding:10px 16px;min-width:120px}
          .tile b{display:block;font-size:24px}form{margin:12px 0;display:flex;gap:10px;align-items:end;flex-wrap:wrap}
          label{display:flex;flex-direction:column;font-size:13px}svg text{font-size:12px}.met{fill:#2e7d32}.miss{fill:#c62828}
          .bar{fill:#1565c0}.bar2{fill:#90caf9}a{margin-right:12px}</style></head><body>
          """);
      h.append("<h1>Bảng theo dõi đăng tin VNeID và gửi tin iHanoi</h1>");
      h.append("<p>Địa bàn: <b id=\"area-name\">")
          .append(esc(r.areaName()))
          .append("</b> · Kỳ: ")
          .append(r.from())
          .append(" – ")
          .append(r.to())
          .append("</p>");
      h.append(
              "<form method=\"get\" action=\"/dashboard/\"><label>Từ ngày<input type=\"date\" name=\"from\" value=\"")
          .append(r.from())
          .append("\"></label><label>Đến ngày<input type=\"date\" name=\"to\" value=\"")
          .append(r.to())
          .append("\"></label><label>Địa bàn<select name=\"area\">");
      for (Area a : choices) {
        h.append("<option value=\"")
            .append(esc(a.code()))
            .append('"')
            .append(a.code().equals(r.areaCode()) ? " selected" : "")
            .append('>')
            .append(esc(a.name()))
            .append("</option>");
      }
      h.append("</select></label><button type=\"submit\">Xem</button></form>");
      String q = "?from=" + r.from() + "&amp;to=" + r.to() + "&amp;area=" + esc(r.areaCode());
      h.append("<p><a id=\"download-xlsx\" href=\"/api/reports/vneid.xlsx")
          .append(q)
          .append("\">Tải bảng tính (XLSX)</a>")
          .append("<a id=\"download-csv\" href=\"/api/reports/vneid.csv")
          .append(q)
          .append("\">Tải CSV</a></p>");
      h.append("<div class=\"tiles\">");
      tile(h, "submitted", "Đề nghị gửi", r.submitted());
      tile(h, "published", "Đã đăng", r.published());
      tile(h, "returned", "Trả lại", r.returned());
      tile(h, "rejected", "Từ chối", r.rejected());
      tile(h, "dup-stopped", "Tin trùng bị dừng", r.duplicatesStopped());
      tile(h, "dup-overridden", "Tin trùng được gửi", r.duplicatesOverridden());
      tile(h, "overdue", "Việc quá hạn", r.overdueInPeriod());
      h.append("</div>");
      h.append("<h2>Việc quá hạn theo đơn vị xử lý và bước (quá hạn trong kỳ / đang quá hạn)</h2>");
      List<Bar> late = new ArrayList<>();
      for (Report.Overdue o : r.overdue()) {
        late.add(
            new Bar(
                o.holderName() + " – " + o.stepName(),
                o.lateInPeriod(),
                o.lateInPeriod() + " / " + o.openOverdueNow(),
                "miss",
                o.holderGroup() + "/" + o.step()));
      }
      h.append(chart("chart-overdue", late));

      h.append("<h2>Thực hiện định mức đăng bài theo đơn vị (bài đã đăng / tối thiểu)</h2>");
      List<Bar> quota = new ArrayList<>();
      for (QuotaCompliance c : r.quota()) {
        quota.add(
            new Bar(
                c.unitName() + " (" + c.month() + ")",
                c.published(),
                c.published() + " / " + c.required(),
                c.met() ? "met" : "miss",
                c.unitCode()));
      }
      h.append(chart("chart-quota", quota));
      h.append("<h2>Số ngày từ tin iHanoi gần nhất theo cơ quan (quy định: tối đa 3 ngày)</h2>");
      List<Bar> cadence = new ArrayList<>();
      for (CadenceRow c : r.cadence()) {
        cadence.add(
            new Bar(
                c.name(),
                c.daysSince() == null ? 0 : c.daysSince(),
                c.daysSince() == null ? "chưa gửi" : String.valueOf(c.daysSince()),
                c.behind() ? "miss" : "met",
                c.code()));
      }
      h.append(chart("chart-cadence", cadence));
      h.append("<h2>Thời gian xử lý theo bước (giờ: trung vị / phân vị 90)</h2>");
      List<Bar> steps = new ArrayList<>();
      for (Report.StepTime s : r.stepTimes()) {
        steps.add(
            new Bar(
                s.name() + " – trung vị",
                s.medianHours(),
                fmt(s.medianHours()),
                "bar",
                s.step() + "-median"));
        steps.add(
            new Bar(
                s.name() + " – phân vị 90",
                s.p90Hours(),
                fmt(s.p90Hours()),
                "bar2",
                s.step() + "-p90"));
      }
      h.append(chart("chart-steps", steps));
      h.append("<h2>Lý do trả lại</h2>");
      List<Bar> reasons = new ArrayList<>();
      for (Report.ReasonCount c : r.returnReasons()) {
        reasons.add(new Bar(c.reason(), c.count(), String.valueOf(c.count()), "bar", c.reason()));
      }
      h.append(chart("chart-reasons", reasons));
      h.append("<p style=\"color:#777;font-size:12px\">Lập lúc ")
          .append(now.atZone(ProductClock.HANOI).toLocalDateTime().withNano(0))
          .append(" (giờ Hà Nội)</p></body></html>");
      return h.toString();
    }

    record Bar(String label, double value, String text, String css, String key) {}

    static String chart(String id, List<Bar> bars) {
      if (bars.isEmpty()) {
        return "<p id=\"" + id + "\" class=\"empty\">Không có số liệu trong kỳ.</p>";
      }
      int labelW = 330;
      int width = 420;
      int rowH = 24;
      double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
      StringBuilder s =
          new StringBuilder(
              "<svg id=\""
                  + id
                  + "\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
                  + (labelW + width + 80)
                  + "\" height=\""
                  + (bars.size() * rowH + 8)
                  + "\" role=\"img\">");
      int y = 4;
      for (Bar b : bars) {
        double w = Math.max(2, b.value / max * width);
        s.append("<g class=\"row\" data-key=\"")
            .append(esc(b.key))
            .append("\"><text x=\"0\" y=\"")
            .append(y + 15)
            .append("\">")
            .append(esc(shorten(b.label)))
            .append("</text><rect class=\"")
            .append(b.css)
            .append("\" x=\"")
            .append(labelW)
            .append("\" y=\"")
            .append(y + 3)
            .append("\" width=\"")
            .append(String.format(java.util.Locale.ROOT, "%.1f", w))
            .append("\" height=\"")
            .append(rowH - 8)
            .append("\"/><text class=\"value\" x=\"")
            .append(String.format(java.util.Locale.ROOT, "%.1f", labelW + w + 6))
            .append("\" y=\"")
            .append(y + 15)
            .append("\">")
            .append(esc(b.text))
            .append("</text></g>");
        y += rowH;
      }
      return s.append("</svg>").toString();
    }

    private static void tile(StringBuilder h, String id, String label, int n) {
      h.append("<div class=\"tile\" id=\"tile-")
          .append(id)
          .append("\"><b>")
          .append(n)
          .append("</b>")
          .append(label)
          .append("</div>");
    }

    private static String fmt(double v) {
      return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static String shorten(String s) {
      return s.length() > 52 ? s.substring(0, 51) + "…" : s;
    }

    static String esc(String s) {
      return s == null
          ? ""
          : s.replace("&", "&amp;")
              .replace("<", "&lt;")
              .replace(">", "&gt;")
              .replace("\"", "&quot;");
    }
  }
}
