package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One official signed in to Tasklist in headless Chromium on Hanoi time, with what the browser
 * walks do there: click, run a script, fetch with the session, save a screenshot.
 */
public final class TasklistBrowser implements AutoCloseable {
  private final Chromium chromium;
  private final WebDriver driver;
  private final WebDriverWait wait;
  private final Path shots;

  private TasklistBrowser(Chromium chromium, Path shots) {
    this.chromium = chromium;
    this.driver = chromium.driver();
    // Generous: Tasklist loads a large bundle, and CI machines are shared.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    this.shots = shots;
  }

  /** Signs in and waits for the task lists; screenshots go to {@code shots}. */
  public static TasklistBrowser signIn(int port, String user, String password, Path shots)
      throws IOException {
    TasklistBrowser b = new TasklistBrowser(Chromium.start(1400, 1000), shots);
    // Officials' browsers run on Hanoi time: Tasklist shows dates in it and the pickers are read in
    // it.
    ((ChromeDriver) b.driver)
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
    try {
      TasklistLoginPage.signIn(b.driver, b.wait, port, user, password);
      b.wait.until(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".task-filters .task-filter")));
    } catch (RuntimeException e) {
      b.failure();
      b.close();
      throw e;
    }
    return b;
  }

  /** A part of a walk, done in one official's browser. */
  public interface Step {
    void run(TasklistBrowser browser) throws Exception;
  }

  /**
   * Signs in, does the step and closes the browser; when the step fails, saves the page first
   * ({@link #failure}).
   */
  public static void as(int port, String user, String password, Path shots, Step step)
      throws Exception {
    try (TasklistBrowser b = signIn(port, user, password, shots)) {
      try {
        step.run(b);
      } catch (Exception | AssertionError e) {
        b.failure();
        throw e;
      }
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void click(WebElement e) {
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Opens the task from the list and claims it, as an official does before working on it. */
  public void claim(String taskId) {
    click(wait.until(ExpectedConditions.elementToBeClickable(taskLink(taskId))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
  }

  /** The link of a task in the list. */
  public static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
  }

  /**
   * GET with the browser's own session (as a click on the link would): "status body" for text,
   * "status, N bytes" for a download.
   */
  public String fetch(String url) {
    return (String)
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {credentials: 'same-origin'}).then(function (r) {"
                    + "  var download = (r.headers.get('Content-Disposition') || '').indexOf('attachment') === 0;"
                    + "  return (download ? r.arrayBuffer().then(function (b) { return r.status + ', ' + b.byteLength + ' bytes'; })"
                    + "    : r.text().then(function (t) { return r.status + ' ' + t; }));"
                    + "}).then(done, function (e) { done('failed ' + e); });",
                url);
  }

  /** A screenshot of the whole form (the window made tall for it). */
  public void shot(String file) throws IOException {
    var window = driver.manage().window();
    var size = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(size.getWidth(), 2400));
    try {
      Files.createDirectories(shots);
      Files.write(
          shots.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } finally {
      window.setSize(size);
    }
  }

  /** The page as it was when a walk failed: failure.png and failure.html. */
  public void failure() throws IOException {
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("failure.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(shots.resolve("failure.html"), driver.getPageSource());
  }

  @Override
  public void close() {
    chromium.close();
  }
}
