package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
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
import vn.gov.hanoi.comms.testsupport.TasklistBrowser;

/**
 * A ward's iHanoi editor and approver talk through the notice in a real browser (headless Chromium,
 * Hanoi time): the approver sees the body as residents will get it (the link with its target, the
 * image) and returns it with a reason; the editor finds the reason in the form, by the approver's
 * name, and the text prefilled; on a notice a duplicate stopped, the editor's request to let it
 * through is refused in Vietnamese without a note, then goes with one, and the approver sees the
 * note and, only there, the option to let it through. Screenshots under
 * target/screenshots/ihanoi-talk/.
 */
@org.junit.jupiter.api.Tag("browser")
class IhanoiConversationBrowserTest extends IntegrationTest {
  private static final Path SHOTS = Paths.get("target", "screenshots", "ihanoi-talk");
  private static final String WARD = "UBND-P-CONGVI-TALK";
  private static final String OFFICER = "canbo.congvi.talk";
  private static final String EDITOR = "bientap.congvi.talk";
  private static final String APPROVER = "duyet.congvi.talk";
  private static final String PASSWORD_OF_PEOPLE = "TraoDoi@2026";
  private static final String RETURN_REASON = "Ghi rõ giờ mở cửa điểm tiêm và bỏ liên kết lạ";
  private static final String OVERRIDE_NOTE =
      "Tin của phường có thêm điểm phát nước sạch tại nhà văn hóa";
  private static final String CITY_TITLE = "Thông báo lịch cấp nước luân phiên mùa khô";
  private static final String CITY_BODY =
      "Công ty nước sạch thông báo lịch cấp nước luân phiên trong mùa khô: các khu vực cao tầng được "
          + "cấp nước vào buổi sáng, khu vực thấp tầng vào buổi chiều. Người dân chủ động dự trữ nước, sử dụng "
          + "tiết kiệm, kiểm tra đường ống trong nhà và báo ngay cho đường dây nóng khi phát hiện rò rỉ, vỡ ống.";

  @Value("${local.server.port}")
  int port;

  @Autowired IhanoiNoticeService notices;
  @Autowired OrganisationService organisations;

  private TasklistBrowser browser;
  private WebDriver driver;
  private WebDriverWait wait;

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  @DisplayName(
      "I-TALK-1, I-TALK-2, I-TEXT-2, I-TEXT-3, I-FORM-2, I-FORM-3: the approver returns with a reason and the editor "
          + "sees it; the editor asks to let a stopped notice through with a note (refused in Vietnamese without "
          + "one) and the approver sees the note")
  void editorAndApproverTalk() throws Exception {
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
              "UBND phường Cống Vị",
              "COMMUNE_COMMITTEE",
              "00007",
              "congvi@badinh.hanoi.gov.vn",
              "UBND-CV"));
    }
    person(OFFICER, "Trần Văn", "Soạn", Groups.unit(WARD));
    person(EDITOR, "Lê Thị", "Biên Tập", Groups.editor(WARD));
    person(APPROVER, "Đỗ Văn", "Duyệt", Groups.approver(WARD));

    // 1. A notice with a link elsewhere and an image; its first edit is submitted.
    NoticeRecord n =
        notices.create(
            new CurrentUser(OFFICER, Set.of(Groups.unit(WARD))),
            new NoticeDraft(
                null,
                null,
                null,
                "Lịch tiêm chủng mở rộng tại phường Cống Vị",
                "<p>Trạm y tế phường tiêm chủng mở rộng vào thứ tư. Đăng ký tại "
                    + "<a href=\"https://evil.example/dang-ky\">link lạ</a>.</p>"
                    + "<p><img src=\"https://congvi.hanoi.gov.vn/tiem-chung.png\" alt=\"Điểm tiêm\"></p>",
                "HEALTH",
                "NORMAL",
                null));
    completeAs(n.id(), Tasks.EDIT, EDITOR, Groups.editor(WARD), Map.of());

    // 2. The approver sees the body as delivered, is not offered the override, returns it.
    login(APPROVER);
    browser.openAndClaim(noticeTask(n.id(), Tasks.APPROVE));
    WebElement form = driver.findElement(By.cssSelector(".fjs-container"));
    wait.until(d -> form.getText().contains("link lạ"));
    assertThat(form.getText())
        .as("the link's target is visible")
        .contains("link lạ [https://evil.example/dang-ky]")
        .contains("Xã, phường, thị trấn – Phường Cống Vị")
        .doesNotContain("địa bàn 00007");
    assertThat(form.findElements(By.cssSelector("a[href='https://evil.example/dang-ky']")))
        .hasSize(1);
    assertThat(
            form.findElements(
                By.cssSelector("img[src='https://congvi.hanoi.gov.vn/tiem-chung.png']")))
        .as("the image residents will get")
        .hasSize(1);
    assertThat(browser.radioLabels()).containsExactly("Duyệt và gửi", "Trả lại biên tập");
    browser.shot("1-approver-sees-notice-as-delivered.png");
    browser.press(browser.radio("Trả lại biên tập"));
    browser.type(
        driver.findElement(By.cssSelector("textarea[id$='-Approve_Reasons']")), RETURN_REASON);
    browser.press(browser.completeButton());
    wait.until(d -> noticeTask(n.id(), Tasks.EDIT) != null);
    close();

    // 3. The editor sees the reason, by the approver's name, and the current text to change.
    login(EDITOR);
    browser.openAndClaim(noticeTask(n.id(), Tasks.EDIT));
    WebElement editForm = driver.findElement(By.cssSelector(".fjs-container"));
    wait.until(d -> editForm.getText().contains(RETURN_REASON));
    assertThat(editForm.getText())
        .contains("Lời nhắn gần nhất", "Trả lại biên tập", "Đỗ Văn Duyệt", "Trao đổi")
        .doesNotContain(APPROVER)
        .as("no template marker left in the descriptions")
        .doesNotContain("⚠");
    WebElement title = driver.findElement(By.cssSelector("input[id$='-Edit_EditedTitle']"));
    assertThat(title.getDomProperty("value"))
        .as("the edit starts from the current title")
        .isEqualTo("Lịch tiêm chủng mở rộng tại phường Cống Vị");
    assertThat(
            driver
                .findElement(By.cssSelector("textarea[id$='-Edit_EditedBody']"))
                .getDomProperty("value"))
        .contains("Trạm y tế phường tiêm chủng mở rộng");
    browser.shot("2-editor-sees-return-reason.png");
    close();

    // 4. A notice the duplicate check stopped: the editor asks to let it through.
    NoticeRecord city = sentCityNotice();
    NoticeRecord stopped =
        notices.create(
            new CurrentUser(OFFICER, Set.of(Groups.unit(WARD))),
            new NoticeDraft(
                null,
                null,
                null,
                "Phường Cống Vị: lịch cấp nước luân phiên",
                CITY_BODY + " Điểm phát nước sạch đặt tại nhà văn hóa tổ dân phố số 5.",
                "OTHER",
                "NORMAL",
                null));
    completeAs(stopped.id(), Tasks.EDIT, EDITOR, Groups.editor(WARD), Map.of());
    assertThat(noticeTask(stopped.id(), Tasks.RESOLVE_DUPLICATE)).as("stopped").isNotNull();
    login(EDITOR);
    browser.openAndClaim(noticeTask(stopped.id(), Tasks.RESOLVE_DUPLICATE));
    WebElement resolveForm = driver.findElement(By.cssSelector(".fjs-container"));
    wait.until(d -> resolveForm.getText().contains(CITY_TITLE));
    assertThat(resolveForm.getText())
        .contains("trùng với tin " + city.id(), "Kiểm tra trùng lặp trước khi duyệt")
        .contains("Vì sao bị dừng");
    // I-DEDUP-4 (issue 11): the two notices side by side, what they share marked in both.
    assertThat(resolveForm.findElements(By.cssSelector(".dedup-passage, .dedup-fact")))
        .as("shared passages and facts marked")
        .hasSizeGreaterThan(1);
    browser.shot("3a-editor-sees-the-marked-comparison.png");
    browser.press(browser.radio("Tin khác tin cấp trên: đề nghị người duyệt cho phép gửi"));
    browser.press(browser.completeButton());
    WebElement refusal = driver.findElement(By.cssSelector(".page-notifications"));
    wait.until(d -> refusal.getText().contains("Ghi chú / lý do là bắt buộc"));
    assertThat(refusal.getText()).doesNotContain("ENGINE-").doesNotContain("Exception");
    browser.shot("3-editor-override-request-needs-a-note.png");
    assertThat(noticeTask(stopped.id(), Tasks.RESOLVE_DUPLICATE))
        .as("the refusal changed nothing")
        .isNotNull();
    browser.type(
        driver.findElement(By.cssSelector("textarea[id$='-Resolve_Note']")), OVERRIDE_NOTE);
    browser.press(browser.completeButton());
    wait.until(d -> noticeTask(stopped.id(), Tasks.APPROVE) != null);
    close();

    // 5. The approver sees the editor's note and, now, the option to let it through.
    login(APPROVER);
    browser.openAndClaim(noticeTask(stopped.id(), Tasks.APPROVE));
    WebElement approveForm = driver.findElement(By.cssSelector(".fjs-container"));
    wait.until(d -> approveForm.getText().contains(OVERRIDE_NOTE));
    assertThat(approveForm.getText())
        .contains("Đề nghị người duyệt cho phép gửi", "Lê Thị Biên Tập", CITY_TITLE)
        .doesNotContain(EDITOR);
    assertThat(browser.radioLabels())
        .containsExactly(
            "Cho phép gửi dù trùng lặp (tin đã bị dừng vì trùng tin cấp trên)", "Trả lại biên tập");
    browser.shot("4-approver-sees-override-request.png");
  }

  /** A city notice sent the day before (the department edits, the City Office approves). */
  private NoticeRecord sentCityNotice() {
    person("canbo.sovhtt.talk", "Phạm", "Sở", Groups.unit("SO-VHTT"));
    NoticeRecord city =
        notices.create(
            new CurrentUser("canbo.sovhtt.talk", Set.of(Groups.unit("SO-VHTT"))),
            new NoticeDraft(null, null, null, CITY_TITLE, CITY_BODY, "OTHER", "NORMAL", null));
    completeAs(city.id(), Tasks.EDIT, "bientap.sovhtt.talk", Groups.editor("SO-VHTT"), Map.of());
    completeAs(
        city.id(),
        Tasks.APPROVE,
        "vp.ttdt.talk",
        Groups.IHANOI_CITY_APPROVER,
        Map.of(IhanoiProcess.Vars.APPROVAL_OUTCOME, IhanoiProcess.APPROVE));
    runDueJobs();
    return city;
  }

  private Task noticeTask(long id, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
        .taskDefinitionKey(key)
        .singleResult();
  }

  private void completeAs(long id, String key, String user, String group, Map<String, Object> v) {
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(noticeTask(id, key).getId(), v);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void person(String id, String first, String last, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var u = identityService.newUser(id);
      u.setFirstName(first);
      u.setLastName(last);
      u.setPassword(PASSWORD_OF_PEOPLE);
      identityService.saveUser(u);
      identityService.createMembership(id, group);
    }
  }

  private void login(String user) throws IOException {
    browser = TasklistBrowser.tasklist(port, user, PASSWORD_OF_PEOPLE, SHOTS);
    driver = browser.driver();
    wait = browser.waiting();
  }
}
