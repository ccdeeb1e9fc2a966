package vn.gov.hanoi.comms.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * D-1: deadlines are counted in working days on the calendar shipped as data (reference/holidays).
 */
class WorkingCalendarTest {
  private static WorkingCalendar calendar;

  @BeforeAll
  static void shippedCalendar() throws Exception {
    try (var in =
        WorkingCalendarTest.class.getResourceAsStream(
            "/reference/holidays/vn-public-holidays.csv")) {
      calendar = WorkingCalendar.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  @DisplayName(
      "D-1: weekends, public holidays, Tết and compensatory days are not working days; a swapped Saturday is")
  void workingDays() {
    assertThat(calendar.isWorkingDay(d("2026-12-01"))).isTrue();
    assertThat(calendar.isWorkingDay(d("2026-12-05"))).as("Saturday").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-02-17"))).as("mùng 1 Tết Bính Ngọ").isFalse();
    assertThat(calendar.isWorkingDay(d("2026-04-27")))
        .as("Giỗ Tổ fell on Sunday 26/04: made up on Monday")
        .isFalse();
    assertThat(calendar.isWorkingDay(d("2026-01-02")))
        .as("Friday swapped with Saturday 10/01")
        .isFalse();
    assertThat(calendar.isWorkingDay(d("2026-01-10"))).as("the Saturday worked instead").isTrue();
    assertThat(calendar.isWorkingDay(d("2024-05-04")))
        .as("the Saturday worked for 29/04/2024")
        .isTrue();
    assertThat(calendar.isWorkingDay(d("2024-04-29"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2025-09-01")))
        .as("Quốc khánh 2025 with Monday 1/9")
        .isFalse();
  }

  @Test
  @DisplayName(
      "D-1: three working days from the Friday before Tết Bính Ngọ run past the whole Tết week")
  void countsAcrossTet() {
    assertThat(calendar.plusWorkingDays(d("2026-02-13"), 3)).isEqualTo(d("2026-02-25"));
    assertThat(calendar.plusWorkingDays(d("2026-12-01"), 3)).isEqualTo(d("2026-12-04"));
    assertThat(calendar.plusWorkingDays(d("2026-12-04"), 1))
        .as("Friday + 1: Monday")
        .isEqualTo(d("2026-12-07"));
    assertThat(calendar.plusWorkingDays(d("2026-08-28"), 1))
        .as("Friday before 2/9/2026: the next working day is 3/9")
        .isEqualTo(d("2026-09-03"));
    assertThat(calendar.plusWorkingDays(d("2026-01-09"), 1))
        .as("the worked Saturday counts")
        .isEqualTo(d("2026-01-10"));
    assertThat(calendar.minusWorkingDays(d("2026-02-25"), 1)).isEqualTo(d("2026-02-24"));
    assertThat(calendar.minusWorkingDays(d("2026-02-23"), 1)).isEqualTo(d("2026-02-13"));
  }

  @Test
  @DisplayName(
      "D-1, D-2: due at 17:00 Hanoi of the N-th working day after the start; reminded at 08:00 the working day before")
  void plan() {
    Instant start = ZonedDateTime.of(2026, 2, 13, 15, 30, 0, 0, ProductClock.HANOI).toInstant();
    DeadlinePlan p = DeadlinePlan.of(start, 3, 1, calendar);
    assertThat(p.dueAt())
        .isEqualTo(ZonedDateTime.of(2026, 2, 25, 17, 0, 0, 0, ProductClock.HANOI).toInstant());
    assertThat(p.remindAt())
        .isEqualTo(ZonedDateTime.of(2026, 2, 24, 8, 0, 0, 0, ProductClock.HANOI).toInstant());
    DeadlinePlan oneDay = DeadlinePlan.of(start, 1, 0, calendar);
    assertThat(oneDay.dueAt())
        .isEqualTo(ZonedDateTime.of(2026, 2, 23, 17, 0, 0, 0, ProductClock.HANOI).toInstant());
    assertThat(oneDay.remindAt())
        .isEqualTo(ZonedDateTime.of(2026, 2, 23, 8, 0, 0, 0, ProductClock.HANOI).toInstant());
    assertThatThrownBy(() -> DeadlinePlan.of(start, 0, 0, calendar))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName(
      "D-1: the shipped calendar covers 2024 (the seed documents) to 2027, next year's rows marked as estimated")
  void coverage() {
    assertThat(calendar.firstYear()).isLessThanOrEqualTo(2024);
    assertThat(calendar.lastYear()).isGreaterThanOrEqualTo(2027);
    assertThat(calendar.day(d("2027-02-08")).orElseThrow().estimated()).isTrue();
    assertThat(calendar.day(d("2026-02-17")).orElseThrow().estimated()).isFalse();
  }

  @Test
  @DisplayName("D-1: a calendar file with faults is refused whole, naming each faulty line")
  void badFileRefused() {
    String csv =
        """
        date,kind,name,status
        2026-12-05,DAY_OFF,Nghỉ bù vào thứ Bảy,OFFICIAL
        2026-12-07,WORKDAY,Làm bù vào thứ Hai,OFFICIAL
        2026-13-01,HOLIDAY,Ngày sai,OFFICIAL
        2026-12-08,PARTY,Loại sai,OFFICIAL
        """;
    assertThatThrownBy(() -> WorkingCalendar.parse(new StringReader(csv)))
        .hasMessageContaining("dòng 2")
        .hasMessageContaining("dòng 3")
        .hasMessageContaining("dòng 4")
        .hasMessageContaining("dòng 5");
  }
}
