package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;

/**
 * Issue 14: the cadence report (I-CADENCE-1, read at every start by the cadence check and by
 * /api/ihanoi/cadence) reads the last notices of all bodies in one query, not one query per body:
 * at national scale (3,960 bodies) one per body was minutes of the node's start-up.
 */
class CadenceReportQueriesTest {
  @Test
  @DisplayName(
      "I-CADENCE-1: the lag of 2,000 communes is reported from one grouped query, with no query per body")
  void reportReadsEveryBodyInOneQuery() {
    IhanoiNoticeRepository repository = mock(IhanoiNoticeRepository.class);
    OrganisationService organisations = mock(OrganisationService.class);
    List<Organisation> communes =
        IntStream.range(0, 2000)
            .mapToObj(
                i ->
                    new Organisation(
                        "UBND-X-T" + i,
                        "UBND xã Thử " + i,
                        OrganisationKind.COMMUNE_COMMITTEE,
                        "9" + i,
                        "x" + i + "@thu.gov.vn",
                        "X" + i))
            .toList();
    when(organisations.findByKind(any())).thenReturn(List.of());
    when(organisations.findByKind(OrganisationKind.COMMUNE_COMMITTEE)).thenReturn(communes);
    when(repository.lastSentPerOrganisation()).thenReturn(Map.of());
    when(repository.lastSentAtLevel(any())).thenReturn(Optional.empty());
    CadenceService cadence =
        new CadenceService(
            repository,
            organisations,
            null,
            null,
            null,
            new ProductClock(),
            new CadenceProperties(Duration.ofDays(3), LocalTime.of(7, 0), ""),
            new MailProperties("cttdt@hanoi.gov.vn"),
            null);

    List<CadenceRow> rows = cadence.report();

    assertThat(rows).hasSize(2000).allSatisfy(r -> assertThat(r.neverSent()).isTrue());
    verify(repository, times(1)).lastSentPerOrganisation();
    verify(repository, never()).lastSentByOrganisation(anyString());
    verify(organisations, never()).find(anyString());
  }
}
