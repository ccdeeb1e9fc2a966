package vn.gov.hanoi.comms.security.login;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.security.login}: how fast wrong passwords slow each kind of key down
 * (application.yaml, docs/security.md). A key left out of the configuration gets the defaults
 * below.
 */
@ConfigurationProperties("app.security.login")
public record LoginThrottleProperties(
    ThrottlePolicy userAtAddress, ThrottlePolicy address, ThrottlePolicy user) {

  public LoginThrottleProperties {
    userAtAddress = userAtAddress != null ? userAtAddress : policy(3, Duration.ofSeconds(2));
    address = address != null ? address : policy(10, Duration.ofSeconds(2));
    user = user != null ? user : policy(20, Duration.ofSeconds(5));
  }

  private static ThrottlePolicy policy(int free, Duration first) {
    return new ThrottlePolicy(free, first, Duration.ofMinutes(15), Duration.ofDays(1));
  }
}
