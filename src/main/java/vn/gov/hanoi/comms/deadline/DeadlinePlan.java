package vn.gov.hanoi.comms.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * When a step is due and when its holder is reminded (D-1, D-2), counted in working days: a step
 * that starts on day D with a deadline of N working days is due at the end of office hours of the
 * N-th working day after D (the day of receipt does not count, as in administrative procedures);
 * the reminder goes out at the start of office hours, {@code reminderDaysBefore} working days
 * before the due day (0: the morning of the due day).
 */
public record DeadlinePlan(Instant startedAt, Instant remindAt, Instant dueAt) {
  static final LocalTime OFFICE_OPENS = LocalTime.of(8, 0);
  static final LocalTime OFFICE_CLOSES = LocalTime.of(17, 0);

  public static DeadlinePlan of(
      Instant start, int workingDays, int reminderDaysBefore, WorkingCalendar calendar) {
    if (workingDays < 1) {
      throw new IllegalArgumentException(
          "A step's deadline is at least one working day, not " + workingDays);
    }
    LocalDate startDay = LocalDate.ofInstant(start, ProductClock.HANOI);
    LocalDate dueDay = calendar.plusWorkingDays(startDay, workingDays);
    Instant due = dueDay.atTime(OFFICE_CLOSES).atZone(ProductClock.HANOI).toInstant();
    LocalDate remindDay = calendar.minusWorkingDays(dueDay, Math.max(0, reminderDaysBefore));
    Instant remind = remindDay.atTime(OFFICE_OPENS).atZone(ProductClock.HANOI).toInstant();
    if (!remind.isAfter(start)) {
      // The reminder day is the day the step started (a short deadline): remind half-way instead.
      remind = start.plus(Duration.between(start, due).dividedBy(2));
    }
    return new DeadlinePlan(start, remind, due);
  }
}
