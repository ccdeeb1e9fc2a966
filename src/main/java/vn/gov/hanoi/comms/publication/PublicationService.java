package vn.gov.hanoi.comms.publication;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * Hands approved content to every configured channel, and takes it down again (V-STEP-5). It knows
 * no flow: each flow builds the {@link Publication} from its own records and names itself by {@link
 * Publication#source()}.
 */
@Service
public class PublicationService {
  private final List<PublicationChannel> channels;
  private final PublicationRepository repository;
  private final ProductClock clock;
  private final DeliveryLog deliveries;

  public PublicationService(
      List<PublicationChannel> channels,
      PublicationRepository repository,
      ProductClock clock,
      DeliveryLog deliveries) {
    this.channels = channels;
    this.deliveries = deliveries;
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Publishes on every channel, at most once per channel and idempotency key across retries and
   * nodes.
   */
  @Transactional
  public void publish(Publication p) {
    for (PublicationChannel c : channels) {
      once(c, p.idempotencyKey(), () -> c.publish(p));
    }
  }

  /** Calls an outside channel at most once per key across retries and nodes (see DeliveryLog). */
  private void once(PublicationChannel c, String key, Runnable call) {
    if (c.transactional()) {
      call.run();
      return;
    }
    if (deliveries.delivered(c.name(), key)) {
      return;
    }
    call.run();
    deliveries.record(c.name(), key, clock.now());
  }

  /** Takes down, on every channel, whatever of this source's item is still shown. */
  @Transactional
  public void retract(String source, long sourceId) {
    for (String key : new ArrayList<>(repository.activeKeys(source, sourceId))) {
      for (PublicationChannel c : channels) {
        once(c, key + ":withdraw", () -> c.withdraw(key));
      }
    }
  }
}
