package vn.gov.hanoi.comms.ihanoi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.StartupOrder;

/**
 * The cadence check once at start-up too (I-CADENCE-2), so that reminders are current from the
 * first day and not only after the first daily timer: bodies behind get their one reminder, open
 * reminders are brought up to date, none is started twice. Off with {@code
 * app.ihanoi.cadence.check-at-start=false} (the tests run it themselves).
 */
@Component
@Order(StartupOrder.CADENCE_CHECK)
@ConditionalOnProperty(
    value = "app.ihanoi.cadence.check-at-start",
    havingValue = "true",
    matchIfMissing = true)
public class CadenceStartupCheck implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(CadenceStartupCheck.class);
  private final CadenceService cadence;

  public CadenceStartupCheck(CadenceService cadence) {
    this.cadence = cadence;
  }

  @Override
  public void run(ApplicationArguments args) {
    log.info("iHanoi cadence check at start-up: reminders started for {}", cadence.remindBehind());
  }
}
