package vn.gov.hanoi.comms.ihanoi;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * The timer cycle of ihanoi-cadence-check, read by the model's expression {@code
 * ${ihanoiCadenceSchedule.cycle}}: an ISO 8601 repeating interval starting at the next {@code
 * app.ihanoi.cadence.time} in Hanoi (a cron expression would follow the server's time zone), or
 * {@code app.ihanoi.cadence.cycle} if set.
 */
@Component("ihanoiCadenceSchedule")
public class CadenceSchedule {
  private final String configuredCycle;
  private final LocalTime time;
  private final ProductClock clock;

  public CadenceSchedule(CadenceProperties cadence, ProductClock clock) {
    this.configuredCycle = cadence.cycle();
    this.time = cadence.time();
    this.clock = clock;
  }

  public String getCycle() {
    if (configuredCycle != null && !configuredCycle.isBlank()) {
      return configuredCycle;
    }
    ZonedDateTime now = clock.now().atZone(ProductClock.HANOI);
    ZonedDateTime next = now.with(time).withNano(0);
    if (!next.isAfter(now)) {
      next = next.plusDays(1);
    }
    return "R/" + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(next) + "/P1D";
  }
}
