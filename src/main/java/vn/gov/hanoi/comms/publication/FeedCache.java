package vn.gov.hanoi.comms.publication;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * The residents' feed answered from memory for a few seconds: it is the product's hot read (issue
 * 14: 1,000 calls a second on one node), and every resident of an area asks the same question. An
 * answer is kept until the first of: the time to live, the moment one of its items stops being
 * visible, a publication or withdrawal committed on this node. Published articles are public to the
 * residents of their area, so a shared answer reveals nothing a caller could not read.
 */
@Component
public class FeedCache {
  /** One question: the area chain read (the area first), the resident's filters and the page. */
  public record Question(List<String> chain, Integer age, String gender, long offset, int limit) {}

  private record Answer(List<FeedItem> items, Instant readAt, Instant validUntil) {}

  private final FeedCacheProperties properties;
  private final ProductClock clock;
  private final Cache<Question, Answer> answers;

  public FeedCache(FeedCacheProperties properties, ProductClock clock) {
    this.properties = properties;
    this.clock = clock;
    this.answers =
        Caffeine.newBuilder()
            .maximumSize(properties.maxEntries())
            .expireAfterWrite(properties.ttl())
            .build();
  }

  /** The answer to {@code question}: kept if still valid at the product's now, else read. */
  public List<FeedItem> answer(Question question, Supplier<List<FeedItem>> read) {
    if (properties.ttl().isZero()) {
      return read.get();
    }
    Instant now = clock.now();
    Answer kept = answers.getIfPresent(question);
    // The product's clock may be moved (tests, a corrected clock): an answer read "in the future"
    // is not trusted either.
    if (kept != null && now.isBefore(kept.validUntil()) && !now.isBefore(kept.readAt())) {
      return kept.items();
    }
    // Unmodifiable: one answer is shared by every caller that asks the same question.
    List<FeedItem> items = List.copyOf(read.get());
    answers.put(question, new Answer(items, now, validUntil(now, items)));
    return items;
  }

  /**
   * Forgets every answer once the current transaction commits (at once without one): a read between
   * the write and its commit would otherwise keep the old answer for a whole time to live.
   */
  public void forgetAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              answers.invalidateAll();
            }
          });
    } else {
      answers.invalidateAll();
    }
  }

  /** The time to live, or sooner when an item of the answer stops being visible. */
  Instant validUntil(Instant now, List<FeedItem> items) {
    Instant until = now.plus(properties.ttl());
    for (FeedItem item : items) {
      if (item.visibleUntil() != null && item.visibleUntil().isBefore(until)) {
        until = item.visibleUntil();
      }
    }
    return until;
  }
}
