package vn.gov.hanoi.comms.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/**
 * Issue 14 (V97_1): each publication target carries the end of its publication's visibility, kept
 * in step on publish and withdraw, and the feed reads only the targets still visible (at national
 * volume a commune's chain had 4,410 targets over five years for 61 visible). V98_1: a target
 * without end holds a far-future instant, not null.
 */
class PublicationTargetVisibilityTest extends IntegrationTest {
  private static final String AREA = "99801";

  @Autowired PublicationRepository publications;
  @Autowired FeedCache feedCache;
  @Autowired PlatformTransactionManager transactions;

  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private Publication publication(String key, Instant until) {
    return new Publication(
        key,
        "VNEID",
        1L,
        "Tiêu đề " + key,
        "Tóm tắt",
        "<p>Nội dung</p>",
        null,
        "COMMUNE",
        List.of(AREA),
        0,
        120,
        "ALL",
        now.minus(Duration.ofDays(1)),
        until);
  }

  private Instant targetUntil(String key) {
    return jdbc.sql(
            "select t.visible_until from publication_target t join publication p on p.id = t.publication_id"
                + " where p.idempotency_key = :k")
        .param("k", key)
        .query(
            (rs, n) -> {
              OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
              return java.util.Optional.ofNullable(t == null ? null : t.toInstant());
            })
        .single()
        .orElse(null);
  }

  private List<String> feed() {
    return publications.visibleIn(List.of(AREA), now, null, null, 0, 100).stream()
        .map(FeedItem::title)
        .toList();
  }

  @Test
  void publishingCopiesTheEndOfVisibilityToEveryTarget() {
    String key = "vis-test-publish-" + System.nanoTime();
    Instant until = now.plus(Duration.ofDays(5));
    publications.insertIfAbsent(publication(key, until));
    assertThat(targetUntil(key)).isEqualTo(until);

    String forever = "vis-test-forever-" + System.nanoTime();
    publications.insertIfAbsent(publication(forever, null));
    // No end is a far-future instant (V98_1), never null: the feed's index is read as one range.
    assertThat(targetUntil(forever)).isEqualTo(PublicationRepository.NO_END);
    assertThat(feed()).contains("Tiêu đề " + key, "Tiêu đề " + forever);
  }

  @Test
  void withdrawingEndsTheTargetsVisibilityAtTheWithdrawal() {
    String key = "vis-test-withdraw-" + System.nanoTime();
    publications.insertIfAbsent(publication(key, now.plus(Duration.ofDays(5))));
    Instant at = now.minus(Duration.ofMinutes(1));
    publications.markWithdrawn(key, at);
    assertThat(targetUntil(key)).isEqualTo(at);
    assertThat(feed()).doesNotContain("Tiêu đề " + key);

    // A second withdrawal changes nothing (the first one's time stays).
    publications.markWithdrawn(key, now);
    assertThat(targetUntil(key)).isEqualTo(at);
  }

  @Test
  @DisplayName(
      "V-STEP-5 (issue 14): the feed answered from memory shows a publication and its withdrawal as soon as each commits")
  void theCachedFeedFollowsEveryWriteWhenItCommits() {
    FeedCache.Question question = new FeedCache.Question(List.of(AREA), null, null, 0, 500);
    Supplier<List<String>> cachedFeed =
        () ->
            feedCache
                .answer(
                    question,
                    () -> publications.visibleIn(List.of(AREA), Instant.now(), null, null, 0, 500))
                .stream()
                .map(FeedItem::title)
                .toList();
    TransactionTemplate inTransaction = new TransactionTemplate(transactions);
    String key = "vis-test-cached-" + System.nanoTime();
    assertThat(cachedFeed.get()).doesNotContain("Tiêu đề " + key);
    inTransaction.executeWithoutResult(
        tx -> publications.insertIfAbsent(publication(key, now.plus(Duration.ofDays(5)))));
    assertThat(cachedFeed.get()).contains("Tiêu đề " + key);
    inTransaction.executeWithoutResult(
        tx -> publications.markWithdrawn(key, now.minus(Duration.ofMinutes(1))));
    assertThat(cachedFeed.get()).doesNotContain("Tiêu đề " + key);
  }

  @Test
  void theFeedReadsOnlyTargetsStillVisible() {
    String key = "vis-test-ended-" + System.nanoTime();
    publications.insertIfAbsent(publication(key, now.plus(Duration.ofDays(5))));
    assertThat(feed()).contains("Tiêu đề " + key);
    // The feed's filter is the target's own column (the index it reads), not the publication's.
    jdbc.sql(
            "update publication_target set visible_until = :t where publication_id = (select id from"
                + " publication where idempotency_key = :k)")
        .param("t", now.minus(Duration.ofSeconds(1)).atOffset(java.time.ZoneOffset.UTC))
        .param("k", key)
        .update();
    assertThat(feed()).doesNotContain("Tiêu đề " + key);
  }
}
