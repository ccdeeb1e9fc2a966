package vn.gov.hanoi.comms.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * Issue 14: the residents' feed answered from memory, never longer than its time to live, than the
 * visibility of an item it holds, or than the next publication or withdrawal on this node.
 */
@DisplayName(
    "V-STEP-5 (issue 14): the feed kept in memory never outlives its time to live, an item's visibility or a write")
class FeedCacheTest {
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private static final FeedCache.Question TRUC_BACH =
      new FeedCache.Question(List.of("00004", "001", "01", "VN"), null, null, 0, 101);

  private Instant now = T0;
  private final ProductClock clock =
      new ProductClock() {
        @Override
        public Instant now() {
          return now;
        }
      };
  private final AtomicInteger reads = new AtomicInteger();

  private FeedCache cache(String ttl) {
    return new FeedCache(new FeedCacheProperties(Duration.parse(ttl), 100), clock);
  }

  private Supplier<List<FeedItem>> database(Instant visibleUntil) {
    return () -> {
      reads.incrementAndGet();
      return List.of(
          new FeedItem(
              1,
              "VNEID",
              7,
              "Tiêu đề",
              "Tóm tắt",
              "<p>Nội dung</p>",
              null,
              "COMMUNE",
              T0,
              visibleUntil));
    };
  }

  @AfterEach
  void noTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void theSameQuestionWithinTheTimeToLiveIsAnsweredFromMemory() {
    FeedCache cache = cache("PT5S");
    cache.answer(TRUC_BACH, database(null));
    now = T0.plusSeconds(4);
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(1);
    now = T0.plusSeconds(5);
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(2);
  }

  @Test
  void anotherAreaOrFilterIsAnotherQuestion() {
    FeedCache cache = cache("PT5S");
    cache.answer(TRUC_BACH, database(null));
    cache.answer(
        new FeedCache.Question(List.of("00061", "002", "01", "VN"), null, null, 0, 101),
        database(null));
    cache.answer(new FeedCache.Question(TRUC_BACH.chain(), 30, "FEMALE", 0, 101), database(null));
    cache.answer(new FeedCache.Question(TRUC_BACH.chain(), null, null, 100, 101), database(null));
    assertThat(reads).hasValue(4);
  }

  @Test
  void anAnswerEndsWhenOneOfItsItemsStopsBeingVisible() {
    FeedCache cache = cache("PT5S");
    Instant itemEnds = T0.plusSeconds(2);
    cache.answer(TRUC_BACH, database(itemEnds));
    now = T0.plusSeconds(1);
    cache.answer(TRUC_BACH, database(itemEnds));
    assertThat(reads).hasValue(1);
    now = itemEnds;
    cache.answer(TRUC_BACH, database(itemEnds));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aClockMovedBackDoesNotTrustAnAnswerReadLater() {
    FeedCache cache = cache("PT5S");
    cache.answer(TRUC_BACH, database(null));
    now = T0.minusSeconds(60);
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aWriteWithoutTransactionIsForgottenAtOnce() {
    FeedCache cache = cache("PT5S");
    cache.answer(TRUC_BACH, database(null));
    cache.forgetAfterCommit();
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aWriteInATransactionIsForgottenWhenItCommitsNotBefore() {
    FeedCache cache = cache("PT5S");
    TransactionSynchronizationManager.initSynchronization();
    cache.forgetAfterCommit();
    // A read between the write and its commit sees (and keeps) the old state ...
    cache.answer(TRUC_BACH, database(null));
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(1);
    // ... which the commit then throws away.
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aZeroTimeToLiveTurnsTheCacheOff() {
    FeedCache cache = cache("PT0S");
    cache.answer(TRUC_BACH, database(null));
    cache.answer(TRUC_BACH, database(null));
    assertThat(reads).hasValue(2);
  }

  @Test
  void aTimeToLiveOverAMinuteOrNegativeIsRefusedAtStart() {
    assertThatThrownBy(() -> new FeedCacheProperties(Duration.ofMinutes(2), 100))
        .hasMessageContaining("app.feed.cache.ttl");
    assertThatThrownBy(() -> new FeedCacheProperties(Duration.ofSeconds(-1), 100))
        .hasMessageContaining("app.feed.cache.ttl");
  }
}
