package vn.gov.hanoi.comms.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Value;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.TasklistBrowser;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;

/**
 * The revise step in a real browser (headless Chromium, Hanoi time): Trúc Bạch's officer opens the
 * returned request in Tasklist, reads the reasons, is told beside the field that a text file is no
 * image, then replaces the image and the attachment; Ba Đình's appraiser then sees the new image
 * and the changes view. Screenshots under target/screenshots/revise/.
 */
@Tag("browser")
class ReviseBrowserTest extends IntegrationTest {
  private static final Path SHOTS = Paths.get("target", "screenshots", "revise");
  private static final String WARD = "UBND-P-TRUCBACH";
  private static final String WARD_USER = "rvb.trucbach";
  private static final String APPRAISER = "rvb.ca.badinh";
  private static final String REASON = "Ảnh đại diện mờ, đề nghị thay ảnh rõ hơn";

  @Value("${local.server.port}")
  int port;

  @org.springframework.beans.factory.annotation.Autowired StoredFileRepository files;

  @Test
  @DisplayName(
      "V-STEP-4: the ward officer replaces the image and the attachment in Tasklist's revise form (a wrong file is "
          + "refused beside the field); the appraiser sees the new image and the changes view")
  void wardReplacesImageAppraiserSeesIt() throws Exception {
    ensureUser(WARD_USER, Groups.unit(WARD));
    ensureUser(APPRAISER, Groups.districtAppraisal("001"));
    long id = returnedForRevision(WARD, "ke-hoach-cu.txt", REASON);
    byte[] newImage = DemoImages.banner("Ảnh mới rõ nét");
    TasklistBrowser.as(port, WARD_USER, PASSWORD, SHOTS, ward -> revise(ward, id, newImage));
    TasklistBrowser.as(port, APPRAISER, PASSWORD, SHOTS, appraiser -> appraise(appraiser, id));
  }

  /** The ward officer's part: starts from the current round, a wrong file, then the new files. */
  private void revise(TasklistBrowser browser, long id, byte[] newImageBytes) throws Exception {
    VneidRequestRepository repo = new VneidRequestRepository(jdbc);
    long oldImage = repo.round(id, 1).featuredImageId();
    Path dir = Files.createTempDirectory("sua-doi");
    Path newImage = dir.resolve("anh-moi.png");
    Files.write(newImage, newImageBytes);
    Path notImage = dir.resolve("ghi-chu.txt");
    Files.writeString(notImage, "không phải ảnh");
    Path plan = dir.resolve("ke-hoach-moi.txt");
    Files.writeString(plan, "Kế hoạch mới");
    var wait = browser.waiting();
    var driver = browser.driver();

    // 1. The revise step starts from the current round, with the reasons.
    browser.claim(openTask(id, Tasks.REVISE).getId());
    WebElement title =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("revisedTitle")));
    wait.until(d -> !title.getDomProperty("value").isBlank());
    assertThat(title.getDomProperty("value")).isEqualTo(repo.round(id, 1).title());
    assertThat(driver.findElement(By.id("bodyEditor")).getText()).contains("công an phường hỗ trợ");
    wait.until(d -> d.findElement(By.id("reasons")).getText().contains(REASON));
    assertThat(driver.findElement(By.id("publishFromText")).getDomProperty("value"))
        .as("dates read day/month/year in Hanoi time")
        .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    assertThat(driver.findElement(By.id("currentAttachments")).getText())
        .contains("ke-hoach-cu.txt");
    browser.shot("1-ward-revise-form.png");

    // 2. A text file as the image: refused beside the field, nothing sent.
    driver.findElement(By.id("revisedFeaturedImage")).sendKeys(notImage.toString());
    WebElement imageError =
        driver.findElement(By.cssSelector("[data-error-for='revisedFeaturedImage']"));
    wait.until(d -> !imageError.getText().isBlank());
    assertThat(imageError.getText()).contains("không phải ảnh JPEG, PNG hoặc WebP");
    WebElement complete =
        driver.findElement(By.cssSelector(".form-actions button[ng-click='complete()']"));
    browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
    Thread.sleep(1500);
    assertThat(repo.latestRoundNo(id)).as("nothing was sent").isEqualTo(1);
    browser.shot("2-ward-wrong-image-refused.png");

    // 3. The real image, the old attachment removed, a new one added, a new title and a note.
    driver.findElement(By.id("revisedFeaturedImage")).sendKeys(newImage.toString());
    wait.until(d -> imageError.getText().isBlank());
    title.clear();
    title.sendKeys("Hướng dẫn kích hoạt VNeID mức 2 (ảnh mới)");
    browser.click(driver.findElement(By.id("keep-" + repo.attachmentIds(id, 1).get(0))));
    driver.findElement(By.id("attachment1")).sendKeys(plan.toString());
    driver.findElement(By.id("revisionNote")).sendKeys("Đã thay ảnh rõ nét và kế hoạch mới");
    browser.shot("3-ward-revise-filled.png");
    browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
    wait.until(d -> repo.latestRoundNo(id) == 2);
    assertThat(repo.round(id, 2).featuredImageId()).isNotEqualTo(oldImage);
    assertThat(files.content(repo.round(id, 2).featuredImageId())).isEqualTo(newImageBytes);
    assertThat(repo.attachmentIds(id, 2))
        .extracting(f -> files.find(f).orElseThrow().fileName())
        .containsExactly("ke-hoach-moi.txt");
  }

  /** The appraiser's part: the new image and the changes view. */
  private void appraise(TasklistBrowser browser, long id) throws Exception {
    var wait = browser.waiting();
    browser.claim(openTask(id, Tasks.APPRAISE).getId());
    WebElement form =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
    wait.until(d -> form.getText().contains("Ảnh đại diện: đã thay ảnh mới"));
    assertThat(form.getText())
        .contains("Đã thay ảnh rõ nét và kế hoạch mới")
        .contains("ke-hoach-moi.txt")
        .contains("(ảnh mới)");
    WebElement img = form.findElement(By.cssSelector("img"));
    wait.until(
        d ->
            Boolean.TRUE.equals(
                browser.js("return arguments[0].complete && arguments[0].naturalWidth > 0;", img)));
    assertThat(img.getDomAttribute("src")).as("the new round's image").contains("round=2");
    browser.shot("4-appraiser-sees-new-image-and-changes.png");
  }
}
