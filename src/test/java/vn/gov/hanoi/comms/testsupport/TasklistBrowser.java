package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person signed in to a Camunda web app (Tasklist or Cockpit) in headless Chromium, in Hanoi
 * time, with what the walks through Tasklist's forms do: open and claim a task, read and pick a
 * radio option, type, click, complete, fetch with the session, and save screenshots into one
 * folder.
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
    ((ChromeDriver) driver)
        .executeCdpCommand(
            "Emulation.setTimezoneOverride", Map.of("timezoneId", "Asia/Ho_Chi_Minh"));
  }

  /** Signs in to Tasklist and waits for the task filters. */
  public static TasklistBrowser tasklist(int port, String user, String password, Path shots)
      throws IOException {
    return signedIn(
        port, "tasklist", user, password, shots, By.cssSelector(".task-filters .task-filter"));
  }

  /** Signs in to Cockpit and waits for its header's navigation. */
  public static TasklistBrowser cockpit(int port, String user, String password, Path shots)
      throws IOException {
    return signedIn(
        port, "cockpit", user, password, shots, By.cssSelector(".navbar, [cam-widget-header]"));
  }

  /** A browser signed in to the app; closed again (its page kept) when the sign-in fails. */
  private static TasklistBrowser signedIn(
      int port, String app, String user, String password, Path shots, By signedIn)
      throws IOException {
    TasklistBrowser b = new TasklistBrowser(Chromium.start(1400, 1000), shots);
    try {
      // The first page of a run can take long to load on a busy machine (the apps' scripts).
      TasklistLoginPage.signIn(
          b.driver,
          new WebDriverWait(b.driver, Duration.ofSeconds(120)),
          port,
          app,
          user,
          password);
      b.wait.until(
          ExpectedConditions.invisibilityOfElementLocated(
              By.cssSelector("input[ng-model='username']")));
      b.wait.until(ExpectedConditions.visibilityOfElementLocated(signedIn));
      return b;
    } catch (RuntimeException e) {
      b.keepFailure();
      b.close();
      throw e;
    }
  }

  /** A part of a walk, done in one official's browser. */
  public interface Step {
    void run(TasklistBrowser browser) throws Exception;
  }

  /**
   * Signs in to Tasklist, does the step and closes the browser; when the step fails, saves the page
   * first ({@link #keepFailure}).
   */
  public static void as(int port, String user, String password, Path shots, Step step)
      throws Exception {
    try (TasklistBrowser b = tasklist(port, user, password, shots)) {
      try {
        step.run(b);
      } catch (Exception | AssertionError e) {
        b.keepFailure();
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

  /** Opens the task from the list and claims it, as an official does before working on it. */
  public void claim(String taskId) {
    click(wait.until(ExpectedConditions.elementToBeClickable(taskLink(taskId))));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
  }

  /** The link of a task in the list. */
  public static By taskLink(String taskId) {
    return By.cssSelector(".tasks-list a[href$='task=" + taskId + "']");
  }

  /** The form of the task, opened from the list and claimed. */
  public WebElement openAndClaim(Task task) {
    By link = taskLink(task.getId());
    js(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
        wait.until(ExpectedConditions.elementToBeClickable(link)));
    press(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))));
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
  }

  /** The labels of the form's radio options, once there are any. */
  public List<String> radioLabels() {
    return wait.until(
        d -> {
          List<String> labels =
              d
                  .findElements(
                      By.cssSelector(".fjs-form-field-radio label.fjs-form-field-label[for]"))
                  .stream()
                  .map(WebElement::getText)
                  .map(String::strip)
                  .toList();
          return labels.isEmpty() ? null : labels;
        });
  }

  public WebElement radio(String label) {
    return wait.until(
        ExpectedConditions.elementToBeClickable(
            By.xpath(
                "//div[contains(@class,'fjs-form-field-radio')]//label[normalize-space(.)='"
                    + label
                    + "']")));
  }

  public WebElement completeButton() {
    return driver.findElement(By.cssSelector(".form-actions button[ng-click='complete()']"));
  }

  public void type(WebElement field, String text) {
    js("arguments[0].scrollIntoView({block: 'center'});", field);
    field.click();
    field.sendKeys(text);
  }

  /** Clicks once form-js has taken what was typed (it updates its values after a debounce). */
  public void press(WebElement button) {
    try {
      Thread.sleep(700);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
  }

  /** A screenshot of the page, the window stretched to 2400 px so that long forms fit. */
  public void shot(String file) throws IOException {
    var window = driver.manage().window();
    var size = window.getSize();
    window.setSize(new Dimension(size.getWidth(), 2400));
    try {
      Files.createDirectories(shots);
      Files.write(
          shots.resolve(file), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } finally {
      window.setSize(size);
    }
  }

  /** The page as it was when a walk failed: failure.png and failure.html. */
  public void keepFailure() throws IOException {
    Files.createDirectories(shots);
    Files.write(
        shots.resolve("failure.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(shots.resolve("failure.html"), driver.getPageSource());
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
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

  @Override
  public void close() {
    chromium.close();
  }
}
