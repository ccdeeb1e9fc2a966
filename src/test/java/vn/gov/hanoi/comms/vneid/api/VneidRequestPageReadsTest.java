package vn.gov.hanoi.comms.vneid.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.benchmark.StatementCounter;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Issue 14: a unit's list ({@code GET /api/vneid/requests}) builds a page's views from one read per
 * table, so the statements for a page do not grow with its size (at national volume the page of 100
 * took 390 ms p50 with one set of reads per row; BENCHMARKS.md "Volume: second run").
 */
class VneidRequestPageReadsTest extends IntegrationTest {
  private static final String UNIT = "UBND-P-TRUCBACH";

  @Autowired VneidRequestViews views;
  @Autowired VneidRequestRepository repository;
  @Autowired StatementCounter counter;

  @Test
  void aPageOfManyRowsTakesAsManyReadsAsAPageOfOne() {
    // Rows with rounds, pre-checks, a decision and a notice (returned for revision) and without.
    returnedForRevision(UNIT, "ke-hoach.txt", "Bổ sung kế hoạch");
    returnedForRevision(UNIT, "ke-hoach.txt", "Bổ sung kế hoạch");
    for (int i = 0; i < 3; i++) {
      submit(draft(UNIT, Scope.COMMUNE, List.of("00004")));
    }
    List<VneidRequestRecord> rows =
        jdbc
            .sql("select id from vneid_request where unit_code = :u order by id desc")
            .param("u", UNIT)
            .query(Long.class)
            .list()
            .stream()
            .limit(5)
            .map(id -> repository.find(id).orElseThrow())
            .toList();
    assertThat(rows).hasSize(5);

    views.page(rows.subList(0, 1));
    long one = reads(() -> views.page(rows.subList(0, 1)));
    long five = reads(() -> views.page(rows));

    assertThat(five).isEqualTo(one);
    List<VneidRequestView> page = views.page(rows);
    assertThat(page)
        .extracting(VneidRequestView::id)
        .containsExactlyElementsOf(rows.stream().map(VneidRequestRecord::id).toList());
    assertThat(page).allSatisfy(v -> assertThat(v.rounds()).isNotEmpty());
    assertThat(page.stream().flatMap(v -> v.rounds().stream()).flatMap(r -> r.decisions().stream()))
        .isNotEmpty();
    assertThat(page.stream().flatMap(v -> v.rounds().stream()).flatMap(r -> r.notices().stream()))
        .isNotEmpty();
  }

  /** The reads of the tables a view is built from (not the engine's, which may poll meanwhile). */
  private long reads(Runnable read) {
    Map<String, Long> before = counter.families();
    read.run();
    Map<String, Long> after = counter.families();
    return after.entrySet().stream()
        .filter(
            e ->
                e.getKey().startsWith("select VNEID_")
                    || e.getKey().startsWith("select PRE_CHECK_RESULT"))
        .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L))
        .sum();
  }
}
