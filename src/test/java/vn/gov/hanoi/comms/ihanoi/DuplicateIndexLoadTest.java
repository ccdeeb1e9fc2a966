package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.EXAM;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.EXAM_TITLE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FIRE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FIRE_TITLE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FLOOD;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FLOOD_TITLE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.UnavailableException;

/**
 * A node's start-up load of the duplicate index (issue 14: years of notices did not fit in the
 * heap): events are read a page at a time, and notices already older than the look-back are left
 * out, since they can never be an earlier notice again (I-DEDUP-5).
 */
class DuplicateIndexLoadTest extends IhanoiTestBase {
  @Autowired AreaService areas;
  @Autowired ProductClock clock;

  @Test
  @DisplayName("I-DEDUP-5: start-up loads, page by page, only the notices inside the look-back")
  void startUpLoadsPagesWithinTheLookBack() {
    Instant now = clock.now();
    long old = sentCityNotice(FLOOD_TITLE, FLOOD, now.minus(Duration.ofDays(60)));
    long yesterday = sentCityNotice(FIRE_TITLE, FIRE, now.minus(Duration.ofDays(1)));
    long twoDaysAgo = sentCityNotice(EXAM_TITLE, EXAM, now.minus(Duration.ofDays(2)));

    // One event per page, so that the last two notices are only found if paging goes on.
    DuplicateService node = node(Duration.ofDays(30), Duration.ofMinutes(2), Runnable::run);
    node.run(null);

    assertThat(earlierIds(node, FLOOD_TITLE, FLOOD)).doesNotContain(old);
    DuplicateService tenYears = node(Duration.ofDays(3650), Duration.ofMinutes(2), Runnable::run);
    tenYears.run(null);
    assertThat(tenYears.indexedNotices())
        .as("the 60-day-old notice is loaded only by a node whose look-back reaches it")
        .isGreaterThan(node.indexedNotices());
    assertThat(earlierIds(node, FIRE_TITLE, FIRE)).contains(yesterday);
    assertThat(earlierIds(node, EXAM_TITLE, EXAM)).contains(twoDaysAgo);
  }

  @Test
  @DisplayName(
      "I-DEDUP-5: the start-up load runs after readiness, and no check runs on a partial index: a check waits"
          + " for the load, and is refused as 'try again' (503) when the load does not end within load-wait")
  void checksWaitForTheStartUpLoad() throws Exception {
    long yesterday = sentCityNotice(FIRE_TITLE, FIRE, clock.now().minus(Duration.ofDays(1)));
    List<Runnable> pending = new ArrayList<>();
    DuplicateService node = node(Duration.ofDays(30), Duration.ofMinutes(2), pending::add);
    node.run(null);
    assertThat(node.loaded()).isFalse();

    CompletableFuture<List<Long>> check =
        CompletableFuture.supplyAsync(() -> earlierIds(node, FIRE_TITLE, FIRE));
    Thread.sleep(500);
    assertThat(check).as("the check waits while the index is not loaded").isNotDone();
    assertThat(node.indexedNotices()).isZero();

    pending.forEach(Runnable::run);
    assertThat(node.loaded()).isTrue();
    assertThat(check.get(60, TimeUnit.SECONDS))
        .as("once loaded, the waiting check sees the notice the load brought in")
        .contains(yesterday);

    DuplicateService neverLoaded = node(Duration.ofDays(30), Duration.ofMillis(200), load -> {});
    neverLoaded.run(null);
    assertThatThrownBy(() -> earlierIds(neverLoaded, FIRE_TITLE, FIRE))
        .isInstanceOf(UnavailableException.class);
    assertThatThrownBy(neverLoaded::catchUp).isInstanceOf(UnavailableException.class);
    assertThat(neverLoaded.indexedNotices()).as("nothing read before the load").isZero();
  }

  @Test
  @DisplayName(
      "I-DEDUP-5: start-up's catch-up starts at the look-back's first event, not the oldest")
  void startUpStartsAtTheFirstEventOfTheLookBack() {
    // Far ahead of every other test's notices, so that only these two are in or before the window.
    Instant now = clock.now();
    long before = sentCityNotice(FLOOD_TITLE, FLOOD, now.plus(Duration.ofDays(4000)));
    long inside = sentCityNotice(FIRE_TITLE, FIRE, now.plus(Duration.ofDays(4100)));

    long first = indexEvents.firstIndexEventSeqSince(now.plus(Duration.ofDays(4050)));

    assertThat(first).isEqualTo(firstEvent(inside)).isGreaterThan(firstEvent(before));
    assertThat(indexEvents.firstIndexEventSeqSince(now.plus(Duration.ofDays(5000))))
        .isEqualTo(Long.MAX_VALUE);
  }

  private DuplicateService node(
      Duration lookBack, Duration loadWait, java.util.concurrent.Executor loader) {
    return new DuplicateService(
        repository, indexEvents, areas, clock, new DedupProperties(lookBack, 1, loadWait), loader);
  }

  private long firstEvent(long noticeId) {
    return jdbc.sql("select min(seq) from ihanoi_index_event where notice_id = :id")
        .param("id", noticeId)
        .query(Long.class)
        .single();
  }

  private long sentCityNotice(String title, String text, Instant sentAt) {
    long id =
        repository.insert(
            new ValidatedNotice(
                new IssuingBody(CITY_ORG, NoticeLevel.CITY, "01"),
                title,
                "<p>" + text + "</p>",
                text,
                NoticeTopic.HEALTH,
                NoticeUrgency.NORMAL,
                null),
            "test",
            sentAt);
    repository.markSent(id, sentAt);
    return id;
  }

  private static List<Long> earlierIds(DuplicateService node, String title, String text) {
    return node.check(-1, NoticeLevel.COMMUNE, "00004", title, text, Set.of()).stream()
        .map(DuplicateFinding::earlierId)
        .toList();
  }

  private static final String CITY_ORG = "VP-UBND-TP";
}
