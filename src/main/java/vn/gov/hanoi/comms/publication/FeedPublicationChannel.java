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
  private final FeedCache cache;

  public FeedPublicationChannel(
      PublicationRepository repository, ProductClock clock, FeedCache cache) {
    this.repository = repository;
    this.clock = clock;
    this.cache = cache;
  }

  @Override
  public void publish(Publication publication) {
    repository.insertIfAbsent(publication);
    cache.forgetAfterCommit();
  }

  @Override
  public boolean transactional() {
    return true;
  }

  @Override
  public void withdraw(String idempotencyKey) {
    repository.markWithdrawn(idempotencyKey, clock.now());
    cache.forgetAfterCommit();
  }
}
