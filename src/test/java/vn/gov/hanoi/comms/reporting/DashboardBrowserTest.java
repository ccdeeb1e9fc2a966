package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.hanoi.comms.testsupport.Chromium;
import vn.gov.hanoi.comms.testsupport.TasklistLoginPage;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * A Mê Linh police officer logs into Tasklist, opens the dashboard in the same session and reads
 * the charts of the known requests (headless Chromium as in browser.TasklistBrowserTest; skipped
 * without it).
 */
@Tag("browser")
class DashboardBrowserTest extends ReportTestBase {
  private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private Chromium chromium;
  private WebDriver driver;
  private WebDriverWait wait;

  @BeforeEach
  void browser() throws IOException {
    chromium = Chromium.start(1200, 1400);
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
      "R-2, V-QUOTA-1, I-CADENCE-1, P-2: a district officer signed into Tasklist sees the dashboard of their "
          + "district with quota, cadence, time-per-step and return-reason charts carrying the expected numbers, and "
          + "duplicates stopped and overridden of another period")
  void districtOfficerReadsDashboard() throws Exception {
    String base = "http://localhost:" + APP_PORT;
    TasklistLoginPage.signIn(driver, wait, APP_PORT, "rep.ca.melinh", PASSWORD);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));

    driver.get(base + "/dashboard/?from=" + FROM + "&to=" + TO);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart-quota")));
    try {
      assertThat(driver.findElement(By.id("area-name")).getText()).isEqualTo("Huyện Mê Linh");
      assertThat(driver.findElement(By.cssSelector("#tile-published b")).getText()).isEqualTo("1");
      assertThat(driver.findElement(By.cssSelector("#tile-returned b")).getText()).isEqualTo("1");
      assertThat(value("chart-quota", "UBND-X-TIENPHONG")).isEqualTo("1 / 1");
      assertThat(value("chart-quota", "UBND-TT-QUANGMINH")).isEqualTo("0 / 1");
      assertThat(value("chart-steps", Tasks.APPRAISE + "-median")).isEqualTo("2.0");
      assertThat(value("chart-steps", Tasks.APPRAISE + "-p90")).isEqualTo("3.0");
      assertThat(value("chart-steps", Tasks.APPROVE + "-median")).isEqualTo("5.0");
      assertThat(value("chart-reasons", RETURN_REASON)).isEqualTo("1");
      assertThat(driver.findElements(By.cssSelector("#chart-cadence g.row")))
          .extracting(e -> e.getDomAttribute("data-key"))
          .as("Mê Linh's iHanoi bodies")
          .containsExactlyInAnyOrder("UBND-H-MELINH", "UBND-X-TIENPHONG", "UBND-TT-QUANGMINH");
      List<String> areas =
          driver.findElements(By.cssSelector("select[name='area'] option")).stream()
              .map(o -> o.getDomAttribute("value"))
              .toList();
      assertThat(areas)
          .as("P-2: Mê Linh and its communes only")
          .contains("250", "09019")
          .doesNotContain("01", "002");
    } finally {
      Files.createDirectories(SCREENSHOTS);
      Files.write(
          SCREENSHOTS.resolve("dashboard.png"),
          ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
    driver.get(base + "/dashboard/?from=" + IHANOI_FROM + "&to=" + IHANOI_TO + "&area=250");
    assertThat(
            wait.until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#tile-dup-stopped b")))
                .getText())
        .isEqualTo("2");
    assertThat(driver.findElement(By.cssSelector("#tile-dup-overridden b")).getText())
        .isEqualTo("1");
    driver.get(base + "/dashboard/?area=002");
    assertThat(driver.getPageSource())
        .as("another district is refused")
        .doesNotContain("chart-quota");
  }

  private String value(String chart, String key) {
    WebElement row =
        driver.findElement(By.cssSelector("#" + chart + " g.row[data-key='" + key + "']"));
    return row.findElement(By.cssSelector("text.value")).getText();
  }
}
