package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * V-CHECK-4..6, V-STEP-2: an article with blocking personal data passes appraisal only with the
 * appraiser's written reason, which is kept with the decision and in the audit trail; a refused
 * completion leaves the task open and records nothing.
 */
class PersonalDataOverrideFlowTest extends IntegrationTest {
  @Autowired VneidDecisionRepository decisionRepository;
  private static final String OFFICER = "pc.ca.badinh.thamdinh";
  private static final String REASON = "Ông Hùng đã đồng ý công khai bằng văn bản ngày 20/11/2026";

  private VneidRequestRecord submitWithPersonalData() {
    ArticleDraft d = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    return submit(
        new ArticleDraft(
            d.unitCode(),
            d.title(),
            d.summary(),
            "<p>Hộ ông Nguyễn Văn Hùng, CCCD số 001062004512, được hỗ trợ sửa nhà.</p>",
            d.category(),
            d.scope(),
            d.targetAreaCodes(),
            d.ageMin(),
            d.ageMax(),
            d.gender(),
            d.publishFrom(),
            d.publishUntil(),
            d.justification(),
            d.reviewerNotes(),
            d.letterNumber(),
            d.letterDate()));
  }

  private void appraise(long id, Map<String, Object> vars) {
    complete(id, Tasks.APPRAISE, OFFICER, Groups.districtAppraisal("001"), vars);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: PASS without a written reason is refused (field named), too short a reason too; the task stays open")
  void refusedWithoutWrittenReason() {
    VneidRequestRecord r = submitWithPersonalData();
    String taskId = openTask(r.id(), Tasks.APPRAISE).getId();
    assertThat(FormDisplayValues.of(taskService, taskId))
        .containsEntry("personalDataBlocking", true);
    assertThat(
            Refusals.fieldsOf(
                () -> appraise(r.id(), Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS))))
        .contains(Vars.PERSONAL_DATA_OVERRIDE_REASON);
    assertThatThrownBy(() -> appraise(r.id(), Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS)))
        .hasMessageContaining("dữ liệu cá nhân bị chặn");
    assertThatThrownBy(
            () ->
                appraise(
                    r.id(),
                    Map.of(
                        Vars.APPRAISAL_OUTCOME,
                        VneidProcess.PASS,
                        Vars.PERSONAL_DATA_OVERRIDE_REASON,
                        "ok đồng ý")))
        .hasMessageContaining("quá ngắn");
    assertThat(openTask(r.id(), Tasks.APPRAISE)).isNotNull();
    assertThat(decisionRepository.decisions(r.id())).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: PASS with a written reason goes on to approval; the reason is in the decision, the API and the audit trail")
  void recordedWithTheReason() {
    VneidRequestRecord r = submitWithPersonalData();
    appraise(
        r.id(),
        Map.of(
            Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.PERSONAL_DATA_OVERRIDE_REASON, REASON));
    assertThat(openTask(r.id(), Tasks.APPROVE)).isNotNull();
    DecisionRecord d = decisionRepository.decisions(r.id()).get(0);
    assertThat(d.preCheckOverrideReason()).isEqualTo(REASON);
    assertThat(d.decidedBy()).isEqualTo(OFFICER);
    List<String> audit =
        jdbc.sql(
                "select details from audit_event where operation = :op and entity_id = :e and actor = :a")
            .param("op", Tasks.APPRAISE + ":PRECHECK_OVERRIDE")
            .param("e", r.id() + "/1")
            .param("a", OFFICER)
            .query(String.class)
            .list();
    assertThat(audit).singleElement().asString().contains(REASON).contains("1 dữ liệu cá nhân");
  }

  @Test
  @DisplayName("V-CHECK-4..6: returning the article needs no override reason, and keeps none")
  void returnNeedsNoReason() {
    VneidRequestRecord r = submitWithPersonalData();
    appraise(
        r.id(),
        Map.of(
            Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            Vars.APPRAISAL_REASONS,
            "Đề nghị che số căn cước của người dân"));
    assertThat(decisionRepository.decisions(r.id()).get(0).preCheckOverrideReason()).isNull();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: an article without blocking personal data passes without a reason, as before")
  void cleanArticleNeedsNoReason() {
    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    assertThat(FormDisplayValues.of(taskService, openTask(r.id(), Tasks.APPRAISE).getId()))
        .containsEntry("personalDataBlocking", false);
    appraise(r.id(), Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS));
    assertThat(openTask(r.id(), Tasks.APPROVE)).isNotNull();
  }
}
