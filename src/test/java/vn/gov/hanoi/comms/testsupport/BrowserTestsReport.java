package vn.gov.hanoi.comms.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says in one line at the end of a test JVM how many browser tests were skipped because Chromium is
 * missing ({@link Chromium}), so a run that passes without them does not look like one that ran
 * them. Registered for every test run in
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener.
 */
public class BrowserTestsReport implements TestExecutionListener {
  private final AtomicInteger skipped = new AtomicInteger();

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    if (test.isTest()
        && result.getStatus() == TestExecutionResult.Status.ABORTED
        && result
            .getThrowable()
            .map(Throwable::getMessage)
            .filter(m -> m != null && m.startsWith(Chromium.NOT_FOUND))
            .isPresent()) {
      skipped.incrementAndGet();
    }
  }

  @Override
  public void testPlanExecutionFinished(TestPlan plan) {
    int n = skipped.getAndSet(0);
    if (n > 0) {
      RunConsole.line(
          Chromium.NOT_FOUND
              + " (looked in "
              + Chromium.lookedIn()
              + "): "
              + n
              + " browser test"
              + (n == 1 ? "" : "s")
              + " skipped; "
              + Chromium.HOW_TO_GET);
    }
  }
}
