package vn.gov.hanoi.comms.ihanoi;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.common.web.UnavailableException;
import vn.gov.hanoi.comms.dedup.DuplicateDetector;
import vn.gov.hanoi.comms.dedup.DuplicateExplanation;
import vn.gov.hanoi.comms.dedup.Match;
import vn.gov.hanoi.comms.dedup.StoredNotice;
import vn.gov.hanoi.comms.ihanoi.DuplicateIndexEvents.IndexEvent;

/**
 * Compares drafts with what higher levels sent or approved (I-DEDUP-1..5). Each application node
 * keeps its own in-memory {@link DuplicateDetector}, loaded at start and caught up before every
 * check from the index-event log (one indexed query), so nodes sharing one database agree.
 * Candidates are then confirmed against the table (still approved or sent, inside the look-back
 * period): an entry another node withdrew or stopped does not count.
 *
 * <p>The start-up load runs on a thread of its own after readiness (at national scale ~30,000
 * notices of the look-back, 15-50 s of a loaded node's start, issue 14). No check runs on a partial
 * index: every check and explanation first waits for the load to finish ({@code
 * app.ihanoi.dedup.load-wait}); past that it is refused with {@link UnavailableException} (HTTP
 * 503, "try again"), its transaction rolled back, and nothing is recorded.
 */
@Service
@Order(StartupOrder.DUPLICATE_INDEX)
public class DuplicateService implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DuplicateService.class);
  private final DuplicateDetector detector = new DuplicateDetector();
  private final IhanoiNoticeRepository repository;
  private final DuplicateIndexEvents indexEvents;
  private final AreaService areas;
  private final ProductClock clock;
  private final Duration lookBack;
  private final int page;
  private final Duration loadWait;
  private final Executor loader;
  private final CountDownLatch loaded = new CountDownLatch(1);
  private long lastSeq;

  @Autowired
  public DuplicateService(
      IhanoiNoticeRepository repository,
      DuplicateIndexEvents indexEvents,
      AreaService areas,
      ProductClock clock,
      DedupProperties properties) {
    this(repository, indexEvents, areas, clock, properties, DuplicateService::inBackground);
  }

  /**
   * With the executor that runs the start-up load ({@code Runnable::run}: at once, in the caller).
   */
  public DuplicateService(
      IhanoiNoticeRepository repository,
      DuplicateIndexEvents indexEvents,
      AreaService areas,
      ProductClock clock,
      DedupProperties properties,
      Executor loader) {
    this.repository = repository;
    this.indexEvents = indexEvents;
    this.page = properties.catchUpPage();
    this.areas = areas;
    this.clock = clock;
    this.lookBack = properties.lookBack();
    this.loadWait = properties.loadWait();
    this.loader = loader;
  }

  @Override
  public void run(ApplicationArguments args) {
    // At start-up the clock is the wall clock and only moves on: a notice already older than the
    // look-back can never be an earlier notice again, so it is not loaded (years of notices would
    // not fit in the heap).
    Instant notBefore = clock.now().minus(lookBack);
    loader.execute(() -> load(notBefore));
  }

  private void load(Instant notBefore) {
    long started = System.nanoTime();
    try {
      catchUp(notBefore);
      loaded.countDown();
      log.info(
          "Duplicate index loaded at start-up: {} notices of the last {} in {} ms",
          detector.size(),
          lookBack,
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      // The checks keep waiting (and are refused as "try again"): a node without its index must
      // not pass a duplicate, and the failure must not go unseen.
      log.error("Duplicate index's start-up load failed; duplicate checks are refused", e);
    }
  }

  /** Whether the start-up load is done (checks before it wait). */
  public boolean loaded() {
    return loaded.getCount() == 0;
  }

  private void awaitLoaded() {
    try {
      if (loaded.await(loadWait.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new UnavailableException(
        "Chỉ mục kiểm tra trùng lặp đang được nạp sau khi khởi động; xin thử lại sau ít phút",
        Duration.ofSeconds(30));
  }

  private static void inBackground(Runnable load) {
    Thread thread = new Thread(load, "duplicate-index-load");
    thread.setDaemon(true);
    thread.start();
  }

  /** How many notices the index holds. */
  public int indexedNotices() {
    return detector.size();
  }

  /** Earlier higher-level notices carrying the same information as the text, most similar first. */
  public List<DuplicateFinding> check(
      long noticeId,
      NoticeLevel level,
      String areaCode,
      String title,
      String body,
      Collection<Long> ignored) {
    if (!level.checkedForDuplicates()) {
      return List.of();
    }
    catchUp();
    Instant since = clock.now().minus(lookBack);
    List<Match> matches =
        detector.check(
            title,
            body,
            DuplicateScope.higherLevelsOf(level, areaCode, areas.currentTree(), since)
                .and(n -> n.id() != noticeId && !ignored.contains(n.id())));
    List<Match> duplicates = matches.stream().filter(Match::duplicate).toList();
    Map<Long, NoticeRecord> live =
        repository.liveAmong(duplicates.stream().map(Match::noticeId).toList(), since).stream()
            .collect(Collectors.toMap(NoticeRecord::id, Function.identity()));
    List<DuplicateFinding> findings = new ArrayList<>();
    for (Match m : duplicates) {
      NoticeRecord earlier = live.get(m.noticeId());
      if (earlier != null) {
        findings.add(
            new DuplicateFinding(
                noticeId,
                earlier.id(),
                earlier.level(),
                earlier.areaCode(),
                earlier.indexedAt(),
                m.similarity(),
                m.containment()));
      }
    }
    return findings;
  }

  /**
   * What the draft shares with the earlier notice that stopped it, marked on both texts and said in
   * words (I-DEDUP-4), weighed by how rare its facts and words are among the indexed notices.
   */
  public DuplicateExplanation explain(NoticeRecord earlier, NoticeRecord draft, String issuerName) {
    catchUp();
    return detector.explain(
        earlier.title(), earlier.bodyText(), draft.title(), draft.bodyText(), issuerName);
  }

  /**
   * Reads the index events this node has not seen yet; a notice seen again replaces its entry.
   * Waits for the start-up load first (never reads from the oldest event).
   */
  public void catchUp() {
    awaitLoaded();
    catchUp(Instant.EPOCH);
  }

  /**
   * Reads the events a page at a time (each page with its notices' texts, never all at once),
   * skipping notices that entered the index before {@code notBefore}.
   */
  private synchronized void catchUp(Instant notBefore) {
    long upTo = indexEvents.lastIndexEventSeq();
    if (notBefore.isAfter(Instant.EPOCH)) {
      // Start at the first event that can qualify, not at the oldest (issue 14).
      long first = indexEvents.firstIndexEventSeqSince(notBefore);
      lastSeq = Math.max(lastSeq, first == Long.MAX_VALUE ? upTo : first - 1);
    }
    List<IndexEvent> events;
    do {
      events = indexEvents.indexEventsAfter(lastSeq, upTo, notBefore, page);
      // Each event carries the notice as it is now: index a notice once per page.
      Set<Long> done = new HashSet<>();
      for (IndexEvent e : events) {
        if (done.add(e.notice().id())) {
          index(e.notice());
        }
      }
      if (!events.isEmpty()) {
        lastSeq = events.get(events.size() - 1).seq();
      }
    } while (events.size() == page);
    lastSeq = Math.max(lastSeq, upTo);
  }

  private void index(NoticeRecord n) {
    if (n.status() == NoticeStatus.APPROVED || n.status() == NoticeStatus.SENT) {
      detector.index(
          new StoredNotice(
              n.id(), n.level().name(), n.areaCode(), n.indexedAt(), n.title(), n.bodyText()));
    } else {
      detector.remove(n.id());
    }
  }

  /**
   * Drops a notice that left the approved/sent states on this node at once; other nodes confirm in
   * SQL.
   */
  public void forget(long noticeId) {
    detector.remove(noticeId);
  }
}
