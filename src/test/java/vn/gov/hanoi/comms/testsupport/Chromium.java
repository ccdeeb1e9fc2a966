package vn.gov.hanoi.comms.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the system for the browser tests (tag their classes
 * {@code @Tag("browser")}). The browser and its driver are looked up in {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} when set, otherwise on the PATH and in /usr/bin; both paths are handed to
 * Selenium, so Selenium Manager (which would download a browser or a driver) never runs. When they
 * are missing the test is skipped, and {@link BrowserTestsReport} says so in one line at the end of
 * the run, unless the run requires them ({@code -Dbrowser.required=true}, or the environment
 * variable {@code CI=true} that CI sets): then the test fails.
 */
public final class Chromium implements AutoCloseable {
  /** The start of the skip reason, which {@link BrowserTestsReport} counts. */
  static final String NOT_FOUND = "Chromium not found";

  static final String HOW_TO_GET =
      "install chromium chromium-driver (Debian/Ubuntu) or set CHROME_BIN and CHROMEDRIVER";
  private static final Lookup LOOKUP = Lookup.in(System.getenv(), "/usr/bin");

  private final WebDriver driver;
  private final Path profileDir;

  private Chromium(WebDriver driver, Path profileDir) {
    this.driver = driver;
    this.profileDir = profileDir;
  }

  /** A fresh browser with an empty profile and a window of the given size. */
  public static Chromium start(int width, int height) throws IOException {
    if (!LOOKUP.found()) {
      if (required()) {
        Assertions.fail(
            NOT_FOUND
                + " (looked in "
                + LOOKUP.lookedIn
                + ") and this run requires the browser tests "
                + "("
                + (System.getProperty("browser.required") != null
                    ? "-Dbrowser.required=true"
                    : "CI=true")
                + "): "
                + HOW_TO_GET);
      }
      Assumptions.abort(NOT_FOUND + " (looked in " + LOOKUP.lookedIn + "): " + HOW_TO_GET);
    }
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, LOOKUP.driver.toString());
    Path profile = Files.createTempDirectory("chromium-test-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(LOOKUP.binary.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=" + width + "," + height,
        "--lang=vi",
        "--user-data-dir=" + profile);
    // The console (failed HTTP calls with their status) for BrowserFailure's dump.
    options.setCapability(
        "goog:loggingPrefs", Map.of(org.openqa.selenium.logging.LogType.BROWSER, "ALL"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(LOOKUP.driver.toFile())
            .usingAnyFreePort()
            .build();
    return new Chromium(new ChromeDriver(service, options), profile);
  }

  /** Where the lookup went, for the report line. */
  static String lookedIn() {
    return LOOKUP.lookedIn;
  }

  /** {@code -Dbrowser.required} when given, otherwise whether the environment says this is CI. */
  static boolean required() {
    String property = System.getProperty("browser.required");
    return property != null
        ? Boolean.parseBoolean(property)
        : "true".equalsIgnoreCase(System.getenv("CI"));
  }

  public WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
    org.springframework.util.FileSystemUtils.deleteRecursively(profileDir.toFile());
  }

  /**
   * The browser and the driver, each from its variable when set (and then only there), else PATH
   * and /usr/bin.
   */
  record Lookup(Path binary, Path driver, String lookedIn) {
    boolean found() {
      return binary != null && driver != null;
    }

    /** Looks in the environment's variables, then on its PATH, then in {@code alsoIn}. */
    static Lookup in(Map<String, String> env, String alsoIn) {
      List<String> missing = new ArrayList<>();
      Path binary =
          find(
              env,
              alsoIn,
              "CHROME_BIN",
              List.of("chromium", "chromium-browser", "google-chrome"),
              missing);
      Path driver = find(env, alsoIn, "CHROMEDRIVER", List.of("chromedriver"), missing);
      return new Lookup(binary, driver, String.join("; ", missing));
    }

    /** The first executable found; when none, adds where it looked to {@code missing}. */
    private static Path find(
        Map<String, String> env,
        String alsoIn,
        String variable,
        List<String> names,
        List<String> missing) {
      String set = env.get(variable);
      if (set != null && !set.isBlank()) {
        if (Files.isExecutable(Path.of(set))) {
          return Path.of(set);
        }
        missing.add(variable + "=" + set);
        return null;
      }
      Set<String> dirs =
          new LinkedHashSet<>(List.of(env.getOrDefault("PATH", "").split(File.pathSeparator)));
      dirs.add(alsoIn);
      dirs.removeIf(String::isBlank);
      for (String name : names) {
        for (String dir : dirs) {
          Path candidate = Path.of(dir, name);
          if (Files.isExecutable(candidate)) {
            return candidate;
          }
        }
      }
      missing.add(String.join(", ", names) + " on the PATH and in " + alsoIn);
      return null;
    }
  }
}
