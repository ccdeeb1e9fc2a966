package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.deadline.StepDeadlineRecord;
import vn.gov.hanoi.comms.deadline.StepDeadlineRepository;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.TasklistBrowser;
import vn.gov.hanoi.comms.vneid.VneidDecisionRepository;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * An official's day in a real browser (headless Chromium, Hanoi time), on the 2024 three-level
 * fixture: a ward officer of Văn Quán (Hà Đông) submits with dates typed day/month/year (a wrong
 * one, 31/02, is refused beside its field and not sent), the area chosen by name and the text
 * editor, and sees the error beside a wrong field; the unit follows its request in "Đề nghị của đơn
 * vị"; Hà Đông's appraiser finds it in lists sorted by deadline, with unit, round and deadline on
 * the card, gets Vietnamese messages from the form, and passes it; the chief may narrow the
 * audience but is refused, in Vietnamese, when widening it; a late appraisal shows under "Quá hạn"
 * and the chief has its follow-up. Screenshots under target/screenshots/daily-work/.
 */
@org.junit.jupiter.api.Tag("browser")
class OfficialsDailyWorkBrowserTest extends IntegrationTest {
  @Autowired VneidDecisionRepository decisionRepository;
  private static final Path SHOTS = Paths.get("target", "screenshots", "daily-work");
  private static final String WARD = "UBND-P-VANQUAN";
  private static final String WARD_USER = "donvi.vanquan.hangngay";
  private static final String APPRAISER = "ca.hadong.thamdinh.hangngay";
  private static final String CHIEF = "ca.hadong.truong.hangngay";
  private static final String PASSWORD = "HangNgay@2026";
  private static final String TITLE = "Phường Văn Quán hướng dẫn đăng ký cư trú trực tuyến";
  private static final String ATTACHMENT = "ke-hoach-dang-ky-cu-tru.txt";

  /** What opening the attachment gives: the file, as a download. */
  private static final String ATTACHMENT_OPENED =
      "200, "
          + "Kế hoạch đăng ký cư trú trực tuyến"
              .getBytes(java.nio.charset.StandardCharsets.UTF_8)
              .length
          + " bytes";

  /** How officials type a date-time on the start form: day/month/year, Hanoi time. */
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private static final DateTimeFormatter TYPED_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final String WRONG_DATE_TIME =
      "Ngày giờ không hợp lệ; nhập theo dạng ngày/tháng/năm giờ:phút, ví dụ 01/12/2026 08:00.";

  @Value("${local.server.port}")
  int port;

  @org.springframework.beans.factory.annotation.Autowired StepDeadlineRepository deadlines;

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
      "D-1, D-2, V-STEP-1..3, P-2: a ward officer, a district appraiser and a chief through one request: pickers, "
          + "areas by name, field errors, lists by deadline with readable cards, Vietnamese messages, narrowing never "
          + "widening, the overdue list and the chief's follow-up")
  void wardOfficerAppraiserAndChief() throws Exception {
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
    person(WARD_USER, "Trần Thị", "Văn Thư", null, Groups.unit(WARD));
    person(
        APPRAISER,
        "Lê Văn",
        "Thẩm",
        "thamdinh.hangngay@hadong.congan.hanoi.gov.vn",
        Groups.districtAppraisal("268"));
    person(
        CHIEF,
        "Phạm Văn",
        "Trưởng",
        "truong.hangngay@hadong.congan.hanoi.gov.vn",
        Groups.districtChief("268"));
    Path image = Files.createTempFile("anh-van-quan", ".png");
    Files.write(image, DemoImages.banner("Văn Quán"));
    Path dir = Files.createTempDirectory("dinh-kem");
    Path attachment = dir.resolve(ATTACHMENT);
    Files.write(attachment, "Kế hoạch đăng ký cư trú trực tuyến".getBytes(StandardCharsets.UTF_8));
    ZonedDateTime tomorrow8 =
        LocalDate.now(ProductClock.HANOI).plusDays(1).atTime(8, 0).atZone(ProductClock.HANOI);

    // 1. The ward officer submits from Tasklist's start form.
    login(WARD_USER);
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("li.start-process-action a"))));
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//a[normalize-space(.)='Đề nghị đăng tin Loa phường trên VNeID']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("title"))).sendKeys(TITLE);
    driver
        .findElement(By.id("summary"))
        .sendKeys("Người dân đăng ký thường trú, tạm trú qua Cổng dịch vụ công.");
    WebElement editor = driver.findElement(By.id("bodyEditor"));
    click(editor);
    editor.sendKeys("Từ tháng 12, người dân ");
    click(driver.findElement(By.cssSelector("[data-command='bold']")));
    editor.sendKeys("không cần đến trụ sở");
    click(driver.findElement(By.cssSelector("[data-command='bold']")));
    editor.sendKeys(" để đăng ký cư trú.");
    driver.findElement(By.id("featuredImage")).sendKeys(image.toString());
    driver.findElement(By.id("attachment1")).sendKeys(attachment.toString());
    wait.until(d -> !d.findElements(By.cssSelector("#areaPicker option[value='09542']")).isEmpty());
    Select areas = new Select(driver.findElement(By.id("areaPicker")));
    assertThat(areas.getOptions())
        .as("V-ROUTE-3: only the ward's own jurisdiction, by name")
        .extracting(WebElement::getText)
        .containsExactly("Phường Văn Quán");
    areas.selectByValue("09542");
    pick("ageMin", "18");
    pick("ageMax", "60");
    driver.findElement(By.id("letterNumber")).sendKeys("52/UBND-VQ");
    WebElement start =
        driver.findElement(
            By.cssSelector(".modal-content button.btn-primary[ng-click='complete()']"));

    // The window reads day/month/year whatever the browser's language (no native picker), and a
    // date that does not exist is refused beside its field, in Vietnamese, and not sent.
    WebElement fromText = driver.findElement(By.id("publishFromText"));
    assertThat(fromText.getDomProperty("type")).as("no native picker").isEqualTo("text");
    assertThat(fromText.getDomProperty("placeholder")).isEqualTo("dd/mm/yyyy hh:mm");
    assertThat(driver.findElement(By.cssSelector("label[for='publishUntilText']")).getText())
        .contains("ngày/tháng/năm giờ:phút");
    type("letterDateText", "31/02/2027");
    WebElement letterError = driver.findElement(By.cssSelector("[data-error-for='letterDate']"));
    wait.until(d -> !letterError.getText().isBlank());
    assertThat(letterError.getText())
        .isEqualTo("Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 20/11/2026.");
    type("letterDateText", TYPED_DAY.format(LocalDate.now(ProductClock.HANOI).minusDays(1)));
    wait.until(d -> letterError.getText().isBlank());
    assertThat(driver.findElement(By.id("letterDate")).getDomProperty("value"))
        .as("sent as ISO-8601")
        .isEqualTo(LocalDate.now(ProductClock.HANOI).minusDays(1).toString());
    type("publishFromText", "31/02/2027 08:00");
    type("publishUntilText", TYPED.format(tomorrow8.plusDays(9).withHour(17)));
    WebElement fromError = driver.findElement(By.cssSelector("[data-error-for='publishFrom']"));
    wait.until(d -> !fromError.getText().isBlank());
    assertThat(fromError.getText()).isEqualTo(WRONG_DATE_TIME);
    assertThat(fromError.findElement(By.xpath("..")).findElements(By.id("publishFromText")))
        .as("the error is beside its field")
        .hasSize(1);
    wait.until(d -> "true".equals(String.valueOf(start.getDomProperty("disabled"))));
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", start);
    Thread.sleep(1500);
    assertThat(
            jdbc.sql("select count(*) from vneid_round where title = :t")
                .param("t", TITLE)
                .query(Long.class)
                .single())
        .as("31/02/2027 is not sent")
        .isZero();
    assertThat(fromError.getText()).isEqualTo(WRONG_DATE_TIME);
    shot("1-ward-start-form-wrong-date.png");

    type("publishFromText", TYPED.format(tomorrow8));
    wait.until(d -> fromError.getText().isBlank());
    assertThat(driver.findElement(By.id("publishFrom")).getDomProperty("value"))
        .as("sent as ISO-8601 in Hanoi time")
        .isEqualTo(tomorrow8.toLocalDate() + "T08:00:00+07:00");
    wait.until(d -> !"true".equals(String.valueOf(start.getDomProperty("disabled"))));
    type("publishUntilText", TYPED.format(tomorrow8.minusDays(1)));
    WebElement untilError = driver.findElement(By.cssSelector("[data-error-for='publishUntil']"));
    wait.until(d -> !untilError.getText().isBlank());
    assertThat(untilError.getText())
        .isEqualTo("Thời điểm kết thúc phải sau thời điểm bắt đầu đăng.");
    wait.until(d -> "true".equals(String.valueOf(start.getDomProperty("disabled"))));
    shot("1-ward-start-form-error.png");
    type("publishUntilText", TYPED.format(tomorrow8.plusDays(9).withHour(17)));
    wait.until(d -> untilError.getText().isBlank());
    shot("2-ward-start-form.png");
    wait.until(d -> !"true".equals(String.valueOf(start.getDomProperty("disabled"))));
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", start);
    wait.until(
        d ->
            jdbc.sql("select count(*) from vneid_round where title = :t")
                    .param("t", TITLE)
                    .query(Long.class)
                    .single()
                == 1);
    long id =
        jdbc.sql("select request_id from vneid_round where title = :t")
            .param("t", TITLE)
            .query(Long.class)
            .single();
    var round = new VneidRequestRepository(jdbc).round(id, 1);
    assertThat(round.publishFrom()).as("Hanoi time as typed").isEqualTo(tomorrow8.toInstant());
    assertThat(round.targetAreaCodes()).containsExactly("09542");
    assertThat(round.ageMax()).isEqualTo(60);
    List<Long> files = new VneidRequestRepository(jdbc).attachmentIds(id, 1);
    assertThat(files).as("the start form's attachment is stored").hasSize(1);
    String fileUrl = "/api/vneid/requests/" + id + "/attachments/" + files.get(0);
    assertThat(round.bodyHtml())
        .contains("không cần đến trụ sở")
        .containsPattern("<(b|strong)>không cần đến trụ sở</(b|strong)>");
    Task appraisal = openTask(id, Tasks.APPRAISE);
    StepDeadlineRecord due = deadlines.byTask(appraisal.getId()).orElseThrow();

    // The unit follows its request: the step, its holder's deadline, read-only.
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
    filter("Đề nghị của đơn vị");
    // Located again at each poll: Tasklist may re-render the list between finding the link and
    // reading
    // it (a stale element in CI, stop 27).
    wait.until(ExpectedConditions.textToBe(taskLink(appraisal.getId()), "Thẩm định · " + TITLE));
    shot("3-ward-unit-requests.png");
    assertThat(fetch("/api/vneid/requests/" + id + "/preview"))
        .as("P-2: the unit's full-text view lists its attachment")
        .startsWith("200 ")
        .contains(ATTACHMENT, fileUrl);
    assertThat(fetch(fileUrl)).as("and the unit opens it").isEqualTo(ATTACHMENT_OPENED);
    close();

    // 2. Hà Đông's appraiser: lists by deadline, a readable card, Vietnamese messages, then the
    // appraisal.
    login(APPRAISER);
    assertThat(
            driver.findElements(By.cssSelector(".ce-eol-banner")).stream()
                .noneMatch(WebElement::isDisplayed))
        .as("no 'migrate to Camunda 8' banner for officials")
        .isTrue();
    List<String> lists =
        driver.findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
            .map(e -> e.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
            .toList();
    assertThat(lists).containsExactly("Việc của tôi", "Của đơn vị tôi", "Quá hạn", "Sắp đến hạn");
    WebElement card =
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(appraisal.getId())));
    assertThat(driver.findElement(By.cssSelector(".sorting-choice .sort-by")).getText())
        .isEqualTo("Hạn xử lý");
    WebElement item = card.findElement(By.xpath("./ancestor::li[1]"));
    assertThat(item.getText())
        .contains("Thẩm định · " + TITLE, "Hạn xử lý", "UBND phường Văn Quán", "Vòng 1");
    shot("4-appraiser-list.png");
    click(card);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    WebElement attachmentLink =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//div[contains(@class,'fjs-container')]//a[normalize-space(.)='"
                        + ATTACHMENT
                        + "']")));
    assertThat(attachmentLink.getDomAttribute("href"))
        .as("P-2: the appraisal form links the attachment")
        .endsWith(fileUrl);
    assertThat(fetch(attachmentLink.getDomAttribute("href")))
        .as("and the appraiser opens it with the Tasklist session")
        .isEqualTo(ATTACHMENT_OPENED);
    WebElement fullText =
        driver.findElement(
            By.xpath(
                "//div[contains(@class,'fjs-container')]//a[normalize-space(.)='Xem toàn văn bài viết']"));
    assertThat(fetch(fullText.getDomAttribute("href")))
        .as("the full-text view lists the attachment")
        .startsWith("200 ")
        .contains(ATTACHMENT);
    shot("4b-appraiser-attachment.png");
    WebElement complete =
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".form-actions button[ng-click='complete()']")));
    click(complete);
    WebElement required =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    wait.until(d -> required.getText().contains("Trường này là bắt buộc."));
    assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
        .doesNotContain("Field is required");
    shot("5-appraiser-required-vi.png");
    press(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Đạt – chuyển phê duyệt']"))));
    WebElement reasons = driver.findElement(By.cssSelector("textarea[id$='-Appraise_Reasons']"));
    click(reasons);
    reasons.sendKeys("Nội dung phù hợp quy định về cư trú");
    press(complete);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(taskLink(appraisal.getId())));
    assertThat(deadlines.find(due.id()).orElseThrow().doneAt()).isNotNull();
    close();

    // 3. The chief: may narrow the audience, never widen it (refused in Vietnamese, no engine
    // code), then approves.
    Task approval = openTask(id, Tasks.APPROVE);
    login(CHIEF);
    click(wait.until(ExpectedConditions.elementToBeClickable(taskLink(approval.getId()))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    press(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='Phê duyệt đăng']"))));
    assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
        .as("the history names the appraiser and title, not a login id")
        .contains("Lê Văn Thẩm")
        .doesNotContain(APPRAISER);
    WebElement narrowMax =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("input[id$='-Approve_NarrowAgeMax']")));
    click(narrowMax);
    narrowMax.sendKeys("80");
    press(driver.findElement(By.cssSelector(".form-actions button[ng-click='complete()']")));
    WebElement refusal = driver.findElement(By.cssSelector(".page-notifications"));
    wait.until(
        d -> refusal.getText().contains("Không được mở rộng độ tuổi: đơn vị đề nghị đến 60 tuổi"));
    assertThat(refusal.getText()).doesNotContain("ENGINE-").doesNotContain("Exception");
    shot("6-chief-widening-refused.png");
    assertThat(openTask(id, Tasks.APPROVE)).as("the refusal changed nothing").isNotNull();
    narrowMax.clear();
    narrowMax.sendKeys("40");
    assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
        .as("form-js's English placeholders are in Vietnamese, once")
        .doesNotContain("Select")
        .doesNotContain("ChọnChọn");
    shot("7-chief-narrowing.png");
    press(driver.findElement(By.cssSelector(".form-actions button[ng-click='complete()']")));
    wait.until(d -> openTask(id, Tasks.APPROVE) == null);
    assertThat(decisionRepository.approvedRound(id, 1).ageMax())
        .as("published to 18-40 only")
        .isEqualTo(40);
    close();

    // 4. A late appraisal: the appraiser's "Quá hạn" list, the chief's follow-up.
    ArticleDraft late = draft(WARD, Scope.COMMUNE, List.of("09542"));
    VneidRequestRecord lateRequest =
        submit(
            new ArticleDraft(
                WARD,
                "Lịch tiêm chủng mở rộng tháng 12 tại Văn Quán",
                late.summary(),
                late.bodyHtml(),
                late.category(),
                late.scope(),
                late.targetAreaCodes(),
                late.ageMin(),
                late.ageMax(),
                late.gender(),
                late.publishFrom(),
                late.publishUntil(),
                late.justification(),
                late.reviewerNotes(),
                late.letterNumber(),
                late.letterDate()));
    Task lateTask = openTask(lateRequest.id(), Tasks.APPRAISE);
    Instant lateDue = deadlines.byTask(lateTask.getId()).orElseThrow().dueAt();
    ClockUtil.setCurrentTime(Date.from(lateDue.plus(Duration.ofHours(1))));
    runDueJobs();
    login(APPRAISER);
    filter("Quá hạn");
    WebElement overdue =
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(lateTask.getId())));
    assertThat(overdue.getText())
        .isEqualTo("Thẩm định · Lịch tiêm chủng mở rộng tháng 12 tại Văn Quán");
    shot("8-appraiser-overdue.png");
    close();
    login(CHIEF);
    Task followUp =
        taskService
            .createTaskQuery()
            .taskCandidateGroup(Groups.districtChief("268"))
            .taskNameLike("Đôn đốc:%Lịch tiêm chủng%")
            .singleResult();
    WebElement followLink =
        wait.until(ExpectedConditions.visibilityOfElementLocated(taskLink(followUp.getId())));
    click(followLink);
    wait.until(
        d ->
            d.findElement(By.cssSelector(".fjs-container")).getText().contains("Lê Văn Thẩm")
                || d.findElement(By.cssSelector(".fjs-container"))
                    .getText()
                    .contains("cán bộ thẩm định"));
    assertThat(driver.findElement(By.cssSelector(".fjs-container")).getText())
        .contains(
            "Việc dưới đây đã quá hạn xử lý", "Lịch tiêm chủng mở rộng tháng 12 tại Văn Quán");
    shot("9-chief-follow-up.png");
    Files.deleteIfExists(image);
    Files.deleteIfExists(attachment);
    Files.deleteIfExists(dir);
  }

  /** GET with the browser's own session (TasklistBrowser.fetch). */
  private String fetch(String url) {
    return browser.fetch(url);
  }

  private void person(String id, String first, String last, String email, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      var u = identityService.newUser(id);
      u.setFirstName(first);
      u.setLastName(last);
      u.setEmail(email);
      u.setPassword(PASSWORD);
      identityService.saveUser(u);
      identityService.createMembership(id, group);
    }
  }

  private void login(String user) throws IOException {
    browser = TasklistBrowser.tasklist(port, user, PASSWORD, SHOTS);
    driver = browser.driver();
    wait = browser.waiting();
  }

  private void filter(String name) {
    WebElement link =
        wait.until(
            d ->
                d.findElements(By.cssSelector(".task-filters .task-filter h4.name a")).stream()
                    .filter(a -> a.getText().trim().startsWith(name))
                    .findFirst()
                    .orElse(null));
    click(link);
  }

  /** Types into a field as an official does, then leaves it (which checks it). */
  private void type(String id, String value) {
    WebElement e = driver.findElement(By.id(id));
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.clear();
    e.sendKeys(value, org.openqa.selenium.Keys.TAB);
  }

  private void pick(String id, String value) {
    js(
        "var e = document.getElementById(arguments[0]); e.value = arguments[1];"
            + "e.dispatchEvent(new Event('input', {bubbles: true})); e.dispatchEvent(new Event('change', {bubbles: true}));",
        id,
        value);
  }

  private void click(WebElement e) {
    browser.click(e);
  }

  /**
   * Presses a button even under Tasklist's notifications, which cover the bottom right corner, once
   * the form has taken what was typed (form-js updates its values after a short debounce).
   */
  private void press(WebElement button) {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
  }

  private static By taskLink(String taskId) {
    return TasklistBrowser.taskLink(taskId);
  }

  private void shot(String file) throws IOException {
    browser.shot(file);
  }

  private Object js(String script, Object... args) {
    return browser.js(script, args);
  }
}
