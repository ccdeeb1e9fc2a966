package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.organisation.OrganisationInput;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;

/**
 * Cadence reminders as the people reminded see them (I-CADENCE-2): one per body, named for it,
 * current from start-up and from day to day; the city departments under their own names.
 */
class IhanoiCadenceTest extends IhanoiTestBase {
  private static final String NEVER = "UBND-X-CHUAGUI"; // registered here: it has never sent
  private static final String HANGBAC = "UBND-P-HANGBAC";
  private static final String EDUCATION = "SO-GDDT";
  private static final String CITY_OFFICE = "VP-UBND-TP";

  @Autowired CadenceService cadence;
  @Autowired OrganisationService organisations;
  @Autowired TestRestTemplate rest;
  @Autowired PlatformTransactionManager transactions;

  private Map<String, Long> openRemindersPerBody() {
    return runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
        .list()
        .stream()
        .collect(Collectors.groupingBy(ProcessInstance::getBusinessKey, Collectors.counting()));
  }

  private Task reminderTask(String body) {
    return taskService
        .createTaskQuery()
        .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
        .processInstanceBusinessKey(body)
        .taskDefinitionKey(Tasks.SEND_OVERDUE)
        .singleResult();
  }

  /** The reminders' mail jobs only (other jobs of the moved clock are not this test's). */
  private void mailReminders() {
    for (Job j :
        managementService.createJobQuery().activityId("Task_EmailReminder").executable().list()) {
      managementService.executeJob(j.getId());
    }
  }

  private String display(Task t) {
    JsonValue v = taskService.getVariableLocalTyped(t.getId(), FormDisplay.VARIABLE);
    return v.getValueSerialized();
  }

  @Test
  @DisplayName(
      "I-CADENCE-2: the check at start-up reminds every body behind at once; running it again, or the daily "
          + "timer, starts no second reminder; a body that never sent is named with \"chưa gửi thông báo nào\" in "
          + "Vietnamese, in Tasklist's list, the task's description, the form and /api/ihanoi/cadence")
  void startUpReminderNamesTheBody() throws Exception {
    if (organisations.find(NEVER).isEmpty()) {
      organisations.register(
          new OrganisationInput(
              NEVER,
              "UBND xã Chưa Gửi",
              "COMMUNE_COMMITTEE",
              "00028",
              "chuagui@badinh.hanoi.gov.vn",
              "CG"));
    }
    new CadenceStartupCheck(cadence, Runnable::run).run(null);
    new CadenceStartupCheck(cadence, Runnable::run).run(null);
    Job timer =
        managementService
            .createJobQuery()
            .processDefinitionKey(IhanoiProcess.CADENCE_CHECK_KEY)
            .singleResult();
    managementService.executeJob(timer.getId());
    assertThat(openRemindersPerBody())
        .containsEntry(NEVER, 1L)
        .allSatisfy((body, n) -> assertThat(n).isOne());

    mailReminders();
    Task t = reminderTask(NEVER);
    assertThat(t.getName()).isEqualTo("Gửi tin iHanoi · UBND xã Chưa Gửi · chưa gửi thông báo nào");
    assertThat(t.getDescription())
        .isEqualTo(
            "UBND xã Chưa Gửi: chưa gửi thông báo nào; quy định tối thiểu 3 ngày 1 tin. Đề nghị biên tập và gửi "
                + "tin mới trên iHanoi; việc tự kết thúc khi có tin được gửi.")
        .doesNotContain("editors", "notice");
    assertThat(display(t))
        .contains(
            "\"bodyName\":\"UBND xã Chưa Gửi\"", "\"neverSent\":true", "chưa gửi thông báo nào");
    Map<String, Object> shown = FormDisplayValues.of(taskService, t.getId());
    Matcher used =
        Pattern.compile("display\\.(\\w+)")
            .matcher(Files.readString(Path.of("forms/ihanoi-send-overdue.form")));
    int fields = 0;
    while (used.find()) {
      fields++;
      assertThat(shown).as("the form reads display." + used.group(1)).containsKey(used.group(1));
    }
    assertThat(fields).isGreaterThanOrEqualTo(6);
    assertThat(taskService.getIdentityLinksForTask(t.getId()))
        .extracting(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
        .contains(Groups.editor(NEVER));
    List<String> names =
        taskService
            .createTaskQuery()
            .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
            .list()
            .stream()
            .map(Task::getName)
            .toList();
    assertThat(names).as("one entry per body, each named for it").doesNotHaveDuplicates();

    ensureUser("ihanoi.cadence.reader", Groups.IHANOI_CITY_APPROVER);
    List<Map<String, Object>> rows =
        rest.withBasicAuth("ihanoi.cadence.reader", PASSWORD)
            .exchange(
                "/api/ihanoi/cadence",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();
    Map<String, Object> never =
        rows.stream().filter(r -> NEVER.equals(r.get("code"))).findFirst().orElseThrow();
    assertThat(never).containsEntry("neverSent", true).containsEntry("behind", true);
    assertThat((String) never.get("summary")).startsWith("chưa gửi thông báo nào");
  }

  @Test
  @DisplayName(
      "I-CADENCE-1: the cadence list is paged like every product list (page/size, X-Total-Count, Link: 3,960 "
          + "bodies at national scale); a bad page is a 400 naming it")
  void cadenceListIsPaged() {
    ensureUser("ihanoi.cadence.reader", Groups.IHANOI_CITY_APPROVER);
    ParameterizedTypeReference<List<Map<String, Object>>> rowsType =
        new ParameterizedTypeReference<>() {};
    ResponseEntity<List<Map<String, Object>>> all =
        rest.withBasicAuth("ihanoi.cadence.reader", PASSWORD)
            .exchange("/api/ihanoi/cadence?size=500", HttpMethod.GET, null, rowsType);
    assertThat(all.getBody()).hasSizeGreaterThan(4);
    assertThat(all.getHeaders().getFirst("X-Total-Count"))
        .isEqualTo(String.valueOf(all.getBody().size()));
    ResponseEntity<List<Map<String, Object>>> second =
        rest.withBasicAuth("ihanoi.cadence.reader", PASSWORD)
            .exchange("/api/ihanoi/cadence?page=1&size=2", HttpMethod.GET, null, rowsType);
    assertThat(second.getBody())
        .extracting(r -> r.get("code"))
        .containsExactly(all.getBody().get(2).get("code"), all.getBody().get(3).get("code"));
    assertThat(second.getHeaders().getFirst("Link")).contains("page=2", "size=2", "rel=\"next\"");
    ResponseEntity<String> bad =
        rest.withBasicAuth("ihanoi.cadence.reader", PASSWORD)
            .getForEntity("/api/ihanoi/cadence?page=-1", String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("page");
  }

  @Test
  @DisplayName(
      "I-CADENCE-2: the open reminder of a body stays the one reminder and is kept current: 4, then 5 days "
          + "since its last notice, named in the task; a department's notice counts for the City Office, and "
          + "the department appears under its own name")
  void reminderIsKeptCurrent() {
    // A day ahead of notices other tests sent on a clock they moved forward (a retried send is
    // stamped
    // at its moved clock), so that the ones below are each body's newest.
    moveClock(Duration.ofDays(1));
    NoticeRecord city =
        sent(
            EDUCATION,
            true,
            "Hướng dẫn đăng ký tuyển sinh lớp 10 trực tuyến năm học mới",
            "Sở Giáo dục và Đào tạo hướng dẫn phụ huynh đăng ký tuyển sinh lớp 10 trực tuyến trên cổng dịch vụ công, "
                + "thời hạn và hồ sơ cần chuẩn bị được niêm yết tại các trường trung học cơ sở.",
            NoticeTopic.EDUCATION);
    NoticeRecord ward =
        sent(
            HANGBAC,
            false,
            "Phường Hàng Bạc tổ chức tổng vệ sinh phố cổ cuối tuần",
            "Ủy ban nhân dân phường Hàng Bạc đề nghị các hộ kinh doanh và người dân tham gia tổng vệ sinh các tuyến "
                + "phố Hàng Bạc, Mã Mây, Đào Duy Từ vào sáng Chủ nhật; rác thải tập kết đúng giờ quy định.",
            NoticeTopic.OTHER);
    assertThat(ward.status()).isEqualTo(NoticeStatus.SENT);

    Map<String, CadenceRow> report =
        cadence.report().stream().collect(Collectors.toMap(CadenceRow::code, Function.identity()));
    assertThat(report.get(EDUCATION).name()).isEqualTo("Sở Giáo dục và Đào tạo Hà Nội");
    assertThat(report.get(EDUCATION).countsFor()).isEqualTo(CITY_OFFICE);
    assertThat(report.get(EDUCATION).lastNoticeId()).isEqualTo(city.id());
    assertThat(report.get(CITY_OFFICE).lastNoticeId()).isEqualTo(city.id());
    assertThat(report.get(CITY_OFFICE).lastSentByName()).isEqualTo("Sở Giáo dục và Đào tạo Hà Nội");
    assertThat(report.get(CITY_OFFICE).summary()).contains("của Sở Giáo dục và Đào tạo Hà Nội");
    assertThat(report.get(HANGBAC).behind()).isFalse();
    Map<String, NoticeRecord> grouped = repository.lastSentPerOrganisation();
    assertThat(grouped.get(HANGBAC).id()).isEqualTo(ward.id());
    assertThat(grouped)
        .as("the one grouped read finds each body's last notice as the read per body does")
        .allSatisfy(
            (code, last) ->
                assertThat(last.id())
                    .isEqualTo(repository.lastSentByOrganisation(code).orElseThrow().id()));

    moveClock(Duration.ofDays(4).plusMinutes(1));
    cadence.remindBehind();
    mailReminders();
    Task first = reminderTask(HANGBAC);
    assertThat(first.getName())
        .isEqualTo("Gửi tin iHanoi · UBND phường Hàng Bạc · 4 ngày chưa có tin mới");
    assertThat(display(first))
        .contains(
            "\"lastNoticeTitle\":\"Phường Hàng Bạc tổ chức tổng vệ sinh phố cổ cuối tuần\"",
            "\"daysSince\":\"4\"");

    moveClock(Duration.ofDays(1));
    assertThat(cadence.remindBehind()).doesNotContain(HANGBAC);
    Task next = reminderTask(HANGBAC);
    assertThat(next.getId()).as("the same reminder, not a second one").isEqualTo(first.getId());
    assertThat(next.getName())
        .isEqualTo("Gửi tin iHanoi · UBND phường Hàng Bạc · 5 ngày chưa có tin mới");
    assertThat(next.getDescription()).contains("cách đây 5 ngày");
    assertThat(display(next)).contains("\"daysSince\":\"5\"");
    assertThat(openRemindersPerBody()).containsEntry(HANGBAC, 1L);
  }

  @Test
  @DisplayName(
      "I-CADENCE-2: two nodes checking one body at the same instant start one reminder: the second waits for the"
          + " first's transaction, then finds its reminder open")
  void twoNodesAtTheSameInstantStartOneReminder() throws Exception {
    String body = "UBND-X-HAINUT";
    if (organisations.find(body).isEmpty()) {
      organisations.register(
          new OrganisationInput(
              body,
              "UBND xã Hai Nút",
              "COMMUNE_COMMITTEE",
              "00031",
              "hainut@badinh.hanoi.gov.vn",
              "HN"));
    }
    CadenceRow row = cadence.rowOf(body);
    assertThat(row.behind()).as("never sent").isTrue();
    assertThat(openRemindersPerBody()).doesNotContainKey(body);
    TransactionTemplate firstNodesTransaction = new TransactionTemplate(transactions);
    CountDownLatch firstHasStarted = new CountDownLatch(1);
    CountDownLatch firstMayCommit = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      // The first node has started the reminder and not yet committed ...
      Future<Boolean> first =
          nodes.submit(
              () ->
                  firstNodesTransaction.execute(
                      status -> {
                        boolean started = cadence.remind(row);
                        firstHasStarted.countDown();
                        try {
                          firstMayCommit.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return started;
                      }));
      assertThat(firstHasStarted.await(30, TimeUnit.SECONDS)).isTrue();
      // ... when the second checks the same body: it must wait, not find "no reminder" and start
      // one.
      Future<Boolean> second = nodes.submit(() -> cadence.remind(row));
      assertThatThrownBy(() -> second.get(600, TimeUnit.MILLISECONDS))
          .as("the second node waits for the first's transaction")
          .isInstanceOf(TimeoutException.class);
      firstMayCommit.countDown();
      assertThat(first.get(30, TimeUnit.SECONDS)).as("the first node started it").isTrue();
      assertThat(second.get(30, TimeUnit.SECONDS)).as("the second found it open").isFalse();
      assertThat(openRemindersPerBody()).containsEntry(body, 1L);
    } finally {
      firstMayCommit.countDown();
      nodes.shutdown();
      for (ProcessInstance p :
          runtimeService
              .createProcessInstanceQuery()
              .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
              .processInstanceBusinessKey(body)
              .list()) {
        runtimeService.deleteProcessInstance(p.getId(), "test over");
      }
    }
  }
}
