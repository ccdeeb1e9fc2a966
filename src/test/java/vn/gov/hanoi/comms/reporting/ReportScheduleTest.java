package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.quota.QuotaReminderProperties;
import vn.gov.hanoi.comms.quota.QuotaSchedule;

/** The timers follow Hanoi's calendar, whatever the server's time zone (R-1, V-QUOTA). */
class ReportScheduleTest {

  @AfterEach
  void reset() {
    ClockUtil.reset();
  }

  private static ReportSchedule schedule() {
    return new ReportSchedule(
        new ProductClock(),
        new ReportProperties(
            new ReportProperties.Weekly(DayOfWeek.THURSDAY, LocalTime.of(8, 0), ""),
            new ReportProperties.Monthly(10, LocalTime.of(8, 0), ""),
            "",
            new ReportProperties.Recipients(null, null)));
  }

  @Test
  @DisplayName(
      "R-1: at 23:30 UTC on a Wednesday it is already Thursday 06:30 in Hanoi: the weekly report runs at 08:00 that day, "
          + "covering Thursday to Wednesday before")
  void weeklyInHanoiTime() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-25T23:30:00Z")));
    assertThat(schedule().getWeeklyCycle()).isEqualTo("R/2026-11-26T08:00:00+07:00/P7D");
    ClockUtil.setCurrentTime(
        Date.from(Instant.parse("2026-11-26T01:00:00Z"))); // Thursday 08:00 Hanoi, due
    assertThat(List.of(schedule().weeklyPeriod()))
        .containsExactly(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 25));
  }

  @Test
  @DisplayName(
      "R-1: the monthly report runs on the 10th (before the 15th) and covers the previous calendar month")
  void monthly() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-10T01:00:00Z")));
    assertThat(schedule().getMonthlyCycle()).isEqualTo("R/2027-01-10T08:00:00+07:00/P1M");
    assertThat(List.of(schedule().monthlyPeriod()))
        .containsExactly(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
  }

  @Test
  @DisplayName(
      "V-QUOTA-1: the mid-month reminder falls on the 15th at 08:00 Hanoi time, even when UTC is still on the 14th")
  void quotaReminderOnTheFifteenth() {
    ClockUtil.setCurrentTime(
        Date.from(Instant.parse("2026-11-14T20:00:00Z"))); // 15th 03:00 in Hanoi
    assertThat(
            new QuotaSchedule(
                    new QuotaReminderProperties("", 15, LocalTime.of(8, 0)), new ProductClock())
                .getCycle())
        .isEqualTo("R/2026-11-15T08:00:00+07:00/P1M");
    assertThat(
            new QuotaSchedule(
                    new QuotaReminderProperties("R/PT1H", 15, LocalTime.of(8, 0)),
                    new ProductClock())
                .getCycle())
        .isEqualTo("R/PT1H");
  }

  @Test
  @DisplayName(
      "R-1: median and 90th percentile by nearest rank; CSV fields with commas or quotes are quoted")
  void percentilesAndCsv() {
    assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0, 10.0), 50)).isEqualTo(3.0);
    assertThat(Percentiles.of(List.of(1.0, 2.0, 3.0, 4.0, 10.0), 90)).isEqualTo(10.0);
    assertThat(Percentiles.of(List.of(), 90)).isZero();
    assertThat(ReportFiles.quote("Ảnh mờ, thiếu nguồn")).isEqualTo("\"Ảnh mờ, thiếu nguồn\"");
    assertThat(ReportFiles.quote("Tên \"mới\"")).isEqualTo("\"Tên \"\"mới\"\"\"");
  }
}
