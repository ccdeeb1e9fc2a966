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
import vn.gov.hanoi.comms.vneid.letter.LetterRecord;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/**
 * Letter numbers restart each year and run per issuing agency, like official letters: two years, or
 * two agencies, may both have a "1/TB-..." letter.
 */
class LetterNumberingTest extends IntegrationTest {
  @org.springframework.beans.factory.annotation.Autowired LetterService letters;

  private String returnedLetterNumber(int year) {
    ClockUtil.setCurrentTime(
        java.util.Date.from(LocalDate.of(year, 1, 2).atStartOfDay().toInstant(ZoneOffset.UTC)));
    return returned(
            draft("UBND-Q-HOANKIEM", Scope.DISTRICT, List.of("002")),
            "ca.hk",
            Groups.districtAppraisal("002"))
        .number();
  }

  private LetterRecord returned(
      vn.gov.hanoi.comms.vneid.content.ArticleDraft d, String by, String group) {
    VneidRequestRecord r = submit(d);
    complete(
        r.id(),
        Tasks.APPRAISE,
        by,
        group,
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, "Thiếu nguồn"));
    // Send the letter now: a mail job left behind would be sent in a later test of the shared
    // context and counted among its mails.
    runDueJobs();
    return letters.forRequest(r.id()).stream().findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "V-STEP-4: each police agency numbers its own letters in the year, with its registered abbreviation; the "
          + "letter carries the signer's name and title and the national motto on two lines (Decree 30/2020)")
  void numbersPerAgencyAndSigner() {
    ClockUtil.setCurrentTime(
        java.util.Date.from(LocalDate.of(2044, 3, 2).atStartOfDay().toInstant(ZoneOffset.UTC)));
    ensureUser("ca.hk.thamdinh.vb", Groups.districtAppraisal("002"));
    LetterRecord hk1 =
        returned(
            draft("UBND-Q-HOANKIEM", Scope.DISTRICT, List.of("002")),
            "ca.hk.thamdinh.vb",
            Groups.districtAppraisal("002"));
    LetterRecord pc06 =
        returned(draft("SO-TUPHAP", Scope.CITY, List.of("01")), "pc06.vb", Groups.PC06_APPRAISAL);
    LetterRecord hk2 =
        returned(
            draft("UBND-Q-HOANKIEM", Scope.DISTRICT, List.of("002")),
            "ca.hk.thamdinh.vb",
            Groups.districtAppraisal("002"));
    assertThat(List.of(hk1.number(), pc06.number(), hk2.number()))
        .containsExactly("1/TB-CAHK", "1/TB-PC06", "2/TB-CAHK");
    String letter = letters.render(hk1);
    assertThat(letter)
        .contains(
            "Số: 1/TB-CAHK",
            "TL. TRƯỞNG CÔNG AN",
            "Cán bộ ca.hk.thamdinh.vb",
            "<div class=\"motto-1\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>",
            "<div class=\"motto-2\">Độc lập - Tự do - Hạnh phúc</div>");
    moveClock(Duration.ZERO);
  }

  @Test
  @DisplayName(
      "V-STEP-4: the first letter of a new year starts again at 1 without clashing with last year's")
  void numbersRestartEachYear() {
    String first = returnedLetterNumber(2041);
    String nextYear = returnedLetterNumber(2042);
    assertThat(first)
        .as("the abbreviation of Hoàn Kiếm's police, as registered")
        .isEqualTo("1/TB-CAHK");
    assertThat(nextYear).isEqualTo(first);
    moveClock(Duration.ZERO);
  }
}
