package vn.gov.hanoi.comms.ihanoi;

import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
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
 *
 * <p>The node runs it on a thread of its own and is ready without waiting for it: at national scale
 * (3,960 bodies, most behind on a fresh deployment) it starts thousands of reminder processes,
 * minutes of work that held readiness back (BENCHMARKS.md, "Volume: first run"). Each body's check
 * still holds the body's row ({@link CadenceService#remind}), so the daily timer or another node
 * checking at the same time starts no second reminder.
 */
@Component
@Order(StartupOrder.CADENCE_CHECK)
@ConditionalOnProperty(
    value = "app.ihanoi.cadence.check-at-start",
    havingValue = "true",
    matchIfMissing = true)
public class CadenceStartupCheck implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(CadenceStartupCheck.class);
  private static final int NAMED_IN_LOG = 10;
  private final CadenceService cadence;
  private final Executor executor;

  @Autowired
  public CadenceStartupCheck(CadenceService cadence) {
    this(cadence, CadenceStartupCheck::inBackground);
  }

  /** With the executor that runs the check ({@code Runnable::run}: at once, in the caller). */
  public CadenceStartupCheck(CadenceService cadence, Executor executor) {
    this.cadence = cadence;
    this.executor = executor;
  }

  @Override
  public void run(ApplicationArguments args) {
    executor.execute(this::check);
  }

  private void check() {
    long started = System.nanoTime();
    try {
      List<String> reminded = cadence.remindBehind();
      log.info(
          "iHanoi cadence check at start-up done in {} ms: reminders started for {} bodies {}",
          (System.nanoTime() - started) / 1_000_000,
          reminded.size(),
          reminded.subList(0, Math.min(NAMED_IN_LOG, reminded.size())));
    } catch (RuntimeException e) {
      // The daily timer (ihanoi-cadence-check) checks again; a failure here must not go unseen.
      log.error("iHanoi cadence check at start-up failed; the daily check will retry", e);
    }
  }

  private static void inBackground(Runnable check) {
    Thread thread = new Thread(check, "cadence-startup-check");
    thread.setDaemon(true);
    thread.start();
  }
}
