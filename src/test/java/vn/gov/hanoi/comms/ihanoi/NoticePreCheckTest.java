package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.screening.FindingKind;
import vn.gov.hanoi.comms.screening.Screener;
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

  @Test
  @DisplayName(
      "V-CHECK-4..6: every kind of finding of a notice is in the iHanoi API (check, severity, message, passage,"
          + " offsets in bodyText) and marked in the approver's form")
  void everyKindThroughTheApiAndTheApprovalForm() {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    LocalDate today = LocalDate.now(Screener.HANOI);
    String past = day.format(today.minusDays(10));
    String after = day.format(today.plusDays(60));
    Instant validUntil =
        today.plusDays(30).atTime(LocalTime.of(22, 0)).atZone(Screener.HANOI).toInstant();
    String body =
        "<p>Danh sách hộ nhận hỗ trợ (họp ngày "
            + past
            + "):</p>"
            + "<p>1. Bà Lê Thị Hoa, sinh năm 1958, CCCD số 001158004321, trú tại số 8 ngõ 21 phố Hàng Bông.</p>"
            + "<p>2. Anh Trịnh Văn Nam, CMND số 012345987, điện thoại 0983 221 455, bị ung thư phổi.</p>"
            + "<p>3. Ông Phan Văn Lộc, xe máy biển số 29-B1 567.89, có 01 tiền án.</p>"
            + "<p>Ủng hộ xin chuyển về số tài khoản 0451000123456 Vietcombank, chủ tài khoản Đào Văn Tâm.</p>"
            + "<p>Xem thêm https://bit.ly/hotro-hn, http://hanoi.gov.vn/ho-tro và https://www.facebook.com/hotro."
            + " Lễ trao quà ngày "
            + after
            + ".</p>";
    Map<FindingKind, String> passages = new LinkedHashMap<>();
    passages.put(FindingKind.CCCD, "001158004321");
    passages.put(FindingKind.CMND, "012345987");
    passages.put(FindingKind.DATE_OF_BIRTH, "1958");
    passages.put(FindingKind.PHONE, "0983 221 455");
    passages.put(FindingKind.BANK_ACCOUNT, "0451000123456");
    passages.put(FindingKind.LICENCE_PLATE, "29-B1 567.89");
    passages.put(FindingKind.HOME_ADDRESS, "số 8 ngõ 21 phố Hàng Bông");
    passages.put(FindingKind.HEALTH, "ung thư");
    passages.put(FindingKind.CRIMINAL_RECORD, "tiền án");
    passages.put(FindingKind.LINK_INSECURE, "http://hanoi.gov.vn/ho-tro");
    passages.put(FindingKind.LINK_SHORTENER, "https://bit.ly/hotro-hn");
    passages.put(FindingKind.LINK_HOST, "https://www.facebook.com/hotro");
    passages.put(FindingKind.DATE_PAST, past);
    passages.put(FindingKind.DATE_AFTER_WINDOW, after);
    assertThat(passages).as("every kind").hasSize(FindingKind.values().length);

    NoticeRecord n =
        notices.create(
            officer(CITY_DEPT),
            new NoticeDraft(
                null,
                null,
                null,
                "Danh sách hộ nhận hỗ trợ " + System.nanoTime(),
                body,
                NoticeTopic.values()[0].name(),
                "NORMAL",
                validUntil));
    submitEdit(n.id(), CITY_DEPT);

    ensureUser("pc.canbo.soyte", Groups.unit(CITY_DEPT));
    JsonNode view =
        RestCalls.client(port, "pc.canbo.soyte", PASSWORD)
            .get()
            .uri("/api/ihanoi/notices/" + n.id())
            .retrieve()
            .body(JsonNode.class);
    String bodyText = view.get("bodyText").asText();
    String form =
        ((String)
                FormDisplayValues.of(taskService, noticeTask(n.id(), Tasks.APPROVE).getId())
                    .get("preCheckText"))
            .replace("\u200B", "");
    passages.forEach(
        (kind, passage) -> {
          JsonNode found = null;
          for (JsonNode p : view.get("preChecks")) {
            if (kind.name().equals(p.path("kind").asText())) {
              found = p;
            }
          }
          assertThat(found).as("a %s finding among %s", kind, view.get("preChecks")).isNotNull();
          assertThat(found.get("check").asText()).isEqualTo(kind.check().name());
          assertThat(found.get("severity").asText())
              .as(kind + " severity")
              .isEqualTo("PERSONAL_DATA".equals(kind.check().name()) ? "BLOCKING" : "WARNING");
          assertThat(found.get("message").asText()).contains(kind.label());
          assertThat(found.get("field").asText()).isEqualTo("BODY");
          assertThat(found.get("passage").asText()).isEqualTo(passage);
          assertThat(bodyText.substring(found.get("start").asInt(), found.get("end").asInt()))
              .isEqualTo(passage);
          assertThat(form)
              .as(kind + " marked in the approval form")
              .contains("<span class=\"precheck-passage\"><strong>" + passage + "</strong></span>");
        });
  }
}
