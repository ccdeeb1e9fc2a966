package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.organisation.OrganisationInput;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.Refusals;

/**
 * The conversation travels with the notice (I-TALK-1, I-TALK-2): what each person decided and wrote
 * reaches the next person's form and the notice's API answer.
 */
class IhanoiConversationTest extends IhanoiTestBase {
  /** A ward of its own, registered here: no other test's cadence or duplicates see its notices. */
  static final String KIMMA = "UBND-P-PHUCXA-TALK"; // 00001, in Ba Đình

  static final String WATER = "SO-DULICH";
  static final String WATER_TITLE = "Tạm ngừng cấp nước để sửa chữa đường ống truyền dẫn";
  static final String WATER_BODY =
      "Công ty nước sạch Hà Nội tạm ngừng cấp nước từ 22 giờ đến 6 giờ sáng hôm sau để sửa chữa "
          + "đường ống truyền dẫn chính. Các hộ dân chủ động dự trữ nước sinh hoạt, khóa van tổng trong thời gian "
          + "ngừng cấp và kiểm tra lại đồng hồ nước khi có nước trở lại. Mọi sự cố rò rỉ, vỡ ống xin báo đường dây "
          + "nóng của công ty để được xử lý kịp thời, không tự ý đào bới vỉa hè quanh khu vực thi công.";
  static final String WATER_COMMUNE_TITLE = "Phường Phúc Xá: tạm ngừng cấp nước sửa đường ống";
  static final String WATER_COMMUNE =
      "Công ty nước sạch Hà Nội tạm ngừng cấp nước từ 22 giờ đến 6 giờ sáng hôm sau để sửa "
          + "chữa đường ống truyền dẫn chính. Các hộ dân chủ động dự trữ nước sinh hoạt, khóa van tổng trong thời gian "
          + "ngừng cấp và kiểm tra lại đồng hồ nước khi có nước trở lại. Mọi sự cố rò rỉ, vỡ ống xin báo đường dây "
          + "nóng của công ty để được xử lý kịp thời, không tự ý đào bới vỉa hè quanh khu vực thi công. "
          + "Xe téc cấp nước đặt tại sân nhà văn hóa tổ dân phố số 3.";

  @Autowired TestRestTemplate rest;

  @Autowired OrganisationService organisations;

  @BeforeEach
  void people() {
    if (organisations.find(KIMMA).isEmpty()) {
      organisations.register(
          new OrganisationInput(
              KIMMA,
              "UBND phường Phúc Xá",
              "COMMUNE_COMMITTEE",
              "00001",
              "phucxa@badinh.hanoi.gov.vn",
              "UBND-PX"));
    }
    ensureUser("talk.reader", Groups.unit(KIMMA));
    var u = identityService.createUserQuery().userId("duyet-ubnd-p-phucxa-talk").singleResult();
    if (u == null) {
      ensureUser("duyet-ubnd-p-phucxa-talk", Groups.approver(KIMMA));
      u = identityService.createUserQuery().userId("duyet-ubnd-p-phucxa-talk").singleResult();
    }
    u.setFirstName("Đỗ Thị");
    u.setLastName("Duyệt");
    identityService.saveUser(u);
  }

  @Test
  @DisplayName(
      "I-TALK-1, P-3: the approver returns a notice with a reason; the editor's form shows the reason, by the "
          + "approver's name, and starts from the current text (I-TEXT-3); the API lists the decisions")
  @SuppressWarnings("unchecked")
  void returnReasonReachesTheEditor() {
    NoticeRecord n =
        create(
            KIMMA,
            "Lịch thu gom rác cồng kềnh tháng này",
            "Phường Phúc Xá thu gom rác cồng kềnh vào sáng thứ bảy cuối tháng tại các điểm tập kết.",
            NoticeTopic.OTHER);
    Map<String, Object> first =
        FormDisplayValues.of(taskService, noticeTask(n.id(), Tasks.EDIT).getId());
    assertThat(first).containsEntry("hasLatestNote", false);
    assertThat((String) first.get("historyText")).contains("Chưa có trao đổi");
    assertThat((String) first.get("levelText"))
        .as("the area by its name")
        .isEqualTo("Xã, phường, thị trấn – Phường Phúc Xá")
        .doesNotContain("00001");
    submitEdit(n.id(), KIMMA);
    decide(
        n.id(),
        KIMMA,
        false,
        IhanoiProcess.RETURN,
        "Ghi rõ địa chỉ các điểm tập kết\nvà giờ thu gom");

    String edit = noticeTask(n.id(), Tasks.EDIT).getId();
    Map<String, Object> form = FormDisplayValues.of(taskService, edit);
    assertThat(form).containsEntry("hasLatestNote", true);
    assertThat((String) form.get("latestNoteText"))
        .contains(
            "Trả lại biên tập", "Đỗ Thị Duyệt", "Ghi rõ địa chỉ các điểm tập kết / và giờ thu gom")
        .doesNotContain("duyet-ubnd-p-phucxa-talk");
    assertThat((String) form.get("historyText"))
        .contains("Biên tập: **Chuyển duyệt**", "Duyệt tin: **Trả lại biên tập** – Đỗ Thị Duyệt");
    assertThat(taskService.getVariable(edit, Vars.EDITED_TITLE))
        .as("the edit form starts from the current title")
        .isEqualTo("Lịch thu gom rác cồng kềnh tháng này");
    assertThat((String) taskService.getVariable(edit, Vars.EDITED_BODY))
        .startsWith("Phường Phúc Xá thu gom rác cồng kềnh");

    ResponseEntity<Map> read =
        rest.withBasicAuth("talk.reader", PASSWORD)
            .getForEntity("/api/ihanoi/notices/" + n.id(), Map.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> decisions =
        (List<Map<String, Object>>) read.getBody().get("decisions");
    assertThat(decisions).extracting(d -> d.get("outcome")).containsExactly("SUBMITTED", "RETURN");
    assertThat(decisions.get(1))
        .containsEntry("step", Tasks.APPROVE)
        .containsEntry("actor", "duyet-ubnd-p-phucxa-talk")
        .containsEntry("note", "Ghi rõ địa chỉ các điểm tập kết\nvà giờ thu gom");
    assertThat((String) decisions.get(1).get("actorName")).startsWith("Đỗ Thị Duyệt");
    assertThat(decisions.get(1).get("at")).isNotNull();
    assertThat((List<?>) read.getBody().get("duplicateFindings")).isEmpty();
  }

  @Test
  @DisplayName(
      "I-TALK-2, I-TALK-1, I-DEDUP-4: asking the approver to let a stopped notice through needs a note, refused in "
          + "Vietnamese naming resolutionNote; the approver sees the note and the finding; the API returns both")
  @SuppressWarnings("unchecked")
  void overrideRequestNeedsANoteAndReachesTheApprover() {
    NoticeRecord city = sent(WATER, true, WATER_TITLE, WATER_BODY, NoticeTopic.OTHER);
    moveClock(Duration.ofHours(2));
    NoticeRecord n = create(KIMMA, WATER_COMMUNE_TITLE, WATER_COMMUNE, NoticeTopic.OTHER);
    submitEdit(n.id(), KIMMA);
    assertThat(noticeTask(n.id(), Tasks.RESOLVE_DUPLICATE)).isNotNull();
    long decisions = count("ihanoi_decision where notice_id = " + n.id());

    for (String blank : new String[] {null, "  \n "}) {
      Map<String, Object> vars = new HashMap<>();
      vars.put(Vars.RESOLUTION, IhanoiProcess.ASK_OVERRIDE);
      if (blank != null) {
        vars.put(Vars.RESOLUTION_NOTE, blank);
      }
      assertThat(
              Refusals.errorsOf(
                  () ->
                      completeAs(
                          n.id(),
                          Tasks.RESOLVE_DUPLICATE,
                          "bientap.phucxa",
                          Groups.editor(KIMMA),
                          vars)))
          .anySatisfy(
              e -> {
                assertThat(e.field()).isEqualTo(Vars.RESOLUTION_NOTE);
                assertThat(e.message()).contains("Ghi chú / lý do là bắt buộc");
              });
    }
    assertThat(count("ihanoi_decision where notice_id = " + n.id()))
        .as("a refusal records nothing")
        .isEqualTo(decisions);
    assertThat(noticeTask(n.id(), Tasks.RESOLVE_DUPLICATE)).as("still open").isNotNull();

    completeAs(
        n.id(),
        Tasks.RESOLVE_DUPLICATE,
        "bientap.phucxa",
        Groups.editor(KIMMA),
        Map.of(
            Vars.RESOLUTION,
            IhanoiProcess.ASK_OVERRIDE,
            Vars.RESOLUTION_NOTE,
            "Tin của phường có điểm đặt xe téc cấp nước"));
    Map<String, Object> form =
        FormDisplayValues.of(taskService, noticeTask(n.id(), Tasks.APPROVE).getId());
    assertThat((String) form.get("latestNoteText"))
        .contains("Đề nghị người duyệt cho phép gửi", "Tin của phường có điểm đặt xe téc cấp nước");
    assertThat((String) form.get("historyText"))
        .contains("Kiểm tra trùng lặp trước khi duyệt: **trùng với tin " + city.id() + "**")
        .contains("Xử lý tin trùng lặp: **Đề nghị người duyệt cho phép gửi**");
    assertThat(form).containsEntry("duplicateStopped", true);

    decide(
        n.id(),
        KIMMA,
        false,
        IhanoiProcess.OVERRIDE_DUPLICATE,
        "Điểm đặt xe téc là thông tin riêng của phường");
    runDueJobs(); // sent: no send job is left for the tests that share this context
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    ResponseEntity<Map> read =
        rest.withBasicAuth("talk.reader", PASSWORD)
            .getForEntity("/api/ihanoi/notices/" + n.id(), Map.class);
    List<Map<String, Object>> ds = (List<Map<String, Object>>) read.getBody().get("decisions");
    assertThat(ds)
        .extracting(d -> d.get("outcome") + ":" + d.get("note"))
        .containsExactly(
            "SUBMITTED:null",
            "ASK_OVERRIDE:Tin của phường có điểm đặt xe téc cấp nước",
            "OVERRIDE_DUPLICATE:Điểm đặt xe téc là thông tin riêng của phường");
    List<Map<String, Object>> findings =
        (List<Map<String, Object>>) read.getBody().get("duplicateFindings");
    assertThat(findings)
        .anySatisfy(
            f -> {
              assertThat(((Number) f.get("earlierNoticeId")).longValue()).isEqualTo(city.id());
              assertThat(f)
                  .containsEntry("title", WATER_TITLE)
                  .containsEntry("level", "CITY")
                  .containsEntry("stage", "BEFORE_APPROVAL")
                  .containsEntry("overridden", true);
              assertThat((String) f.get("issuer")).isNotBlank().isNotEqualTo(WATER);
              assertThat(((Number) f.get("similarity")).doubleValue()).isGreaterThan(0.5);
            });
  }

  @Autowired ProductClock clock;

  @Test
  @DisplayName(
      "I-FORM-1, I-TEXT-3: \"Hiệu lực đến\" from Tasklist's start form is Hanoi time; a past one is refused in "
          + "Vietnamese naming validUntil; the edit form starts from it and may change it, never to the past")
  void validityFromTheForms() {
    LocalDateTime inTwoDays =
        LocalDateTime.ofInstant(clock.now(), ProductClock.HANOI)
            .plusDays(2)
            .withHour(17)
            .withMinute(0)
            .withSecond(0)
            .withNano(0);
    String officer = "canbo.phucxa.talk";
    Map<String, Object> start = new HashMap<>();
    start.put(Vars.FORM_TITLE, "Lịch phun thuốc diệt muỗi tổ dân phố");
    start.put(Vars.FORM_BODY, "Phường phun thuốc diệt muỗi tại các tổ dân phố vào sáng chủ nhật.");
    start.put(Vars.FORM_TOPIC, "HEALTH");
    start.put(Vars.FORM_URGENCY, "NORMAL");
    start.put(Vars.FORM_VALID_UNTIL, "2020-01-01T08:00");
    identityService.setAuthentication(officer, List.of(Groups.unit(KIMMA)));
    try {
      assertThat(
              Refusals.errorsOf(
                  () -> runtimeService.startProcessInstanceByKey(IhanoiProcess.KEY, start)))
          .anySatisfy(
              e -> {
                assertThat(e.field()).isEqualTo(Vars.FORM_VALID_UNTIL);
                assertThat(e.message()).contains("Hiệu lực đến phải ở tương lai");
              });
      start.put(Vars.FORM_VALID_UNTIL, inTwoDays.toString());
      runtimeService.startProcessInstanceByKey(IhanoiProcess.KEY, start);
    } finally {
      identityService.clearAuthentication();
    }
    NoticeRecord n =
        jdbc
            .sql(
                "select id from ihanoi_notice where title = 'Lịch phun thuốc diệt muỗi tổ dân phố'")
            .query(Long.class)
            .list()
            .stream()
            .map(id -> repository.find(id).orElseThrow())
            .findFirst()
            .orElseThrow();
    assertThat(n.validUntil()).isEqualTo(inTwoDays.atZone(ProductClock.HANOI).toInstant());
    String edit = noticeTask(n.id(), Tasks.EDIT).getId();
    assertThat(taskService.getVariable(edit, Vars.EDITED_VALID_UNTIL))
        .isEqualTo(inTwoDays.toString());
    assertThat(
            Refusals.fieldsOf(
                () ->
                    completeAs(
                        n.id(),
                        Tasks.EDIT,
                        "bientap.phucxa",
                        Groups.editor(KIMMA),
                        Map.of(Vars.EDITED_VALID_UNTIL, "2020-01-01T08:00"))))
        .containsExactly(Vars.EDITED_VALID_UNTIL);
    completeAs(
        n.id(),
        Tasks.EDIT,
        "bientap.phucxa",
        Groups.editor(KIMMA),
        Map.of(Vars.EDITED_VALID_UNTIL, inTwoDays.plusDays(1).toString()));
    assertThat(repository.find(n.id()).orElseThrow().validUntil())
        .isEqualTo(inTwoDays.plusDays(1).atZone(ProductClock.HANOI).toInstant());
  }
}
