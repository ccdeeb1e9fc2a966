package vn.gov.hanoi.comms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository;
import vn.gov.hanoi.comms.publication.FeedItem;
import vn.gov.hanoi.comms.publication.PublicationRepository;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/** The demo's iHanoi data, made with the application's own services on the tests' database. */
class IhanoiDemoDataTest extends IntegrationTest {
  @Autowired IhanoiNoticeRepository notices;
  @Autowired PublicationService publications;
  @Autowired PublicationRepository feed;
  @Autowired ProductClock clock;

  @Test
  @DisplayName(
      "I-CADENCE-1: the demo's notice \"sent yesterday\" is in the feed since yesterday, the time it was sent, "
          + "not since the application started")
  void sentYesterdayIsPublishedYesterday() {
    IhanoiDemoData demo =
        new IhanoiDemoData(
            identityService, notices, publications, clock, new DemoProperties(PASSWORD), jdbc);
    Instant before = clock.now();
    long id = demo.sendCityNoticeYesterday();

    Instant published =
        jdbc.sql("select published_at from publication where source = 'IHANOI' and source_id = :id")
            .param("id", id)
            .query(OffsetDateTime.class)
            .single()
            .toInstant();
    assertThat(published).isEqualTo(notices.find(id).orElseThrow().sentAt());
    assertThat(Duration.between(published, before))
        .isBetween(Duration.ofHours(23), Duration.ofDays(1));
    List<FeedItem> visible = feed.visibleIn(List.of("01"), clock.now(), null, null, 0, 100);
    assertThat(visible)
        .filteredOn(i -> i.sourceId() == id && i.source().equals("IHANOI"))
        .singleElement()
        .satisfies(i -> assertThat(i.publishedAt()).isEqualTo(published));
  }
}
