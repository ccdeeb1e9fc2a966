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
  private final PublicationAlerts alerts;

  public PublicationService(
      List<PublicationChannel> channels,
      PublicationRepository repository,
      ProductClock clock,
      DeliveryLog deliveries,
      PublicationAlerts alerts) {
    this.channels = channels;
    this.alerts = alerts;
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
      once(
          c,
          new Item(p.source(), p.sourceId(), p.idempotencyKey(), PublicationOutage.PUBLISH),
          () -> c.publish(p));
    }
  }

  private record Item(String source, long sourceId, String key, String action) {}

  /**
   * Calls an outside channel at most once per key across retries and nodes (see DeliveryLog). A
   * failure is rethrown as the error people read, after the alerts of its first attempt (O-FAIL).
   */
  private void once(PublicationChannel c, Item item, Runnable call) {
    if (!c.transactional() && deliveries.delivered(c.name(), item.key())) {
      return;
    }
    try {
      call.run();
    } catch (RuntimeException e) {
      throw alerts.failed(c, item.key(), item.source(), item.sourceId(), item.action(), e);
    }
    if (!c.transactional()) {
      deliveries.record(c.name(), item.key(), clock.now());
    }
    alerts.delivered(c, item.key());
  }

  /** Takes down, on every channel, whatever of this source's item is still shown. */
  @Transactional
  public void retract(String source, long sourceId) {
    for (String key : new ArrayList<>(repository.activeKeys(source, sourceId))) {
      for (PublicationChannel c : channels) {
        once(
            c,
            new Item(source, sourceId, key + ":withdraw", PublicationOutage.WITHDRAW),
            () -> c.withdraw(key));
      }
    }
  }
}
