package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

class PersonalDataOverrideTest {
  private static final String REASON = "Người có tên đã đồng ý bằng văn bản ngày 20/11";

  @Test
  @DisplayName(
      "V-CHECK-4..6, V-STEP-2: blocking personal data lets an appraisal pass only with a written reason of some length")
  void appraisalNeedsAWrittenReason() {
    assertThat(DecisionRules.check(Tasks.APPRAISE, VneidProcess.PASS, null, false, false, 2, null))
        .extracting(FieldError::field)
        .containsExactly(PersonalDataOverride.FIELD);
    assertThat(
            DecisionRules.check(Tasks.APPRAISE, VneidProcess.PASS, null, false, false, 2, "đồng ý"))
        .extracting(FieldError::message)
        .singleElement()
        .asString()
        .contains("quá ngắn");
    assertThat(
            DecisionRules.check(Tasks.APPRAISE, VneidProcess.PASS, null, false, false, 2, REASON))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: returning the article, deciding on one without blocking findings, or approving later needs no reason")
  void noReasonNeeded() {
    assertThat(
            DecisionRules.check(
                Tasks.APPRAISE, VneidProcess.RETURN, "Che số điện thoại", false, false, 2, null))
        .isEmpty();
    assertThat(DecisionRules.check(Tasks.APPRAISE, VneidProcess.PASS, null, false, false, 0, null))
        .isEmpty();
    assertThat(
            DecisionRules.check(Tasks.APPROVE, VneidProcess.APPROVE, null, false, false, 2, null))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the reason is kept only when it let blocked data through; an overlong one is refused")
  void keptAndBounded() {
    assertThat(PersonalDataOverride.kept(true, 1, "  " + REASON + " ")).isEqualTo(REASON);
    assertThat(PersonalDataOverride.kept(true, 0, REASON)).isNull();
    assertThat(PersonalDataOverride.kept(false, 3, REASON)).isNull();
    assertThat(PersonalDataOverride.check(true, 1, "x".repeat(2001)))
        .extracting(FieldError::field)
        .containsExactly(PersonalDataOverride.FIELD);
  }
}
