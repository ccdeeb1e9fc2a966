package vn.gov.hanoi.comms.demo;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.reporting.ReportKind;
import vn.gov.hanoi.comms.reporting.ReportProcess;
import vn.gov.hanoi.comms.reporting.ReportProcess.Vars;

/**
 * Demo only: a newcomer should not wait for Thursday to see the weekly report arrive in the demo
 * mailbox. On the first start, after the demo data (orders 50 and 60), runs the report of the last
 * seven days (today included) for the city once, through the same process as on-demand reports.
 */
@Component
@Order(StartupOrder.DEMO_REPORT)
@ConditionalOnProperty("app.demo.enabled")
public class DemoWeeklyReport implements ApplicationRunner {
  static final String BUSINESS_KEY = "DEMO-WEEKLY-REPORT";
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final AreaService areas;
  private final ProductClock clock;

  public DemoWeeklyReport(
      RuntimeService runtimeService,
      HistoryService historyService,
      AreaService areas,
      ProductClock clock) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.areas = areas;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(BUSINESS_KEY)
            .count()
        > 0) {
      return;
    }
    LocalDate today = clock.now().atZone(ProductClock.HANOI).toLocalDate();
    runtimeService.startProcessInstanceByKey(
        ReportProcess.KEY,
        BUSINESS_KEY,
        Map.of(
            Vars.FROM,
            today.minusDays(6).toString(),
            Vars.TO,
            today.toString(),
            Vars.AREA,
            areas.currentTree().city().code(),
            Vars.KIND,
            ReportKind.WEEKLY.label()));
  }
}
