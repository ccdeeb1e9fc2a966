package vn.gov.hanoi.comms.ihanoi;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.prechecks.ScreeningData;
import vn.gov.hanoi.comms.screening.Field;
import vn.gov.hanoi.comms.screening.FindingKind;
import vn.gov.hanoi.comms.screening.PreCheckDisplay;
import vn.gov.hanoi.comms.screening.PreCheckRow;
import vn.gov.hanoi.comms.screening.ScreenedText;
import vn.gov.hanoi.comms.screening.Screener;

/**
 * The screening that protects residents (personal data, links, event dates) on an iHanoi notice,
 * each time it comes to approval (Task_CheckContent): the notice is shown to its area from approval
 * until it is no longer valid, so that is the window its dates are compared with. The results are
 * stored as the notice's next check; the approver sees the latest, and blocking personal data needs
 * their written reason (prechecks.PersonalDataOverride).
 */
@Service
public class NoticeContentChecks {
  private static final Map<String, String> LABELS =
      Arrays.stream(FindingKind.Check.values())
          .collect(Collectors.toMap(FindingKind.Check::name, FindingKind.Check::label));

  private final IhanoiNoticeRepository notices;
  private final PreCheckRowRepository rows;
  private final ScreeningData data;
  private final ProductClock clock;
  private final Screener screener = new Screener();

  public NoticeContentChecks(
      IhanoiNoticeRepository notices,
      PreCheckRowRepository rows,
      ScreeningData data,
      ProductClock clock) {
    this.notices = notices;
    this.rows = rows;
    this.data = data;
    this.clock = clock;
  }

  /**
   * Screens the notice as it is now and stores the results; returns the number of blocking
   * findings.
   */
  @Transactional
  public long check(long noticeId) {
    NoticeRecord n =
        notices
            .find(noticeId)
            .orElseThrow(() -> new IllegalStateException("no iHanoi notice " + noticeId));
    Screener.Result result =
        screener.screen(
            new Screener.Input(
                n.title(), null, n.bodyHtml(), List.of(), clock.now(), n.validUntil()),
            data.rules());
    List<PreCheckRow> found =
        result.findings().stream().map(PreCheckRow::of).collect(Collectors.toList());
    for (FindingKind.Check check : FindingKind.Check.values()) {
      if (found.stream().noneMatch(r -> r.check().equals(check.name()))) {
        found.add(
            new PreCheckRow(
                check.name(),
                null,
                PreCheckRow.OK,
                check.label() + ": không có gì cần xem lại.",
                null,
                null,
                null,
                null,
                null,
                null));
      }
    }
    rows.addNoticeCheck(noticeId, found, clock.now());
    return found.stream().filter(PreCheckRow::blockingPersonalData).count();
  }

  /** The results of the notice's latest check (none before its first approval). */
  public List<PreCheckRow> latest(long noticeId) {
    int check = rows.latestNoticeCheck(noticeId);
    return check == 0 ? List.of() : rows.forNoticeCheck(noticeId, check);
  }

  public long blockingPersonalData(long noticeId) {
    return latest(noticeId).stream().filter(PreCheckRow::blockingPersonalData).count();
  }

  /** What the approval form shows: the findings with their passages marked. */
  public Map<String, Object> display(NoticeRecord n) {
    return PreCheckDisplay.values(
        latest(n.id()),
        Map.of(
            Field.TITLE,
            ScreenedText.ofPlain(Field.TITLE, null, n.title()).text(),
            Field.SUMMARY,
            "",
            Field.BODY,
            ScreenedText.ofHtml(n.bodyHtml()).text()),
        LABELS);
  }

  /** The text the body's offsets count in. */
  public static String bodyText(NoticeRecord n) {
    return ScreenedText.ofHtml(n.bodyHtml()).text();
  }
}
