package vn.gov.hanoi.comms.publication;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;

/** The built-in channel: the product's own feed ({@code GET /api/feed}), always on. */
@Component
@Order(0)
public class FeedPublicationChannel implements PublicationChannel {
  private final PublicationRepository repository;
  private final ProductClock clock;

  public FeedPublicationChannel(PublicationRepository repository, ProductClock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void publish(Publication publication) {
    repository.insertIfAbsent(publication);
  }

  @Override
  public boolean transactional() {
    return true;
  }

  @Override
  public void withdraw(String idempotencyKey) {
    repository.markWithdrawn(idempotencyKey, clock.now());
  }
}
