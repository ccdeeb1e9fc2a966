package vn.gov.hanoi.comms.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code app.security.api-login.trust-ttl}: how long a node trusts HTTP Basic credentials it has
 * just checked for the same user from the same address ({@code 0s}: every call is checked, at most
 * 5 minutes). An identity change or a wrong password on this node ends it at once; on another node
 * of a cluster after at most this long.
 */
@ConfigurationProperties("app.security.api-login")
public record ApiCredentialsCacheProperties(@DefaultValue("30s") Duration trustTtl) {
  public ApiCredentialsCacheProperties {
    if (trustTtl.isNegative() || trustTtl.compareTo(Duration.ofMinutes(5)) > 0) {
      throw new IllegalArgumentException(
          "app.security.api-login.trust-ttl must be between 0s and 5m: " + trustTtl);
    }
  }
}
