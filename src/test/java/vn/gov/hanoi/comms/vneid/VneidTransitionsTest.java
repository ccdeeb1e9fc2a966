package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

class VneidTransitionsTest {
  private static final Instant NOW = Instant.parse("2026-12-01T01:00:00Z");
  private static final RoundRecord ROUND =
      new RoundRecord(
          1,
          1,
          "t",
          "s",
          "<p>b</p>",
          "PROJECT_06",
          "COMMUNE",
          List.of("00004"),
          0,
          120,
          "ALL",
          NOW.minusSeconds(60),
          NOW.plusSeconds(86_400),
          null,
          null,
          null,
          null,
          1,
          null,
          false,
          null,
          "u",
          NOW);

  private static DecisionRecord d(String step, String outcome) {
    return new DecisionRecord(1, 1, step, outcome, null, false, "x", NOW, null);
  }

  @Test
  @DisplayName(
      "T-1, V-STEP-2, V-STEP-3: no approval step without a passed appraisal, no publication without the approval")
  void decisionsGateTheSteps() {
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.IN_APPRAISAL,
                VneidStatus.IN_APPROVAL,
                List.of(),
                "COMMUNE",
                ROUND,
                NOW))
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.IN_APPRAISAL,
                VneidStatus.IN_APPROVAL,
                List.of(d(Tasks.APPRAISE, "PASS")),
                "COMMUNE",
                ROUND,
                NOW))
        .isEmpty();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.IN_APPRAISAL,
                VneidStatus.SCHEDULED,
                List.of(d(Tasks.APPRAISE, "PASS"), d(Tasks.APPROVE, "APPROVE")),
                "COMMUNE",
                ROUND,
                NOW))
        .as("not from appraisal straight to scheduled")
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.IN_APPROVAL,
                VneidStatus.SCHEDULED,
                List.of(d(Tasks.APPRAISE, "PASS")),
                "COMMUNE",
                ROUND,
                NOW))
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.IN_APPROVAL,
                VneidStatus.SCHEDULED,
                List.of(d(Tasks.APPRAISE, "PASS"), d(Tasks.APPROVE, "APPROVE")),
                "COMMUNE",
                ROUND,
                NOW))
        .isEmpty();
  }

  @Test
  @DisplayName("V-ROUTE-4: national scope needs the Director's endorsement and C06's approval")
  void nationalNeedsBoth() {
    var endorsedOnly = List.of(d(Tasks.APPRAISE, "PASS"), d(Tasks.ENDORSE_NATIONAL, "APPROVE"));
    assertThat(VneidTransitions.approved(endorsedOnly, "NATIONAL")).isFalse();
    assertThat(
            VneidTransitions.approved(
                List.of(d(Tasks.APPRAISE, "PASS"), d(Tasks.APPROVE, "APPROVE")), "NATIONAL"))
        .isFalse();
    assertThat(
            VneidTransitions.approved(
                List.of(
                    d(Tasks.APPRAISE, "PASS"),
                    d(Tasks.ENDORSE_NATIONAL, "APPROVE"),
                    d(Tasks.APPROVE_NATIONAL, "APPROVE")),
                "NATIONAL"))
        .isTrue();
  }

  @Test
  @DisplayName(
      "V-STEP-5: published only once due, expired only once the window has ended; ended requests stay ended")
  void windowAndEnds() {
    var approved = List.of(d(Tasks.APPRAISE, "PASS"), d(Tasks.APPROVE, "APPROVE"));
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.SCHEDULED,
                VneidStatus.PUBLISHED,
                approved,
                "COMMUNE",
                ROUND,
                ROUND.publishFrom().minusSeconds(1)))
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.SCHEDULED, VneidStatus.PUBLISHED, approved, "COMMUNE", ROUND, NOW))
        .isEmpty();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.PUBLISHED, VneidStatus.EXPIRED, approved, "COMMUNE", ROUND, NOW))
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.WITHDRAWN, VneidStatus.PUBLISHED, approved, "COMMUNE", ROUND, NOW))
        .isPresent();
    assertThat(
            VneidTransitions.refusal(
                VneidStatus.EXPIRED, VneidStatus.IN_APPRAISAL, approved, "COMMUNE", ROUND, NOW))
        .isPresent();
  }
}
