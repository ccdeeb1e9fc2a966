package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.EXAM;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.EXAM_TITLE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FIRE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FIRE_TITLE;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FLOOD;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.FLOOD_TITLE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;

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
    DuplicateService node =
        new DuplicateService(
            repository, indexEvents, areas, clock, new DedupProperties(Duration.ofDays(30), 1));
    node.run(null);

    assertThat(earlierIds(node, FLOOD_TITLE, FLOOD)).doesNotContain(old);
    DuplicateService tenYears =
        new DuplicateService(
            repository, indexEvents, areas, clock, new DedupProperties(Duration.ofDays(3650), 1));
    tenYears.run(null);
    assertThat(tenYears.indexedNotices())
        .as("the 60-day-old notice is loaded only by a node whose look-back reaches it")
        .isGreaterThan(node.indexedNotices());
    assertThat(earlierIds(node, FIRE_TITLE, FIRE)).contains(yesterday);
    assertThat(earlierIds(node, EXAM_TITLE, EXAM)).contains(twoDaysAgo);
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
