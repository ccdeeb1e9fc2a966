package vn.gov.hanoi.comms.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.gov.hanoi.comms.security.audit.IdentityChanged;

/**
 * HTTP Basic credentials of the product API checked moments ago, trusted again for a short time
 * (issue 14): every call of an API client (the residents' feed at a thousand calls a second) would
 * otherwise cost Camunda's password check, the login throttle's two transactions and a group query.
 * What is kept is a keyed hash of the password (the key is random per node and never stored), for
 * one user at one client address, with the groups found then. Only successful checks are kept; a
 * wrong password for the user, or any identity change (user, password, group, membership,
 * authorization) committed on this node, forgets at once (Spring Security's {@code UserCache} does
 * the same for stateless Basic clients).
 */
@Component
public class ApiCredentialsCache {
  private record Caller(String user, String address) {}

  private record Checked(byte[] digest, List<GrantedAuthority> authorities) {}

  private final boolean on;
  private final Cache<Caller, Checked> checked;
  private final SecretKeySpec key;

  public ApiCredentialsCache(ApiCredentialsCacheProperties properties) {
    this.on = !properties.trustTtl().isZero();
    this.checked =
        Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(properties.trustTtl()).build();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The groups of {@code user} if this password was checked from this address moments ago. */
  public Optional<List<GrantedAuthority>> authorities(
      String user, String password, String address) {
    if (!on) {
      return Optional.empty();
    }
    Checked c = checked.getIfPresent(new Caller(user, address));
    return c != null && MessageDigest.isEqual(c.digest(), digest(user, password))
        ? Optional.of(c.authorities())
        : Optional.empty();
  }

  /** After a successful check. */
  public void remember(
      String user, String password, String address, List<GrantedAuthority> authorities) {
    if (on) {
      checked.put(new Caller(user, address), new Checked(digest(user, password), authorities));
    }
  }

  /** After a wrong password: the user's kept checks end everywhere on this node. */
  public void forget(String user) {
    checked.asMap().keySet().removeIf(c -> c.user().equals(user));
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  public void identityChanged(IdentityChanged change) {
    checked.invalidateAll();
  }

  private byte[] digest(String user, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal((user + '\0' + password).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
