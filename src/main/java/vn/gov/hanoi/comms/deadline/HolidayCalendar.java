package vn.gov.hanoi.comms.deadline;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * The working-day calendar in force, read once at start from {@code app.deadlines.holidays} (the
 * file shipped in the jar, reference/holidays/vn-public-holidays.csv, or an operator's copy on
 * disk). A bad file stops the start with its faulty lines; a calendar without next year's rows is a
 * warning in the log.
 */
@Component
public class HolidayCalendar {
  private static final Logger log = LoggerFactory.getLogger(HolidayCalendar.class);

  private final WorkingCalendar calendar;
  private final String location;

  public HolidayCalendar(DeadlineProperties properties, ProductClock clock) {
    String location = properties.holidays();
    this.location = location;
    Resource file = new DefaultResourceLoader().getResource(location);
    try (var in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      this.calendar = WorkingCalendar.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Không đọc được lịch ngày nghỉ " + location, e);
    }
    int nextYear = LocalDate.ofInstant(clock.now(), ProductClock.HANOI).getYear() + 1;
    if (calendar.lastYear() < nextYear) {
      log.warn(
          "The holiday calendar {} lists {}-{}: add the public holidays of {} (reference/holidays/README.md); "
              + "deadlines after {} are counted on weekdays only",
          location,
          calendar.firstYear(),
          calendar.lastYear(),
          nextYear,
          calendar.lastYear());
    }
  }

  public WorkingCalendar calendar() {
    return calendar;
  }

  public String location() {
    return location;
  }
}
