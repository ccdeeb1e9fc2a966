package vn.gov.hanoi.comms.testsupport;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import vn.gov.hanoi.comms.publication.Publication;
import vn.gov.hanoi.comms.publication.PublicationChannel;

/**
 * A test-only channel that runs after every real one and, when armed, fails: the job fails after
 * the gateway has confirmed the call (a "partial success"), and its retry must not call the gateway
 * again. Unarmed it does nothing, so it is present in the shared context for every test.
 */
public class FaultAfterDelivery implements PublicationChannel, Ordered {
  private static final AtomicBoolean armed = new AtomicBoolean();

  public static void arm() {
    armed.set(true);
  }

  public static void disarm() {
    armed.set(false);
  }

  @Override
  public void publish(Publication publication) {
    if (armed.get()) {
      throw new IllegalStateException(
          "injected fault after the channels delivered " + publication.idempotencyKey());
    }
  }

  @Override
  public void withdraw(String idempotencyKey) {
    // not exercised
  }

  @Override
  public boolean transactional() {
    return true;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
