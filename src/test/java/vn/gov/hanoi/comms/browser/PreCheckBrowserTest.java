package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.screening.Screener;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.BrowserFailure;
import vn.gov.hanoi.comms.testsupport.Chromium;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.TasklistLoginPage;
import vn.gov.hanoi.comms.vneid.DecisionRecord;
import vn.gov.hanoi.comms.vneid.VneidDecisionRepository;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidSubmission;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * V-CHECK-4..6 in the Camunda Form, in a real browser (headless Chromium): the appraiser of an
 * article holding every kind of finding sees each passage marked in its context; passing it without
 * a written reason is refused and the task stays open; with the reason it goes on, and the reason
 * is recorded. Screenshots in target/screenshots/.
 */
@org.junit.jupiter.api.Tag("browser")
class PreCheckBrowserTest extends IntegrationTest {
  @Autowired VneidDecisionRepository decisionRepository;
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
  private static final String OFFICER = "pc.browser.thamdinh";
  private static final String OFFICER_PASSWORD = "ThamDinh@2026";
  private static final String PASS_LABEL = "Đạt – chuyển phê duyệt";
  private static final String REASON =
      "Các hộ có tên đã đồng ý công khai bằng văn bản (biên bản ngày 20/11)";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Value("${local.server.port}")
  int port;

  private Chromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void officerAndBrowser() throws IOException {
    if (identityService.createUserQuery().userId(OFFICER).count() == 0) {
      User u = identityService.newUser(OFFICER);
      u.setFirstName("Trần Văn");
      u.setLastName("Thẩm Định");
      u.setPassword(OFFICER_PASSWORD);
      identityService.saveUser(u);
      identityService.createMembership(OFFICER, Groups.districtAppraisal("001"));
    }
    chromium = Chromium.start(1400, 1000);
    driver = chromium.driver();
    wait = new WebDriverWait(driver, Duration.ofSeconds(45));
  }

  @AfterEach
  void closeBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the appraiser sees every finding's passage marked; PASS without a written reason is refused, with it recorded")
  void appraiserSeesMarkedPassagesAndOverridesInWriting() throws Exception {
    LocalDate today = LocalDate.now(Screener.HANOI);
    String past = DAY.format(today.minusDays(10));
    String after = DAY.format(today.plusDays(40));
    ArticleDraft base = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    String body =
        "<p>Danh sách hộ được hỗ trợ (họp ngày "
            + past
            + "):</p>"
            + "<p>1. Hộ ông Nguyễn Văn Hùng, sinh năm 1962, CCCD số 001062004512, trú tại số 12 ngõ 34 phố Trúc Bạch.</p>"
            + "<p>2. Anh Kiều Văn Phúc, CMND số 013245678, điện thoại 0906 112 233, con trai bị bại não bẩm sinh.</p>"
            + "<p>3. Ông Đỗ Văn Thắng, xe ô tô biển kiểm soát 30A-123.45, có 02 tiền án.</p>"
            + "<p>Ủng hộ xin chuyển về số tài khoản 0021000456789 Vietcombank, chủ tài khoản Ngô Văn Quyết.</p>"
            + "<p>Xem thêm https://bit.ly/dvc-hanoi, http://hanoi.gov.vn/bieu-mau và https://www.youtube.com/watch?v=abc. "
            + "Lễ tổng kết ngày "
            + after
            + ".</p>";
    ArticleDraft article =
        new ArticleDraft(
            base.unitCode(),
            "Công khai danh sách hộ được hỗ trợ sửa nhà",
            base.summary(),
            body,
            base.category(),
            base.scope(),
            base.targetAreaCodes(),
            base.ageMin(),
            base.ageMax(),
            base.gender(),
            base.publishFrom(),
            base.publishUntil(),
            base.justification(),
            base.reviewerNotes(),
            base.letterNumber(),
            base.letterDate());
    VneidRequestRecord r =
        requests.submit(
            unitUser(article.unitCode()),
            new VneidSubmission(
                article,
                image(),
                List.of(
                    new Upload(
                        "CCCD_001087001234_Nguyen_Van_Minh.pdf",
                        "application/pdf",
                        "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))));
    String taskId = openTask(r.id(), Tasks.APPRAISE).getId();
    List<String> passages =
        List.of(
            past,
            "1962",
            "001062004512",
            "số 12 ngõ 34 phố Trúc Bạch",
            "013245678",
            "0906 112 233",
            "bại não",
            "30A-123.45",
            "tiền án",
            "0021000456789",
            "https://bit.ly/dvc-hanoi",
            "http://hanoi.gov.vn/bieu-mau",
            "https://www.youtube.com/watch?v=abc",
            after,
            "001087001234");

    try {
      login();
      driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
      WebElement form =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
      By mark = By.cssSelector(".precheck-passage");
      wait.until(d -> !form.findElements(mark).isEmpty());
      List<String> marked =
          form.findElements(mark).stream().map(e -> e.getText().replace("\u200B", "")).toList();
      assertThat(form.findElement(mark).getCssValue("background-color"))
          .as("highlighted by user-styles.css")
          .isEqualTo("rgba(255, 229, 143, 1)");
      assertThat(
              form.findElements(
                  By.xpath(
                      "//div[contains(@class,'fjs-form-field-group')][./label[normalize-space(.)="
                          + "'Kết quả kiểm tra tự động']]//a")))
          .as("no clickable link among the findings")
          .isEmpty();
      assertThat(marked).as("passages marked in the form").containsAll(passages);
      assertThat(form.getText())
          .contains(
              "Kết quả kiểm tra tự động",
              "Số căn cước/CCCD",
              "Số điện thoại cá nhân",
              "Gợi ý: 0906***233",
              "Đường dẫn rút gọn");
      screenshot("tasklist-prechecks.png");

      click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
      click(
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='"
                          + PASS_LABEL
                          + "']"))));
      WebElement reason =
          wait.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("textarea[id$='-Appraise_PersonalDataOverrideReason']")));
      completeForm();
      wait.until(d -> d.getPageSource().contains("dữ liệu cá nhân bị chặn"));
      screenshot("tasklist-prechecks-refused.png");
      assertThat(openTask(r.id(), Tasks.APPRAISE))
          .as("the refused completion leaves the task open")
          .isNotNull();
      assertThat(decisionRepository.decisions(r.id())).isEmpty();

      // The error notification covers the form's buttons: it goes once dismissed.
      ((JavascriptExecutor) driver)
          .executeScript(
              "document.querySelectorAll('.notifications .alert').forEach(a => a.remove());");
      click(reason);
      reason.sendKeys(REASON);
      completeForm();
      wait.until(d -> openTask(r.id(), Tasks.APPRAISE) == null);
    } catch (RuntimeException | AssertionError e) {
      dump("prechecks-failure");
      throw e;
    }
    DecisionRecord d = decisionRepository.decisions(r.id()).get(0);
    assertThat(d.preCheckOverrideReason()).isEqualTo(REASON);
    assertThat(d.decidedBy()).isEqualTo(OFFICER);
    assertThat(openTask(r.id(), Tasks.APPROVE)).isNotNull();
  }

  private void login() {
    TasklistLoginPage.signIn(driver, wait, port, OFFICER, OFFICER_PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tasks-list")));
  }

  private void completeForm() {
    click(
        wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".form-actions button[ng-click='complete()']"))));
  }

  private void click(WebElement e) {
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  private void screenshot(String file) throws IOException {
    var window = driver.manage().window();
    var size = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), 3200));
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
}
