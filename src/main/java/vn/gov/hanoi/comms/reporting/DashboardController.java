package vn.gov.hanoi.comms.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
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
 * its number as text. The layout is templates/reporting/dashboard.html (Thymeleaf); this class
 * computes its view model.
 */
@RestController
public class DashboardController {
  private final ReportController reports;
  private final ReportAccess access;
  private final CurrentUserResolver users;
  private final AreaService areas;
  private final ProductClock clock;
  private final ITemplateEngine templates;

  public DashboardController(
      ReportController reports,
      ReportAccess access,
      CurrentUserResolver users,
      AreaService areas,
      ProductClock clock,
      ITemplateEngine templates) {
    this.templates = templates;
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
    Context model = new Context(Locale.ROOT);
    model.setVariable("d", view(r, areaChoices(), clock.now()));
    return templates.process("reporting/dashboard", model);
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

  /**
   * What templates/reporting/dashboard.html lays out: the figures of the report, the filter's
   * choices and the charts' geometry. Every text is escaped by the template (th:text).
   */
  record DashboardView(
      String areaName,
      LocalDate from,
      LocalDate to,
      List<Choice> choices,
      String query,
      List<Tile> tiles,
      Chart overdue,
      Chart quota,
      Chart cadence,
      Chart steps,
      Chart reasons,
      LocalDateTime generatedAt) {}

  record Choice(String code, String name, boolean selected) {}

  record Tile(String id, String label, int count) {}

  /** A horizontal bar chart: one row per bar, the bar's width scaled to the largest value. */
  record Chart(String id, List<ChartRow> rows) {
    static final int LABEL_WIDTH = 330;
    static final int BAR_SPACE = 420;
    static final int ROW_HEIGHT = 24;

    static Chart of(String id, List<Bar> bars) {
      double max = Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(1));
      List<ChartRow> rows = new ArrayList<>();
      int y = 4;
      for (Bar b : bars) {
        double w = Math.max(2, b.value() / max * BAR_SPACE);
        rows.add(
            new ChartRow(
                b.key(),
                shorten(b.label()),
                b.text(),
                b.css(),
                y + 15,
                y + 3,
                fmt(w),
                fmt(LABEL_WIDTH + w + 6)));
        y += ROW_HEIGHT;
      }
      return new Chart(id, List.copyOf(rows));
    }

    public int labelWidth() {
      return LABEL_WIDTH;
    }

    public int width() {
      return LABEL_WIDTH + BAR_SPACE + 80;
    }

    public int height() {
      return rows.size() * ROW_HEIGHT + 8;
    }

    public int barHeight() {
      return ROW_HEIGHT - 8;
    }

    private static String shorten(String s) {
      return s.length() > 52 ? s.substring(0, 51) + "…" : s;
    }
  }

  record ChartRow(
      String key,
      String label,
      String text,
      String css,
      int textY,
      int barY,
      String barWidth,
      String valueX) {}

  record Bar(String label, double value, String text, String css, String key) {
    /** One figure of a step's time, in hours. */
    static Bar hours(Report.StepTime s, String measure, double hours, String css, String suffix) {
      return new Bar(s.name() + " – " + measure, hours, fmt(hours), css, s.step() + suffix);
    }
  }

  /** The view model of one report; no markup here. */
  static DashboardView view(Report r, List<Area> areaChoices, Instant now) {
    List<Choice> choices =
        areaChoices.stream()
            .map(a -> new Choice(a.code(), a.name(), a.code().equals(r.areaCode())))
            .toList();
    List<Tile> tiles =
        List.of(
            new Tile("submitted", "Đề nghị gửi", r.submitted()),
            new Tile("published", "Đã đăng", r.published()),
            new Tile("returned", "Trả lại", r.returned()),
            new Tile("rejected", "Từ chối", r.rejected()),
            new Tile("dup-stopped", "Tin trùng bị dừng", r.duplicatesStopped()),
            new Tile("dup-overridden", "Tin trùng được gửi", r.duplicatesOverridden()),
            new Tile("overdue", "Việc quá hạn", r.overdueInPeriod()));
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
    List<Bar> steps = new ArrayList<>();
    for (Report.StepTime s : r.stepTimes()) {
      steps.add(Bar.hours(s, "trung vị", s.medianHours(), "bar", "-median"));
      steps.add(Bar.hours(s, "phân vị 90", s.p90Hours(), "bar2", "-p90"));
    }
    List<Bar> reasons = new ArrayList<>();
    for (Report.ReasonCount c : r.returnReasons()) {
      reasons.add(new Bar(c.reason(), c.count(), String.valueOf(c.count()), "bar", c.reason()));
    }
    return new DashboardView(
        r.areaName(),
        r.from(),
        r.to(),
        choices,
        "?from=" + r.from() + "&to=" + r.to() + "&area=" + r.areaCode(),
        tiles,
        Chart.of("chart-overdue", late),
        Chart.of("chart-quota", quota),
        Chart.of("chart-cadence", cadence),
        Chart.of("chart-steps", steps),
        Chart.of("chart-reasons", reasons),
        now.atZone(ProductClock.HANOI).toLocalDateTime().withNano(0));
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
