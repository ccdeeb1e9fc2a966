package vn.gov.hanoi.comms.testsupport;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Tasklist's login page, as the browser tests fill it in. */
public final class TasklistLoginPage {
  private static final By USER = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");

  private TasklistLoginPage() {}

  /**
   * Opens Tasklist and signs in. The fields are typed until both hold what was typed: on a loaded
   * machine the page may still be settling while keys arrive, and a password once landed in the
   * user name field.
   */
  public static void signIn(
      WebDriver driver, WebDriverWait wait, int port, String user, String password) {
    signIn(driver, wait, port, "tasklist", user, password);
  }

  /** The same sign-in on another of the web apps ({@code cockpit}, {@code admin}). */
  public static void signIn(
      WebDriver driver, WebDriverWait wait, int port, String app, String user, String password) {
    driver.get("http://localhost:" + port + "/camunda/app/" + app + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(USER));
    wait.until(
        d -> {
          WebElement userField = d.findElement(USER);
          WebElement passwordField = d.findElement(PASSWORD);
          userField.clear();
          userField.sendKeys(user);
          passwordField.clear();
          passwordField.sendKeys(password);
          return user.equals(userField.getDomProperty("value"))
              && password.equals(passwordField.getDomProperty("value"));
        });
    driver.findElement(By.cssSelector("button[type='submit']")).click();
  }
}
