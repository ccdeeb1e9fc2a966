package vn.gov.hanoi.comms.quota;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * The timer cycle of vneid-quota-check, read by {@code ${quotaSchedule.cycle}}: monthly from the
 * next {@code app.quota.reminder.day-of-month} at {@code time} in Hanoi, written with the +07:00
 * offset (a cron expression would follow the server's time zone; Hanoi has no daylight saving, so
 * the offset holds), or {@code app.quota.reminder.cycle} if set.
 */
@Component("quotaSchedule")
public class QuotaSchedule {
  private final String configuredCycle;
  private final int dayOfMonth;
  private final LocalTime time;
  private final ProductClock clock;

  public QuotaSchedule(QuotaReminderProperties reminder, ProductClock clock) {
    this.configuredCycle = reminder.cycle();
    this.dayOfMonth = Math.min(Math.max(reminder.dayOfMonth(), 1), 28);
    this.time = reminder.time();
    this.clock = clock;
  }

  public String getCycle() {
    if (configuredCycle != null && !configuredCycle.isBlank()) {
      return configuredCycle;
    }
    return "R/"
        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            nextMonthly(clock.now().atZone(ProductClock.HANOI), dayOfMonth, time))
        + "/P1M";
  }

  /** The next day-of-month at the given Hanoi time, strictly after {@code now}. */
  public static ZonedDateTime nextMonthly(ZonedDateTime now, int dayOfMonth, LocalTime time) {
    ZonedDateTime next = now.withDayOfMonth(dayOfMonth).with(time).withNano(0);
    return next.isAfter(now) ? next : next.plusMonths(1);
  }
}
