package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the distribution for the browser tests. Both paths are given, so Selenium
 * Manager (which would download a browser or a driver) never runs. Without them the test fails with
 * how to install them, or is skipped with {@code -Dbrowser.tests=skip}.
 */
public final class Chromium implements AutoCloseable {
  private static final Path BINARY = Paths.get("/usr/bin/chromium");
  private static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

  private final WebDriver driver;
  private final Path profileDir;

  private Chromium(WebDriver driver, Path profileDir) {
    this.driver = driver;
    this.profileDir = profileDir;
  }

  /** A fresh browser with an empty profile and a window of the given size. */
  public static Chromium start(int width, int height) throws IOException {
    if (!(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER))) {
      String why = "Browser tests need Debian's Chromium and ChromeDriver at " + BINARY + " and " + DRIVER
          + ": run `apt-get install chromium chromium-driver` (or pass -Dbrowser.tests=skip to skip them)";
      if ("skip".equals(System.getProperty("browser.tests"))) {
        Assumptions.abort(why);
      }
      Assertions.fail(why);
    }
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, DRIVER.toString());
    Path profile = Files.createTempDirectory("chromium-test-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=" + width + "," + height, "--lang=vi", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profileDir.toFile());
  }
}
