package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.organisation.OrganisationInput;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.JobFaults;
import vn.gov.hanoi.comms.testsupport.TasklistBrowser;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.testsupport.TestMail;

/**
 * The publication gateway's outage walked as the people involved (O-FAIL-1..3), in headless
 * Chromium: a ward's editor submits a notice with a private person's phone number; its approver
 * sees the number marked by the pre-checks (V-CHECK-4..6) and approves it with a written reason
 * while the gateway answers 503; the editor and the approver are mailed that the approved notice
 * has not reached the residents (the channel, the answer, what to check) and their feed does not
 * show it; the operator has the job's error by mail and sees the failing job in Cockpit and, once
 * the retries are spent, the incident with the same message, opened in full; the gateway comes
 * back, the operator presses Retry on the incident in Cockpit, the job runs again, and each person
 * is told it went out, which the feed then serves once. Screenshots under
 * target/screenshots/ihanoi-outage/.
 */
@org.junit.jupiter.api.Tag("browser")
class IhanoiOutageBrowserTest extends IntegrationTest {
  private static final Path SHOTS = Paths.get("target", "screenshots", "ihanoi-outage");
  private static final String WARD = "UBND-P-LIEUGIAI-OUT";
  private static final String AREA = "00008";
  private static final String OFFICER = "canbo.lieugiai.out";
  private static final String EDITOR = "bientap.lieugiai.out";
  private static final String EDITOR_MAIL = "bientap.lieugiai@badinh.hanoi.gov.vn";
  private static final String APPROVER = "duyet.lieugiai.out";
  private static final String APPROVER_MAIL = "duyet.lieugiai@badinh.hanoi.gov.vn";
  private static final String OPERATOR = "vanhanh.out";
  private static final String OPERATORS_MAIL = "vanhanh@hanoi.gov.vn"; // application-test.yaml
  private static final String PASSWORD_OF_PEOPLE = "SuCoCongPhatHanh@2026";
  private static final String PHONE = "0912 468 135";
  private static final String TITLE =
      "Kêu gọi giúp đỡ gia đình có hoàn cảnh khó khăn tại phường Liễu Giai";
  // The private person's number and illness, as in NoticePreCheckTest: blocking personal data.
  private static final String BODY =
      "Gia đình bà Phạm Thị Nga, chồng mắc bệnh ung thư, cần giúp đỡ. Liên hệ bà Nga: "
          + PHONE
          + ".";
  private static final String OVERRIDE_REASON =
      "Bà Nga đồng ý công khai số điện thoại để người dân liên hệ giúp đỡ";

  @Autowired IhanoiNoticeService notices;
  @Autowired OrganisationService organisations;

  private TasklistBrowser browser;

  @AfterEach
  void close() {
    TestGateway.reset();
    signOut();
  }

  @Test
  @DisplayName(
      "O-FAIL-1, O-FAIL-2, O-FAIL-3, V-CHECK-4..6: with the gateway down, the approver sees the private phone "
          + "number marked and approves with a reason; editor and approver are told the notice has not gone out "
          + "(channel, answer, setting), the operator sees the error and the incident in Cockpit, retries, and "
          + "everyone is told it went out; the feed serves it once")
  void outageAsThePeopleInvolved() throws Exception {
    try {
      walk();
    } catch (RuntimeException | AssertionError e) {
      if (browser != null) {
        browser.keepFailure();
      }
      throw e;
    }
  }

  private void walk() throws Exception {
    if (organisations.find(WARD).isEmpty()) {
      organisations.register(
          new OrganisationInput(
              WARD,
              "UBND phường Liễu Giai",
              "COMMUNE_COMMITTEE",
              AREA,
              "lieugiai@badinh.hanoi.gov.vn",
              "UBND-LG"));
    }
    person(OFFICER, "Trần Văn", "Soạn", Groups.unit(WARD), null);
    person(EDITOR, "Lê Thị", "Biên Tập", Groups.editor(WARD), EDITOR_MAIL);
    person(APPROVER, "Đỗ Văn", "Duyệt", Groups.approver(WARD), APPROVER_MAIL);
    person(OPERATOR, "Ngô Thị", "Vận Hành", Groups.ADMIN, null);
    NoticeRecord n =
        notices.create(
            new CurrentUser(OFFICER, Set.of(Groups.unit(WARD))),
            new NoticeDraft(null, null, null, TITLE, BODY, "OTHER", "NORMAL", null));
    String key = "ihanoi-" + n.id();

    // 1. The editor submits the notice as written.
    signIn(EDITOR);
    WebElement editForm = browser.openAndClaim(noticeTask(n.id(), Tasks.EDIT));
    browser.waiting().until(d -> editForm.getText().contains("Biên tập"));
    browser.press(browser.completeButton());
    browser.waiting().until(d -> noticeTask(n.id(), Tasks.APPROVE) != null);
    signOut();

    // 2. The approver sees the private phone number marked (V-CHECK-4..6) and approves with a
    // written reason, while the gateway answers 503.
    signIn(APPROVER);
    WebElement form = browser.openAndClaim(noticeTask(n.id(), Tasks.APPROVE));
    By mark = By.cssSelector(".precheck-passage");
    browser.waiting().until(d -> !form.findElements(mark).isEmpty());
    assertThat(form.findElements(mark).stream().map(e -> e.getText().replace("\u200B", "")))
        .as("the private phone number marked in the approver's form")
        .contains(PHONE);
    assertThat(form.findElement(mark).getCssValue("background-color"))
        .as("highlighted by user-styles.css")
        .isEqualTo("rgba(255, 229, 143, 1)");
    assertThat(form.getText()).contains("Kết quả kiểm tra tự động", "Số điện thoại cá nhân", TITLE);
    browser.shot("1-approver-sees-private-phone-marked.png");
    TestGateway.mode(TestGateway.Mode.FAIL_5XX);
    browser.press(browser.radio("Duyệt và gửi"));
    browser.type(
        browser
            .driver()
            .findElement(By.cssSelector("textarea[id$='-Approve_PersonalDataOverrideReason']")),
        OVERRIDE_REASON);
    browser.press(browser.completeButton());
    browser.waiting().until(d -> sendJob() != null);
    assertThat(noticeTask(n.id(), Tasks.APPROVE)).isNull();
    signOut();

    // 3. The first attempt fails: the editor and the approver are told, by mail, what happened.
    Job job = sendJob();
    try {
      managementService.executeJob(job.getId());
      throw new AssertionError("the send should fail while the gateway answers 503");
    } catch (RuntimeException expected) {
      // the job executor's view: one failed attempt, two retries left
    }
    String notGone = "[iHanoi] Tin đã duyệt chưa đến được người dân: " + TITLE;
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).containsExactly(notGone);
    assertThat(TestMail.subjectsTo(APPROVER_MAIL)).containsExactly(notGone);
    for (String mail : List.of(EDITOR_MAIL, APPROVER_MAIL)) {
      assertThat(TestMail.bodiesTo(mail).get(0))
          .as("what the %s reads", mail)
          .contains("Tin số " + n.id(), "chưa gửi được đến người dân trên iHanoi")
          .contains("cổng phát hành (webhook) " + TestGateway.url())
          .contains("trả lời HTTP 503")
          .contains("Kiểm tra:")
          .contains("không cần gửi lại tin")
          .doesNotContain("VNeID");
    }
    assertThat(TestMail.subjectsTo(OPERATORS_MAIL))
        .containsExactly(
            "[Cảnh báo phát hành] Chưa gửi tin iHanoi số "
                + n.id()
                + " «"
                + TITLE
                + "» qua webhook-gateway");

    // ... and the editor's own view in the browser: the notice approved, not in the ward's feed.
    signIn(EDITOR);
    String notice = page("/api/ihanoi/notices/" + n.id());
    assertThat(notice).contains("\"status\":\"APPROVED\"").contains(TITLE);
    assertThat(page("/api/feed?area=" + AREA)).doesNotContain(TITLE);
    browser.shot("2-editor-feed-without-the-approved-notice.png");
    signOut();

    // 4. Before any incident: the operator has the job's error by mail (with the way to Cockpit),
    // and
    // Cockpit's Jobs tab shows the failing job with a try spent (Cockpit CE shows a job's error
    // text
    // only with its incident).
    String instance = job.getProcessInstanceId();
    String failedError =
        managementService.createJobQuery().jobId(job.getId()).singleResult().getExceptionMessage();
    assertThat(failedError)
        .startsWith("Chưa gửi được tin iHanoi số " + n.id() + " «" + TITLE + "»")
        .contains("(khoá " + key + ")", "Kiểm tra:");
    assertThat(TestMail.bodiesTo(OPERATORS_MAIL).get(0))
        .contains(failedError, "/camunda/app/cockpit/");
    signInToCockpit(OPERATOR);
    WebElement jobs = cockpitInstance(instance, "jobs-tab");
    browser.waiting().until(d -> jobs.getText().contains("Gửi tin đến người dân trên iHanoi"));
    assertThat(jobs.getText())
        .as("the send job, one try spent: 2 retries left")
        .containsPattern(
            "\\s2\\s+Gửi tin đến người dân trên iHanoi\\s+Gửi tin đến người dân trên iHanoi");
    browser.shot("3-operator-sees-failing-job-in-cockpit.png");

    // 5. The retries are spent: an incident with the same message, naming channel and setting.
    moveClock(Duration.ofMinutes(5).plusSeconds(1)); // the model's retry interval (R3/PT5M)
    assertThat(JobFaults.failUntilIncident(managementService, "Task_SendNotice")).isEqualTo(2);
    Incident incident = JobFaults.incidentAt(runtimeService, "Task_SendNotice");
    assertThat(incident.getIncidentMessage()).isEqualTo(failedError);
    WebElement incidents = cockpitInstance(instance, "incidents-tab");
    browser.waiting().until(d -> incidents.getText().contains("Chưa gửi được tin iHanoi số"));
    assertThat(incidents.getText())
        .contains("Chưa gửi được tin iHanoi số " + n.id())
        .contains("cổng phát hành (webhook)")
        .contains("HTTP 503")
        .contains("Kiểm tra:");
    browser.shot("4-operator-sees-incident-in-cockpit.png");
    // The table cuts the message short; clicking it opens the whole error ("Open stacktrace").
    browser.press(incidents.findElement(By.cssSelector("td.message a")));
    String errorShown =
        browser
            .waiting()
            .until(
                d -> {
                  Object t =
                      browser.js(
                          "var m = document.querySelector('.modal-dialog'); if (!m) return '';"
                              + " var t = m.innerText; m.querySelectorAll('textarea')"
                              + ".forEach(function (a) { t += a.value; }); return t;");
                  return String.valueOf(t).contains("Kiểm tra:") ? String.valueOf(t) : null;
                });
    assertThat(errorShown)
        .as("the whole error the operator opens from the incident")
        .contains(failedError);
    browser.shot("4b-operator-opens-the-whole-error-text.png");
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).as("one mail per outage").hasSize(1);

    // 6. The gateway is back; the operator presses Retry on the incident in Cockpit ("Increment
    // Number of Retries") and keeps the due date, Cockpit's default: the one the last try set, the
    // model's 5 minutes after it (R3/PT5M). Then the job executor's round (runDueJobs, the executor
    // is off in tests) runs it: the notice goes out and the instance ends, so no incident is left.
    TestGateway.mode(TestGateway.Mode.OK);
    browser.press(
        browser.driver().findElement(By.cssSelector(".modal-footer button[ng-click^='$dismiss']")));
    browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".modal"), 0));
    browser.press(
        browser
            .waiting()
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(
                        ".ctn-tabbed-content a.action-button"
                            + "[ng-click='openJobRetryDialog(incident)']"))));
    WebElement dialog =
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".modal-dialog:has(.job-retry)")));
    assertThat(dialog.getText())
        .contains("Increment Number of Retries", "Keep due date", "Set due date");
    assertThat(dialog.findElement(By.id("preserveDueDate")).isSelected())
        .as("Cockpit keeps the job's due date unless told otherwise")
        .isTrue();
    browser.shot("5-operator-retries-in-cockpit.png");
    browser.press(dialog.findElement(By.cssSelector("button[ng-click='incrementRetry()']")));
    browser.waiting().until(d -> dialog.getText().contains("has been incremented successfully"));
    String jobId = incident.getConfiguration();
    assertThat(managementService.createJobQuery().jobId(jobId).singleResult().getRetries())
        .as("one more try, from Cockpit's Retry")
        .isEqualTo(1);
    assertThat(managementService.createJobQuery().jobId(jobId).executable().count())
        .as("not due yet: the kept due date is 5 minutes after the last try")
        .isZero();
    browser.press(
        dialog.findElement(By.cssSelector(".modal-footer button.btn-primary:not(.ng-hide)")));
    moveClock(Duration.ofMinutes(5).plusSeconds(1));
    runDueJobs();
    assertThat(managementService.createJobQuery().jobId(jobId).count()).isZero();
    assertThat(runtimeService.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
    signOut();

    // 7. Everyone told of the outage hears that it went out; the feed serves it once.
    String gone = "[iHanoi] Tin đã đến người dân: " + TITLE;
    assertThat(TestMail.subjectsTo(EDITOR_MAIL)).containsExactly(notGone, gone);
    assertThat(TestMail.subjectsTo(APPROVER_MAIL)).containsExactly(notGone, gone);
    assertThat(TestMail.bodiesTo(EDITOR_MAIL).get(1)).contains("sau 3 lần thử không thành");
    assertThat(TestMail.subjectsTo(OPERATORS_MAIL).get(1))
        .startsWith("[Đã khắc phục] Đã gửi tin iHanoi số " + n.id());
    signIn(APPROVER);
    assertThat(page("/api/ihanoi/notices/" + n.id())).contains("\"status\":\"SENT\"");
    String feed = page("/api/feed?area=" + AREA);
    assertThat(feed.split(java.util.regex.Pattern.quote(TITLE), -1))
        .as("the feed serves the notice once")
        .hasSize(2);
    browser.shot("6-approver-feed-serves-the-notice-once.png");
    assertThat(TestGateway.publishCallsFor(key)).isEqualTo(1);
  }

  /** Cockpit's page of the process instance at one tab; returns the tab's content. */
  private WebElement cockpitInstance(String instanceId, String tab) {
    browser
        .driver()
        .get(
            "http://localhost:"
                + APP_PORT
                + "/camunda/app/cockpit/default/#/process-instance/"
                + instanceId
                + "/runtime?tab="
                + tab);
    return browser
        .waiting()
        .until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ctn-tabbed-content")));
  }

  /** What the signed-in person's browser shows at this address of the product's API. */
  private String page(String path) {
    browser.driver().get("http://localhost:" + APP_PORT + path);
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private Job sendJob() {
    return managementService.createJobQuery().activityId("Task_SendNotice").singleResult();
  }

  private Task noticeTask(long id, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
        .taskDefinitionKey(key)
        .singleResult();
  }

  private void person(String id, String first, String last, String group, String email) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var u = identityService.newUser(id);
      u.setFirstName(first);
      u.setLastName(last);
      u.setPassword(PASSWORD_OF_PEOPLE);
      u.setEmail(email);
      identityService.saveUser(u);
      identityService.createMembership(id, group);
    }
  }

  private void signIn(String user) throws Exception {
    browser = TasklistBrowser.tasklist(APP_PORT, user, PASSWORD_OF_PEOPLE, SHOTS);
  }

  private void signInToCockpit(String user) throws Exception {
    browser = TasklistBrowser.cockpit(APP_PORT, user, PASSWORD_OF_PEOPLE, SHOTS);
  }

  private void signOut() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
