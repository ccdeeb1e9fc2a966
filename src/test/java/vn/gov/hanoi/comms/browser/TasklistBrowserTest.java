package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.BrowserFailure;
import vn.gov.hanoi.comms.testsupport.Chromium;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.TasklistLoginPage;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * A real user in a real browser (headless Chromium from the distribution, driven by Selenium): a
 * district police officer logs into Camunda Tasklist, finds and appraises a ward's request in the
 * Camunda Form, and the engine records the decision. Needs {@code apt-get install chromium
 * chromium-driver}; skipped on a machine without them (testsupport.Chromium).
 */
@Tag("browser")
class TasklistBrowserTest extends IntegrationTest {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String OFFICER = "ca.badinh.thamdinh.browser";
  private static final String PASSWORD = "ThamDinh@2026";
  private static final String APPRAISE_NAME = "Thẩm định";
  private static final String PASS_LABEL = "Đạt – chuyển phê duyệt";
  private static final String REASON = "Nội dung phù hợp, hình ảnh rõ nét (thẩm định qua Tasklist)";

  @Value("${local.server.port}")
  int port;

  private Chromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void officerAndBrowser() throws IOException {
    if (identityService.createUserQuery().userId(OFFICER).count() > 0) {
      identityService.deleteUser(OFFICER);
    }
    User u = identityService.newUser(OFFICER);
    u.setFirstName("Nguyễn Văn");
    u.setLastName("Thẩm Định");
    u.setEmail("thamdinh@badinh.congan.hanoi.gov.vn");
    u.setPassword(PASSWORD);
    identityService.saveUser(u);
    identityService.createMembership(OFFICER, Groups.districtAppraisal("001"));
    chromium = Chromium.start(1400, 1000);
    driver = chromium.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(45));
  }

  @AfterEach
  void closeBrowser() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName(
      "V-STEP-2, V-ROUTE-1, P-2: a district officer logs into Tasklist, sees only their district's appraisal, "
          + "reads the article and its image in the Camunda Form, passes it, and the decision is recorded under their name")
  void officerAppraisesInTasklist() throws Exception {
    ArticleDraft article = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    VneidRequestRecord mine = submit(article);
    VneidRequestRecord other = submit(draft("UBND-P-HANGBAC", Scope.COMMUNE, List.of("00061")));
    Task myTask = openTask(mine.id(), Tasks.APPRAISE);
    Task otherTask = openTask(other.id(), Tasks.APPRAISE);
    assertThat(myTask).as("appraisal task of the Trúc Bạch request").isNotNull();
    assertThat(otherTask).as("appraisal task of the Hàng Bạc request").isNotNull();

    try {
      TasklistLoginPage.signIn(driver, wait, port, OFFICER, PASSWORD);
      By myLink = taskLink(myTask.getId());
      WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(myLink));
      assertThat(link.getText())
          .as("D-1: the card names the step and the article")
          .isEqualTo(APPRAISE_NAME + " · " + article.title());
      assertThat(driver.findElements(taskLink(otherTask.getId())))
          .as("P-2: Hoàn Kiếm's appraisal is not listed for a Ba Đình officer")
          .isEmpty();
      // The list may have several pages (other tests' tasks): its total is exactly Ba Đình's open
      // work.
      long baDinh =
          taskService
              .createTaskQuery()
              .or()
              .taskCandidateGroup(Groups.districtAppraisal("001"))
              .taskAssignee(OFFICER)
              .endOr()
              .count();
      By activeFilter = By.cssSelector(".task-filters .task-filter.active");
      try {
        wait.withTimeout(Duration.ofSeconds(5))
            .until(d -> shownCount(d.findElement(activeFilter)) == baDinh);
      } catch (org.openqa.selenium.TimeoutException e) {
        // reported below
      } finally {
        wait.withTimeout(Duration.ofSeconds(20));
      }
      assertThat(shownCount(driver.findElement(activeFilter)))
          .as("P-2: Tasklist's count of the officer's tasks")
          .isEqualTo(baDinh);
      link.click();

      // The Camunda Form shows the article: its title and its featured image, actually loaded.
      WebElement form =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
      wait.until(d -> form.getText().contains(article.title()));
      WebElement img = form.findElement(By.cssSelector("img.fjs-image"));
      assertThat(img.getDomAttribute("src"))
          .isEqualTo(
              "http://localhost:" + port + "/api/vneid/requests/" + mine.id() + "/image?round=1");
      wait.until(
          d ->
              Boolean.TRUE.equals(
                  js("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
      assertThat(form.getText())
          .contains(
              "UBND phường Trúc Bạch",
              "Kết luận thẩm định",
              PASS_LABEL,
              "Lý do / yêu cầu chỉnh sửa");
      screenshot("tasklist-appraisal.png");

      // Tasklist itself speaks Vietnamese (locales/vi.json, scripts/config.js), and shows the form
      // read-only
      // until the officer claims the task.
      assertThat(driver.findElement(By.cssSelector("button.claim")).getText().trim())
          .isEqualTo("Nhận việc");
      assertThat(driver.findElement(By.cssSelector("li.start-process-action a")).getText())
          .contains("Khởi tạo quy trình");
      driver.findElement(By.cssSelector("button.claim")).click();
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      WebElement pass =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='"
                          + PASS_LABEL
                          + "']")));
      click(pass);
      WebElement reasons =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("textarea[id$='-Appraise_Reasons']")));
      click(reasons);
      reasons.sendKeys(REASON);
      WebElement complete =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".form-actions button[ng-click='complete()']")));
      click(complete);
      wait.until(ExpectedConditions.invisibilityOfElementLocated(myLink));
    } catch (RuntimeException | AssertionError e) {
      dump("failure");
      throw e;
    }

    // The engine moved on to the chief's approval, and the decision carries the officer's name.
    assertThat(openTask(mine.id(), Tasks.APPRAISE)).isNull();
    Task approve = openTask(mine.id(), Tasks.APPROVE);
    assertThat(approve).as("Task_Approve after the appraisal passed").isNotNull();
    assertThat(taskService.getIdentityLinksForTask(approve.getId()))
        .anyMatch(l -> Groups.districtChief("001").equals(l.getGroupId()));
    List<List<String>> decisions =
        jdbc.sql("select outcome, reasons, decided_by from vneid_decision where request_id = :id")
            .param("id", mine.id())
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list();
    assertThat(decisions).containsExactly(List.of(VneidProcess.PASS, REASON, OFFICER));
    assertThat(openTask(other.id(), Tasks.APPRAISE))
        .as("the other district's task is untouched")
        .isNotNull();
  }

  @Test
  @DisplayName(
      "V-STEP-1: a ward's officer submits a request from Tasklist's start form, featured image included; it is validated, "
          + "stored and goes to the district police")
  void unitSubmitsFromTasklistStartForm() throws Exception {
    String unitUser = "donvi.trucbach.browser";
    if (identityService.createUserQuery().userId(unitUser).count() == 0) {
      User u = identityService.newUser(unitUser);
      u.setFirstName("Cán bộ");
      u.setLastName("Trúc Bạch");
      u.setPassword(PASSWORD);
      identityService.saveUser(u);
      identityService.createMembership(unitUser, Groups.unit("UBND-P-TRUCBACH"));
    }
    Path image = Files.createTempFile("anh-dai-dien", ".png");
    Files.write(image, vn.gov.hanoi.comms.demo.DemoImages.banner("Trúc Bạch"));
    String title = "Phường Trúc Bạch mời người dân kích hoạt VNeID (gửi từ Tasklist)";
    java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    try {
      TasklistLoginPage.signIn(driver, wait, port, unitUser, PASSWORD);
      click(
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("li.start-process-action a"))));
      click(
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//a[normalize-space(.)='Đề nghị đăng tin Loa phường trên VNeID']"))));
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(title);
      driver
          .findElement(By.id("summary"))
          .sendKeys("Hướng dẫn kích hoạt tài khoản định danh điện tử.");
      driver
          .findElement(By.id("bodyEditor"))
          .sendKeys("Người dân mang căn cước đến trụ sở công an phường.");
      driver.findElement(By.id("featuredImage")).sendKeys(image.toString());
      // The area by name from the unit's own jurisdiction; the window typed day/month/year (Hanoi
      // time).
      wait.until(
          d -> !d.findElements(By.cssSelector("#areaPicker option[value='00004']")).isEmpty());
      new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("areaPicker")))
          .selectByValue("00004");
      java.time.format.DateTimeFormatter local =
          java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
              .withZone(vn.gov.hanoi.comms.common.ProductClock.HANOI);
      pick("publishFromText", local.format(now.plus(Duration.ofDays(1))));
      pick("publishUntilText", local.format(now.plus(Duration.ofDays(9))));
      driver.findElement(By.id("letterNumber")).sendKeys("77/UBND-TB");
      pick(
          "letterDateText",
          java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
              .format(
                  java.time.LocalDate.now(vn.gov.hanoi.comms.common.ProductClock.HANOI)
                      .minusDays(1)));
      screenshot("tasklist-start-form.png");
      // The start form's own "Complete" button (the modal also holds hidden ones of the generic
      // form).
      WebElement start =
          wait.until(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector(".modal-content button.btn-primary[ng-click='complete()']")));
      wait.until(d -> !"true".equals(String.valueOf(start.getDomProperty("disabled"))));
      js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", start);
      wait.until(
          d ->
              jdbc.sql("select count(*) from vneid_round where title = :t")
                      .param("t", title)
                      .query(Long.class)
                      .single()
                  == 1);
    } catch (RuntimeException | AssertionError e) {
      dump("start-failure");
      throw e;
    } finally {
      Files.deleteIfExists(image);
    }
    long id =
        jdbc.sql("select request_id from vneid_round where title = :t")
            .param("t", title)
            .query(Long.class)
            .single();
    VneidRequestRecord stored =
        new vn.gov.hanoi.comms.vneid.VneidRequestRepository(jdbc).find(id).orElseThrow();
    assertThat(stored.unitCode()).isEqualTo("UBND-P-TRUCBACH");
    assertThat(stored.submittedBy()).isEqualTo(unitUser);
    assertThat(taskService.getIdentityLinksForTask(openTask(id, Tasks.APPRAISE).getId()))
        .anyMatch(l -> Groups.districtAppraisal("001").equals(l.getGroupId()));
  }

  /** Sets a date or date-time picker as a user's choice would, and tells the form it changed. */
  private void pick(String id, String value) {
    js(
        "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }

  /**
   * Clicks in the middle of the window: Tasklist's footer and notifications cover its bottom edge.
   */
  private void click(WebElement e) {
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  /** The number Tasklist shows next to a filter's name ("Tất cả việc của tôi (3)"). */
  private static long shownCount(WebElement filter) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(\\d+)\\D*$").matcher(filter.getText());
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
  }

  /**
   * A build artifact: the whole task view, form included (the window is made tall enough for it).
   */
  private void screenshot(String file) throws IOException {
    var window = driver.manage().window();
    var size = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), 3000));
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } finally {
      window.setSize(size);
    }
  }

  private void dump(String name) throws IOException {
    BrowserFailure.dump(driver, "tasklist-" + name);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }
}
