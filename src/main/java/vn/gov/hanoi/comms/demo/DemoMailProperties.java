package vn.gov.hanoi.comms.demo;

import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code app.demo.smtp-port}: the port of the demo's in-process SMTP server ({@link
 * DemoMailServer}); no default, so that a demo mail server without one does not start.
 */
@ConfigurationProperties("app.demo")
public record DemoMailProperties(Integer smtpPort) {
  public int requiredSmtpPort() {
    return Objects.requireNonNull(smtpPort, "app.demo.smtp-port is not set");
  }
}
