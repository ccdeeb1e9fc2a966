package vn.gov.hanoi.comms.reporting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.reporting.ReportProcess.Variables;

/**
 * Task_WeeklyPeriod and Task_MonthlyPeriod: the period a scheduled report covers, for the whole
 * city by default.
 */
@Configuration
public class ReportPeriod {

  @Bean("reportWeeklyPeriod")
  JavaDelegate weekly(ReportSchedule schedule, AreaService areas, ReportProperties properties) {
    return execution ->
        set(execution, schedule.weeklyPeriod(), area(areas, properties.area()), ReportKind.WEEKLY);
  }

  @Bean("reportMonthlyPeriod")
  JavaDelegate monthly(ReportSchedule schedule, AreaService areas, ReportProperties properties) {
    return execution ->
        set(
            execution,
            schedule.monthlyPeriod(),
            area(areas, properties.area()),
            ReportKind.MONTHLY);
  }

  private static String area(AreaService areas, String configured) {
    return configured == null || configured.isBlank()
        ? areas.currentTree().city().code()
        : configured;
  }

  private static void set(
      DelegateExecution execution, LocalDate[] period, String area, ReportKind kind) {
    Variables.FROM.set(execution, period[0]);
    Variables.TO.set(execution, period[1]);
    Variables.AREA.set(execution, area);
    Variables.KIND.set(execution, kind.label());
  }
}
