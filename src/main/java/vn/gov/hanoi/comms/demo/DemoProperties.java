package vn.gov.hanoi.comms.demo;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.demo.password}: the demo users' password. Bound in every profile (null outside the
 * demo); the demo's beans ask for it with {@link #requiredPassword()}, so that a demo without one
 * does not start.
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(String password) {
  public String requiredPassword() {
    return Objects.requireNonNull(password, "app.demo.password is not set");
  }
}
