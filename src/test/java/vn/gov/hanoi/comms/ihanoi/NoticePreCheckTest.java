package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.testsupport.RestCalls;

/**
 * V-CHECK-4..6 on iHanoi: every notice is screened before approval (Task_CheckContent); the
 * approver sees the findings with their passages marked, and blocking personal data goes out only
 * with the approver's written reason, kept with the decision and in the audit trail.
 */
class NoticePreCheckTest extends IhanoiTestBase {
  private static final String CITY_DEPT = "SO-YTE";
  private static final String REASON = "Gia đình bà Nga đồng ý công khai để kêu gọi hỗ trợ";
  private static final String BODY =
      "Gia đình bà Phạm Thị Nga, chồng mắc bệnh ung thư, cần giúp đỡ. Liên hệ bà Nga: 0912 468 135.";

  @LocalServerPort int port;

  private NoticeRecord toApproval(String body) {
    NoticeRecord n =
        create(
            CITY_DEPT,
            "Kêu gọi giúp đỡ gia đình có hoàn cảnh khó khăn " + System.nanoTime(),
            body,
            NoticeTopic.values()[0]);
    submitEdit(n.id(), CITY_DEPT);
    return n;
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the approver sees the notice's findings, marked; approving without a written reason is refused")
  void approverSeesFindingsAndMustWriteWhy() {
    NoticeRecord n = toApproval(BODY);
    assertThat(instance(n.id())).isNotNull();
    Map<String, Object> display =
        FormDisplayValues.of(taskService, noticeTask(n.id(), Tasks.APPROVE).getId());
    assertThat(display).containsEntry("personalDataBlocking", true);
    assertThat((String) display.get("preCheckText"))
        .contains(
            "<span class=\"precheck-passage\"><strong>0912 468 135</strong></span>",
            "<span class=\"precheck-passage\"><strong>mắc bệnh ung thư</strong></span>");
    assertThat(
            Refusals.fieldsOf(() -> decide(n.id(), CITY_DEPT, true, IhanoiProcess.APPROVE, null)))
        .contains(Vars.PERSONAL_DATA_OVERRIDE_REASON);
    assertThat(noticeTask(n.id(), Tasks.APPROVE)).isNotNull();
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.IN_APPROVAL);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: with a written reason the notice goes out; the reason is in the decision and the audit trail; "
          + "the API lists the findings with offsets in the body's text")
  void approvedWithReason() {
    NoticeRecord n = toApproval(BODY);
    completeAs(
        n.id(),
        Tasks.APPROVE,
        "vp.ttdt",
        Groups.IHANOI_CITY_APPROVER,
        Map.of(
            Vars.APPROVAL_OUTCOME,
            IhanoiProcess.APPROVE,
            Vars.PERSONAL_DATA_OVERRIDE_REASON,
            REASON));
    runDueJobs();
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    assertThat(
            jdbc.sql(
                    "select pre_check_override_reason from ihanoi_decision where notice_id = :id and step = :s")
                .param("id", n.id())
                .param("s", Tasks.APPROVE)
                .query(String.class)
                .single())
        .isEqualTo(REASON);
    assertThat(
            jdbc.sql("select details from audit_event where entity_id = :e and operation = :op")
                .param("e", String.valueOf(n.id()))
                .param("op", Tasks.APPROVE + ":PRECHECK_OVERRIDE")
                .query(String.class)
                .single())
        .contains(REASON);

    ensureUser("pc.canbo.soyte", Groups.unit(CITY_DEPT));
    JsonNode view =
        RestCalls.client(port, "pc.canbo.soyte", PASSWORD)
            .get()
            .uri("/api/ihanoi/notices/" + n.id())
            .retrieve()
            .body(JsonNode.class);
    JsonNode phone = null;
    for (JsonNode p : view.get("preChecks")) {
      if ("PHONE".equals(p.path("kind").asText())) {
        phone = p;
      }
    }
    assertThat(phone).as("PHONE among %s", view.get("preChecks")).isNotNull();
    assertThat(
            view.get("bodyText")
                .asText()
                .substring(phone.get("start").asInt(), phone.get("end").asInt()))
        .isEqualTo("0912 468 135");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a notice returned to editing and corrected is checked again; the new check no longer blocks")
  void checkedAgainAfterRevision() {
    NoticeRecord n = toApproval(BODY);
    decide(n.id(), CITY_DEPT, true, IhanoiProcess.RETURN, "Bỏ số điện thoại và bệnh của người dân");
    completeAs(
        n.id(),
        Tasks.EDIT,
        "bientap-so-yte",
        Groups.editor(CITY_DEPT),
        Map.of(
            Vars.EDITED_BODY,
            "Một gia đình trong phường có hoàn cảnh khó khăn cần giúp đỡ. Liên hệ UBND phường qua đường dây nóng 0912 468 135."));
    Map<String, Object> display =
        FormDisplayValues.of(taskService, noticeTask(n.id(), Tasks.APPROVE).getId());
    assertThat(display).containsEntry("personalDataBlocking", false);
    approve(n.id(), CITY_DEPT, true);
    assertThat(
            jdbc.sql(
                    "select count(distinct ihanoi_check_no) from pre_check_result where ihanoi_notice_id = :id")
                .param("id", n.id())
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }
}
