package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.gov.hanoi.comms.ihanoi.NoticeTexts.*;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.publication.FeedItem;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.DeadlineTimers;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.ModelCoverageCheck;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.testsupport.TestMail;

/**
 * Every path of the iHanoi models (ihanoi-notice, ihanoi-cadence-check, ihanoi-cadence-reminder) at
 * every level, driven through the product's services and Camunda's task API as Tasklist would, with
 * the rule each proves (docs/rules.md).
 */
@org.springframework.test.context.TestExecutionListeners(
    listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode =
        org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class IhanoiProcessTest extends IhanoiTestBase {
  /**
   * Coverage: the tests of this class, whatever their order, drive every flow node and sequence
   * flow of these models.
   */
  @RegisterExtension
  static final ModelCoverageCheck COVERAGE =
      ModelCoverageCheck.of(
          "bpmn/ihanoi-notice.bpmn",
          "bpmn/ihanoi-cadence-check.bpmn",
          "bpmn/ihanoi-cadence-reminder.bpmn");

  static final String HEALTH = "SO-YTE";
  static final String EDUCATION = "SO-GDDT";
  static final String CITY_OFFICE = "VP-UBND-TP";
  static final String BADINH = "UBND-Q-BADINH"; // district 001
  static final String TRUCBACH = "UBND-P-TRUCBACH"; // 00004, in Ba Đình
  static final String KIMMA = "UBND-P-KIMMA"; // 00028, in Ba Đình
  static final String HANGBAC = "UBND-P-HANGBAC"; // 00061, in Hoàn Kiếm (002)
  static final String HANGTRONG = "UBND-P-HANGTRONG"; // 00070, in Hoàn Kiếm
  static final String VANQUAN = "UBND-P-VANQUAN"; // 09542, in Hà Đông
  static final String MOLAO = "UBND-P-MOLAO"; // 09541, in Hà Đông

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired vn.gov.hanoi.comms.deadline.StepDeadlineRepository stepDeadlines;

  private List<FeedItem> feed(String area) {
    ensureUser("ihanoi.test.reader", Groups.unit(TRUCBACH));
    return rest.withBasicAuth("ihanoi.test.reader", PASSWORD)
        .exchange(
            "/api/feed?area=" + area,
            HttpMethod.GET,
            null,
            new ParameterizedTypeReference<List<FeedItem>>() {})
        .getBody();
  }

  private boolean inFeed(String area, long noticeId) {
    return feed(area).stream()
        .anyMatch(i -> "IHANOI".equals(i.source()) && i.sourceId() == noticeId);
  }

  @Test
  @DisplayName(
      "I-LEVEL-1, P-3: a city department creates and edits, the City Office returns it with reasons, then approves "
          + "and sends it to the whole city")
  void cityNoticeReturnedThenSent() {
    NoticeRecord n = create(EDUCATION, EXAM_TITLE, EXAM, NoticeTopic.EDUCATION);
    assertThat(n.level()).isEqualTo(NoticeLevel.CITY);
    assertThat(n.areaCode()).isEqualTo("01");
    ProcessInstance pi = instance(n.id());
    assertThat(task(Tasks.EDIT, pi)).hasCandidateGroup(Groups.editor(EDUCATION));
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.IN_EDITING);
    completeAs(
        n.id(),
        Tasks.EDIT,
        "bientap.sogddt",
        Groups.editor(EDUCATION),
        Map.of(Vars.EDITED_TITLE, EXAM_TITLE + " năm học mới"));
    assertThat(repository.find(n.id()).orElseThrow().title()).endsWith("năm học mới");
    assertThat(pi).hasNotPassed("Task_CheckBeforeApproval");
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.IHANOI_CITY_APPROVER);
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.IN_APPROVAL);

    assertThat(Refusals.fieldsOf(() -> decide(n.id(), EDUCATION, true, IhanoiProcess.RETURN, " ")))
        .contains("approvalReasons");
    decide(n.id(), EDUCATION, true, IhanoiProcess.RETURN, "Bổ sung đường dẫn cổng tuyển sinh");
    assertThat(pi).isWaitingAt(Tasks.EDIT);
    submitEdit(n.id(), EDUCATION);
    approve(n.id(), EDUCATION, true);
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.APPROVED);
    runDueJobs();
    assertThat(pi)
        .isEnded()
        .hasPassed("Task_SendNotice", "EndEvent_Sent")
        .hasNotPassed("Task_CheckBeforeSend");
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    assertThat(decisions.decisionsOf(n.id()))
        .containsExactly(
            "Task_EditNotice:SUBMITTED",
            "Task_ApproveNotice:RETURN",
            "Task_EditNotice:SUBMITTED",
            "Task_ApproveNotice:APPROVE");
    assertThat(inFeed("00004", n.id())).as("a city notice reaches every commune").isTrue();
    assertThat(inFeed("09542", n.id())).isTrue();
  }

  @Test
  @DisplayName(
      "I-LEVEL-2, I-DEDUP-1: a district committee edits and approves its own genuine notice; it reaches the district's "
          + "residents only")
  void districtNoticeSentToItsDistrictOnly() {
    NoticeRecord n = create(BADINH, BOOKS_TITLE, BOOKS, NoticeTopic.CULTURE);
    assertThat(n.level()).isEqualTo(NoticeLevel.DISTRICT);
    assertThat(n.areaCode()).isEqualTo("001");
    submitEdit(n.id(), BADINH);
    ProcessInstance pi = instance(n.id());
    assertThat(pi).hasPassed("Task_CheckBeforeApproval");
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.approver(BADINH));
    approve(n.id(), BADINH, false);
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("Task_CheckBeforeSend", "EndEvent_Sent");
    assertThat(inFeed("001", n.id())).isTrue();
    assertThat(inFeed("00004", n.id())).as("a commune of the district").isTrue();
    assertThat(inFeed("00061", n.id())).as("a commune of another district").isFalse();
    assertThat(inFeed("01", n.id())).as("not the whole city").isFalse();
  }

  @Test
  @DisplayName(
      "I-DEDUP-2: a commune must not resend its own district's notice, but another district's commune may use the same text")
  void communeComparedWithOwnDistrictOnly() {
    sent(
        BADINH,
        false,
        BOOKS_TITLE,
        BOOKS,
        NoticeTopic.CULTURE); // the district's notice, sent by this test itself
    NoticeRecord own =
        create(
            TRUCBACH,
            "Trúc Bạch: " + BOOKS_TITLE,
            BOOKS + " Phường hỗ trợ đưa đón học sinh.",
            NoticeTopic.CULTURE);
    submitEdit(own.id(), TRUCBACH);
    assertThat(instance(own.id())).isWaitingAt(Tasks.RESOLVE_DUPLICATE);
    assertThat(statusOf(own.id())).isEqualTo(NoticeStatus.STOPPED_DUPLICATE);

    NoticeRecord other = create(HANGBAC, BOOKS_TITLE, BOOKS, NoticeTopic.CULTURE);
    submitEdit(other.id(), HANGBAC);
    assertThat(instance(other.id())).isWaitingAt(Tasks.APPROVE);

    notices.withdraw(officer(TRUCBACH), own.id());
    notices.withdraw(officer(HANGBAC), other.id());
    assertThat(instance(own.id())).isNull();
    assertThat(statusOf(own.id())).isEqualTo(NoticeStatus.WITHDRAWN);
    assertThat(statusOf(other.id())).isEqualTo(NoticeStatus.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "I-LEVEL-3: a commune committee's genuine notice is sent and shows in that commune's feed only")
  void communeGenuineNoticeSent() {
    NoticeRecord n = sent(TRUCBACH, false, CLEANUP_TITLE, CLEANUP, NoticeTopic.OTHER);
    assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(n.areaCode()).isEqualTo("00004");
    assertThat(inFeed("00004", n.id())).isTrue();
    assertThat(inFeed("00028", n.id())).as("another commune of the same district").isFalse();
    assertThat(inFeed("001", n.id())).as("the district as a whole").isFalse();
  }

  @Test
  @DisplayName(
      "I-DEDUP-2, I-DEDUP-3, I-DEDUP-4, P-3: a commune notice rewording a city notice sent yesterday is stopped; the editor "
          + "sees the city notice, level, date and similarity; an override needs a written reason, is recorded and sends it")
  void rewordedCityNoticeStoppedThenOverridden() {
    NoticeRecord city = sent(HEALTH, true, DENGUE_TITLE, DENGUE, NoticeTopic.HEALTH);
    moveClock(Duration.ofDays(1));
    NoticeRecord n = create(TRUCBACH, DENGUE_COMMUNE_TITLE, DENGUE_COMMUNE, NoticeTopic.HEALTH);
    submitEdit(n.id(), TRUCBACH);
    ProcessInstance pi = instance(n.id());
    assertThat(pi).isWaitingAt(Tasks.RESOLVE_DUPLICATE);
    Task resolve = task(Tasks.RESOLVE_DUPLICATE, pi);
    assertThat(resolve).hasCandidateGroup(Groups.editor(TRUCBACH));
    Map<String, Object> form = FormDisplayValues.of(taskService, resolve.getId());
    // Other tests sharing the Spring context may have sent the same city notice: the editor sees
    // one of them.
    NoticeRecord shown =
        repository.find(((Number) form.get("duplicateNoticeId")).longValue()).orElseThrow();
    assertThat(shown.title()).isEqualTo(DENGUE_TITLE);
    assertThat(shown.level()).isEqualTo(city.level());
    assertThat(shown.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(form)
        .containsEntry("duplicateTitle", DENGUE_TITLE)
        .containsEntry("duplicateLevel", "Thành phố")
        .containsEntry("duplicateStopped", true);
    assertThat((String) form.get("duplicateDate")).contains("(đã gửi)");
    assertThat((String) form.get("duplicateSimilarity")).matches("\\d{2,3} %");
    assertThat((String) form.get("duplicateBodyText")).startsWith("Sở Y tế Hà Nội khuyến cáo");
    assertThat(
            count(
                "ihanoi_duplicate_finding where notice_id = "
                    + n.id()
                    + " and earlier_id = "
                    + city.id()
                    + " and stage = 'BEFORE_APPROVAL'"))
        .isEqualTo(1);

    completeAs(
        n.id(),
        Tasks.RESOLVE_DUPLICATE,
        "bientap.trucbach",
        Groups.editor(TRUCBACH),
        Map.of(
            Vars.RESOLUTION,
            IhanoiProcess.ASK_OVERRIDE,
            Vars.RESOLUTION_NOTE,
            "Có thêm thông tin của trạm y tế phường"));
    assertThat(task(Tasks.APPROVE, pi)).hasCandidateGroup(Groups.approver(TRUCBACH));
    assertThat(FormDisplayValues.of(taskService, task(Tasks.APPROVE, pi).getId()))
        .containsEntry("duplicateStopped", true);
    assertThatThrownBy(() -> decide(n.id(), TRUCBACH, false, IhanoiProcess.APPROVE, "Đồng ý"))
        .hasStackTraceContaining("trùng lặp");
    assertThat(
            Refusals.fieldsOf(
                () -> decide(n.id(), TRUCBACH, false, IhanoiProcess.OVERRIDE_DUPLICATE, null)))
        .contains("approvalReasons");
    assertThat(pi).isWaitingAt(Tasks.APPROVE);
    decide(
        n.id(),
        TRUCBACH,
        false,
        IhanoiProcess.OVERRIDE_DUPLICATE,
        "Phường bổ sung địa chỉ trạm y tế, cần gửi riêng");
    runDueJobs();
    assertThat(pi).isEnded().hasPassed("Task_CheckBeforeSend", "EndEvent_Sent");
    NoticeRecord done = repository.find(n.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(done.overrideReason()).isEqualTo("Phường bổ sung địa chỉ trạm y tế, cần gửi riêng");
    assertThat(done.overrideBy()).isEqualTo("duyet-ubnd-p-trucbach");
    assertThat(decisions.decisionsOf(n.id()))
        .containsExactly(
            "Task_EditNotice:SUBMITTED",
            "Task_ResolveDuplicate:ASK_OVERRIDE",
            "Task_ApproveNotice:OVERRIDE_DUPLICATE");
    assertThat(findings.overriddenEarlierIds(n.id()))
        .as("every earlier notice found, this one included")
        .contains(city.id());
  }

  @Test
  @DisplayName(
      "I-DEDUP-5, I-DEDUP-4: a commune notice repeating an approved but not yet sent city notice is stopped; the editor "
          + "revises it and the revised text goes through")
  void approvedUnsentCityNoticeCountsAndRevision() {
    NoticeRecord city = create(CITY_OFFICE, FLOOD_TITLE, FLOOD, NoticeTopic.PUBLIC_ORDER);
    submitEdit(city.id(), CITY_OFFICE);
    approve(city.id(), CITY_OFFICE, true);
    assertThat(statusOf(city.id())).isEqualTo(NoticeStatus.APPROVED);

    NoticeRecord n =
        create(
            VANQUAN,
            FLOOD_TITLE,
            FLOOD.replace("Văn phòng UBND Thành phố", "UBND phường Văn Quán"),
            NoticeTopic.PUBLIC_ORDER);
    submitEdit(n.id(), VANQUAN);
    ProcessInstance pi = instance(n.id());
    assertThat(pi).isWaitingAt(Tasks.RESOLVE_DUPLICATE);
    assertThat(
            (String)
                FormDisplayValues.of(taskService, task(Tasks.RESOLVE_DUPLICATE, pi).getId())
                    .get("duplicateDate"))
        .contains("chưa gửi");
    completeAs(
        n.id(),
        Tasks.RESOLVE_DUPLICATE,
        "bientap.vanquan",
        Groups.editor(VANQUAN),
        Map.of(
            Vars.RESOLUTION,
            IhanoiProcess.REVISE,
            Vars.EDITED_TITLE,
            "Phường Văn Quán mở điểm trú tránh mưa bão",
            Vars.EDITED_BODY,
            "Nhà văn hóa tổ dân phố số 5 mở cửa làm điểm trú tránh cho người dân khu nhà cấp bốn ven "
                + "sông Nhuệ; lực lượng dân phòng trực 24/24 và hỗ trợ di chuyển người cao tuổi, trẻ nhỏ."));
    assertThat(pi).isWaitingAt(Tasks.APPROVE);
    assertThat(runtimeService.getVariable(pi.getId(), Vars.EDITED_BODY))
        .as("texts stay in the table")
        .isNull();
    approve(n.id(), VANQUAN, false);
    runDueJobs();
    assertThat(pi).isEnded();
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.SENT);
    assertThat(statusOf(city.id())).isEqualTo(NoticeStatus.SENT);
  }

  @Test
  @DisplayName(
      "I-DEDUP-1, I-DEDUP-5: the check repeated just before sending catches a city notice approved in between; the "
          + "editor withdraws")
  void checkBeforeSendCatchesCityNoticeApprovedInBetween() {
    NoticeRecord n = create(MOLAO, FIRE_TITLE, FIRE, NoticeTopic.PUBLIC_ORDER);
    submitEdit(n.id(), MOLAO);
    ProcessInstance pi = instance(n.id());
    assertThat(pi).isWaitingAt(Tasks.APPROVE);

    NoticeRecord city =
        create(HEALTH, "Hướng dẫn " + FIRE_TITLE.toLowerCase(), FIRE, NoticeTopic.PUBLIC_ORDER);
    submitEdit(city.id(), HEALTH);
    approve(city.id(), HEALTH, true);

    approve(n.id(), MOLAO, false);
    assertThat(pi)
        .isWaitingAt(Tasks.RESOLVE_DUPLICATE)
        .hasPassed("Task_MarkApproved", "Task_CheckBeforeSend");
    assertThat(
            count(
                "ihanoi_duplicate_finding where notice_id = "
                    + n.id()
                    + " and stage = 'BEFORE_SEND'"))
        .isEqualTo(1);
    completeAs(
        n.id(),
        Tasks.RESOLVE_DUPLICATE,
        "bientap.molao",
        Groups.editor(MOLAO),
        Map.of(Vars.RESOLUTION, IhanoiProcess.WITHDRAW, Vars.RESOLUTION_NOTE, "Thành phố đã gửi"));
    assertThat(pi).isEnded().hasPassed("Task_WithdrawNotice", "EndEvent_Withdrawn");
    assertThat(statusOf(n.id())).isEqualTo(NoticeStatus.WITHDRAWN);
    runDueJobs();
  }

  @Test
  @DisplayName(
      "I-CADENCE-1: the daily check reminds every body with nothing sent for 3 days by email and a Tasklist task; "
          + "a notice sent by that body ends its reminder; the cadence list shows who is behind")
  void cadenceReminder() throws Exception {
    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(IhanoiProcess.CADENCE_CHECK_KEY)
            .singleResult();
    assertThat(timer).as("the daily timer is visible in Cockpit").isNotNull();
    managementService.executeJob(timer.getId());
    runDueJobs();

    ProcessInstance kimma = reminder(KIMMA);
    assertThat(kimma).as("Kim Mã never sent").isNotNull();
    assertThat(reminder(TRUCBACH)).as("Trúc Bạch sent within 3 days").isNull();
    assertThat(task(Tasks.SEND_OVERDUE, kimma)).hasCandidateGroup(Groups.editor(KIMMA));
    MimeMessage[] mails = TestMail.server().getReceivedMessages();
    assertThat(Arrays.stream(mails).filter(m -> recipient(m).equals("kimma@badinh.hanoi.gov.vn")))
        .hasSize(1);

    NoticeRecord n = sent(KIMMA, false, MARKET_TITLE, MARKET, NoticeTopic.SOCIAL_WELFARE);
    assertThat(n.status()).isEqualTo(NoticeStatus.SENT);
    assertThat(kimma).isEnded().hasPassed("EndEvent_ReminderCleared");

    ProcessInstance hangtrong = reminder(HANGTRONG);
    Task t = task(Tasks.SEND_OVERDUE, hangtrong);
    identityService.setAuthentication("bientap.hangtrong", List.of(Groups.editor(HANGTRONG)));
    taskService.complete(t.getId(), Map.of("acknowledged", true));
    identityService.clearAuthentication();
    assertThat(hangtrong).isEnded().hasPassed("EndEvent_ReminderDone");

    ensureUser("ihanoi.test.cityoffice", Groups.IHANOI_CITY_APPROVER);
    List<CadenceRow> rows =
        rest.withBasicAuth("ihanoi.test.cityoffice", PASSWORD)
            .exchange(
                "/api/ihanoi/cadence",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<CadenceRow>>() {})
            .getBody();
    CadenceRow km = rows.stream().filter(r -> r.code().equals(KIMMA)).findFirst().orElseThrow();
    assertThat(km.behind()).isFalse();
    assertThat(km.lastNoticeId()).isEqualTo(n.id());
    assertThat(km.daysSince()).isZero();
    assertThat(rows.get(0).behind()).isTrue();
    assertThat(
            rows.stream()
                .filter(r -> r.code().equals(CITY_OFFICE))
                .findFirst()
                .orElseThrow()
                .level())
        .isEqualTo(NoticeLevel.CITY);
  }

  @Test
  @DisplayName(
      "I-LEVEL-3: a commune officer drafts a notice in Tasklist's start form; it is stored with the REST API's rules, "
          + "a refused draft starts and stores nothing")
  void startFormInTasklist() {
    identityService.setAuthentication("donvi.hangtrong", List.of(Groups.unit(HANGTRONG)));
    ProcessInstance pi;
    try {
      long before = count("ihanoi_notice");
      assertThatThrownBy(
              () ->
                  runtimeService.startProcessInstanceByKey(
                      IhanoiProcess.KEY,
                      Map.of(
                          Vars.FORM_TITLE,
                          "Thông báo",
                          Vars.FORM_BODY,
                          " ",
                          Vars.FORM_TOPIC,
                          "OTHER")))
          .hasStackTraceContaining("Nội dung không được để trống");
      assertThat(count("ihanoi_notice")).isEqualTo(before);
      pi =
          runtimeService.startProcessInstanceByKey(
              IhanoiProcess.KEY,
              Map.of(
                  Vars.FORM_TITLE,
                  CONCERT_TITLE,
                  Vars.FORM_BODY,
                  CONCERT.replace("Mộ Lao", "Hàng Trống"),
                  Vars.FORM_TOPIC,
                  "CULTURE",
                  Vars.FORM_URGENCY,
                  "NORMAL"));
    } finally {
      identityService.clearAuthentication();
    }
    long id = ((Number) runtimeService.getVariable(pi.getId(), Vars.NOTICE_ID)).longValue();
    assertThat(pi.getBusinessKey()).isEqualTo(IhanoiProcess.businessKey(id));
    assertThat(runtimeService.getVariable(pi.getId(), Vars.FORM_BODY))
        .as("the text lives in the table only")
        .isNull();
    NoticeRecord n = repository.find(id).orElseThrow();
    assertThat(n.organisationCode()).isEqualTo(HANGTRONG);
    assertThat(n.createdBy()).isEqualTo("donvi.hangtrong");
    assertThat(n.status()).isEqualTo(NoticeStatus.IN_EDITING);
    assertThat(task(Tasks.EDIT, instance(id))).hasCandidateGroup(Groups.editor(HANGTRONG));
    notices.withdraw(officer(HANGTRONG), id);
  }

  private ProcessInstance reminder(String body) {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
        .processInstanceBusinessKey(body)
        .singleResult();
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName(
      "D-1, D-2: editing, resolving a duplicate and approving an iHanoi notice are due in one working day; "
          + "reminded, then reported to the issuing body's leaders without taking the task away")
  void everyStepHasItsDeadlineReminderAndEscalation() {
    sent(HEALTH, true, DENGUE_TITLE, DENGUE, NoticeTopic.HEALTH);
    NoticeRecord n = create(KIMMA, DENGUE_COMMUNE_TITLE, DENGUE_COMMUNE, NoticeTopic.HEALTH);
    fire(n.id(), Tasks.EDIT, "Editing", Groups.leader(KIMMA));
    submitEdit(n.id(), KIMMA);
    assertThat(instance(n.id())).isWaitingAt(Tasks.RESOLVE_DUPLICATE);
    fire(n.id(), Tasks.RESOLVE_DUPLICATE, "DuplicateResolution", Groups.leader(KIMMA));
    completeAs(
        n.id(),
        Tasks.RESOLVE_DUPLICATE,
        "bientap.kimma",
        Groups.editor(KIMMA),
        Map.of(
            Vars.RESOLUTION,
            IhanoiProcess.ASK_OVERRIDE,
            Vars.RESOLUTION_NOTE,
            "Có thêm địa chỉ trạm y tế phường"));
    fire(n.id(), Tasks.APPROVE, "NoticeApproval", Groups.leader(KIMMA));
    assertThat(
            jdbc.sql(
                    "select count(*) from step_deadline where flow = 'IHANOI' and subject_id = :id and working_days = 1")
                .param("id", n.id())
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  private void fire(long noticeId, String taskKey, String branch, String escalatedTo) {
    DeadlineTimers.fire(
        managementService,
        taskService,
        stepDeadlines,
        noticeTask(noticeId, taskKey),
        branch,
        escalatedTo,
        this::runDueJobs);
  }
}
