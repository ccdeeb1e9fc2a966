package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What a failed browser test leaves behind: the screenshot, the page and the browser's console. The
 * console names every HTTP call the page saw fail ("the server responded with a status of 401"),
 * which is how a Tasklist that falls back to its login page tells which call lost the session.
 */
public final class BrowserFailure {
  public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  private BrowserFailure() {}

  /** Writes {@code <name>.png}, {@code .html} and {@code .console.txt}; prints the failed calls. */
  public static void dump(WebDriver driver, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    List<String> console = console(driver);
    Files.write(SCREENSHOTS.resolve(name + ".console.txt"), console);
    console.stream()
        .filter(line -> line.contains("status of"))
        .forEach(line -> System.out.println("[browser " + name + "] " + line));
  }

  private static List<String> console(WebDriver driver) {
    try {
      return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
          .map(BrowserFailure::line)
          .toList();
    } catch (RuntimeException unavailable) {
      // A driver without the console log (not Chromium, or logging off) still leaves the rest.
      return List.of("browser console unavailable: " + unavailable.getMessage());
    }
  }

  private static String line(LogEntry e) {
    return java.time.Instant.ofEpochMilli(e.getTimestamp())
        + " "
        + e.getLevel()
        + " "
        + e.getMessage();
  }
}
