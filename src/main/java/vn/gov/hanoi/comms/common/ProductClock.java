package vn.gov.hanoi.comms.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The product's notion of "now": the engine's clock, so that rules such as "the window has closed"
 * agree with when the engine fires its timers (and tests that move the engine's clock move both).
 */
@Component
public class ProductClock {
  public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  public Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public Clock clock() {
    return Clock.fixed(now(), HANOI);
  }
}
