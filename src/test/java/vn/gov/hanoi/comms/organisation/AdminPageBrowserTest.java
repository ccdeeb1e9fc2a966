package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.Chromium;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/**
 * The admin page of units in a real browser: an administrator logs in, sees the faults of a unit
 * named, registers it.
 */
@org.junit.jupiter.api.Tag("browser")
class AdminPageBrowserTest extends IntegrationTest {

  @Test
  @DisplayName(
      "A-4: the admin page lists units, shows every fault of a refused unit and registers a good one")
  void registerThroughThePage() throws Exception {
    ensureUser("page.admin", Groups.ADMIN);
    try (Chromium chromium = Chromium.start(1300, 900)) {
      WebDriver d = chromium.driver();
      WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(45));
      d.get("http://localhost:" + APP_PORT + "/admin/organisations.html");
      d.findElement(By.id("user")).sendKeys("page.admin");
      d.findElement(By.id("password")).sendKeys(PASSWORD);
      d.findElement(By.id("connect")).click();
      wait.until(x -> x.findElements(By.cssSelector("#units tr")).size() >= 30);
      assertThat(d.findElement(By.id("areaSet")).getText()).contains("Hà Nội 2024");

      d.findElement(By.name("code")).sendKeys("UBND-P-NGUYENTRAI");
      d.findElement(By.name("name")).sendKeys("UBND phường Nguyễn Trãi");
      new Select(d.findElement(By.id("kind"))).selectByValue("COMMUNE_COMMITTEE");
      d.findElement(By.name("homeAreaCode")).sendKeys("268");
      d.findElement(By.name("email")).sendKeys("vanthu@nguyentrai.hanoi.gov.vn");
      d.findElement(By.name("abbreviation")).sendKeys("UBND-NT");
      d.findElement(By.id("register")).click();
      wait.until(x -> x.findElement(By.id("message")).getAttribute("class").equals("error"));
      assertThat(d.findElement(By.id("message")).getText())
          .contains("homeAreaCode")
          .contains("xã/phường");

      d.findElement(By.name("homeAreaCode")).clear();
      d.findElement(By.name("homeAreaCode")).sendKeys("09538");
      d.findElement(By.id("register")).click();
      wait.until(x -> x.findElement(By.id("message")).getAttribute("class").equals("ok"));
      wait.until(x -> x.findElement(By.id("units")).getText().contains("UBND-P-NGUYENTRAI"));
    }
    assertThat(identityService.createGroupQuery().groupId(Groups.unit("UBND-P-NGUYENTRAI")).count())
        .isEqualTo(1);
  }
}
