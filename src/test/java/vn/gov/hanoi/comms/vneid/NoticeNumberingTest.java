package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.notice.NoticeRecord;
import vn.gov.hanoi.comms.vneid.notice.NoticeService;

/** Notice numbers restart each year, like official letters: two years may both have a "1/TB-..." notice. */
class NoticeNumberingTest extends IntegrationTest {
  @org.springframework.beans.factory.annotation.Autowired NoticeService notices;

  private String returnedNoticeNumber(int year) {
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(year, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC)));
    VneidRequestRecord r = submit(draft("UBND-Q-HOANKIEM", Scope.DISTRICT, List.of("002")));
    complete(r.id(), Tasks.APPRAISE, "ca.hk", Groups.districtAppraisal("002"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, "Thiếu nguồn"));
    return notices.forRequest(r.id()).stream().map(NoticeRecord::number).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("V-STEP-4: the first notice of a new year starts again at 1 without clashing with last year's")
  void numbersRestartEachYear() {
    String first = returnedNoticeNumber(2041);
    String nextYear = returnedNoticeNumber(2042);
    assertThat(first).startsWith("1/TB-CA002");
    assertThat(nextYear).isEqualTo(first);
    moveClock(Duration.ZERO);
  }
}
