package vn.gov.hanoi.comms.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.quota.QuotaSchedule;

/**
 * When the reports run (R-1, seed 003: weekly figures on Thursday, the monthly report before the
 * 15th) and which period each covers. The cycles are ISO 8601 repeating intervals with Hanoi's
 * +07:00 offset, read by the model's timers as {@code ${reportSchedule.weeklyCycle}} and {@code
 * ${reportSchedule.monthlyCycle}}; {@code app.reports.weekly.cycle} / {@code
 * app.reports.monthly.cycle} override them.
 */
@Component("reportSchedule")
public class ReportSchedule {
  private final ProductClock clock;
  private final DayOfWeek weeklyDay;
  private final LocalTime weeklyTime;
  private final String weeklyCycle;
  private final int monthlyDay;
  private final LocalTime monthlyTime;
  private final String monthlyCycle;

  public ReportSchedule(ProductClock clock, ReportProperties properties) {
    this.clock = clock;
    this.weeklyDay = properties.weekly().day();
    this.weeklyTime = properties.weekly().time();
    this.weeklyCycle = properties.weekly().cycle();
    this.monthlyDay = Math.min(Math.max(properties.monthly().dayOfMonth(), 1), 14);
    this.monthlyTime = properties.monthly().time();
    this.monthlyCycle = properties.monthly().cycle();
  }

  public String getWeeklyCycle() {
    if (weeklyCycle != null && !weeklyCycle.isBlank()) {
      return weeklyCycle;
    }
    ZonedDateTime now = clock.now().atZone(ProductClock.HANOI);
    ZonedDateTime next =
        now.with(TemporalAdjusters.nextOrSame(weeklyDay)).with(weeklyTime).withNano(0);
    if (!next.isAfter(now)) {
      next = next.plusWeeks(1);
    }
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next) + "/P7D";
  }

  public String getMonthlyCycle() {
    if (monthlyCycle != null && !monthlyCycle.isBlank()) {
      return monthlyCycle;
    }
    ZonedDateTime next =
        QuotaSchedule.nextMonthly(clock.now().atZone(ProductClock.HANOI), monthlyDay, monthlyTime);
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next) + "/P1M";
  }

  /** The seven days before the run day (Thursday to Wednesday for a Thursday run). */
  public LocalDate[] weeklyPeriod() {
    LocalDate today = clock.now().atZone(ProductClock.HANOI).toLocalDate();
    return new LocalDate[] {today.minusDays(7), today.minusDays(1)};
  }

  /** The previous calendar month. */
  public LocalDate[] monthlyPeriod() {
    LocalDate first =
        clock.now().atZone(ProductClock.HANOI).toLocalDate().withDayOfMonth(1).minusMonths(1);
    return new LocalDate[] {first, first.with(TemporalAdjusters.lastDayOfMonth())};
  }
}
