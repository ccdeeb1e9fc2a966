package vn.gov.hanoi.comms.security.login;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;
import vn.gov.hanoi.comms.security.boundary.CallOrigin;
import vn.gov.hanoi.comms.security.boundary.LoginGate;
import vn.gov.hanoi.comms.security.login.LoginThrottleRepository.Entry;

/**
 * Slows password guessing down without ever locking the real user out (T-4). Every password check
 * of every door (Tasklist's login, /engine-rest and /api Basic authentication) passes here, through
 * the engine guard. Three counters grow with wrong passwords in a row and lock for a doubling time,
 * never for good:
 *
 * <ul>
 *   <li>a user at one address: the attacker's own guesses at one account;
 *   <li>an address, whatever the user: one machine trying many accounts;
 *   <li>a user, whatever the address: many machines at one account.
 * </ul>
 *
 * The last two spare a user at an address they have logged in from before, so an office behind one
 * address, and an official whose account is attacked from elsewhere, keep working from their usual
 * machines. Every wrong password and every refused login is in the audit trail; when an address or
 * a user starts being slowed down, the administrators are alerted (log, metric, mail), and they can
 * see and lift every delay ({@code /api/security/login-throttles}).
 */
@Component
public class LoginThrottle implements LoginGate {
  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  static final String USER_AT_ADDRESS = "USER_AT_ADDRESS";
  static final String ADDRESS = "ADDRESS";
  static final String USER = "USER";

  /** How long a successful login keeps an address known for its user. */
  private static final Duration KNOWN_FOR = Duration.ofDays(90);

  private final LoginThrottleRepository repository;
  private final ProductClock clock;
  private final AuditTrail audit;
  private final AdminAlerts alerts;
  private final MeterRegistry meters;
  private final TransactionTemplate ownTransaction;
  private final ThrottlePolicy userAtAddress;
  private final ThrottlePolicy address;
  private final ThrottlePolicy user;

  public LoginThrottle(
      LoginThrottleRepository repository,
      ProductClock clock,
      AuditTrail audit,
      AdminAlerts alerts,
      MeterRegistry meters,
      PlatformTransactionManager transactions,
      LoginThrottleProperties properties) {
    this.repository = repository;
    this.clock = clock;
    this.audit = audit;
    this.alerts = alerts;
    this.meters = meters;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.userAtAddress = properties.userAtAddress();
    this.address = properties.address();
    this.user = properties.user();
  }

  @Override
  public boolean check(String attemptedUserId, Supplier<Boolean> passwordCheck) {
    // A login name no user can have still counts against its address, under one placeholder.
    String userId =
        attemptedUserId == null || attemptedUserId.length() > 64
            ? "(không hợp lệ)"
            : attemptedUserId;
    String from =
        CallOrigin.current().clientAddress() == null
            ? "local"
            : CallOrigin.current().clientAddress();
    String door = CallOrigin.current().describe();
    Instant now = clock.now();
    Instant lockedUntil = ownTransaction.execute(tx -> lockedUntil(userId, from, now));
    if (lockedUntil != null) {
      meters.counter("hanoi_login_refused_total", "reason", "throttled").increment();
      ownTransaction.executeWithoutResult(
          tx ->
              audit.record(
                  AuditType.LOGIN_THROTTLED,
                  "refused",
                  from,
                  door + ": đang bị làm chậm đến " + lockedUntil,
                  userId));
      return false;
    }
    boolean ok = Boolean.TRUE.equals(passwordCheck.get());
    ownTransaction.executeWithoutResult(
        tx -> {
          if (ok) {
            repository.delete(key(USER_AT_ADDRESS, userId, from));
            repository.rememberSuccess(userId, from, now);
          } else {
            failed(userId, from, door, now);
          }
        });
    return ok;
  }

  /** The latest lock that applies to this user at this address, or null when none does. */
  private Instant lockedUntil(String userId, String from, Instant now) {
    List<Entry> applying = new ArrayList<>();
    repository.find(key(USER_AT_ADDRESS, userId, from)).ifPresent(applying::add);
    // An office behind one address, or an official whose account is under attack from elsewhere,
    // keeps working:
    // the address-wide and user-wide delays spare a user at an address they have logged in from
    // before.
    if (!repository.known(userId, from, now.minus(KNOWN_FOR))) {
      repository.find(key(ADDRESS, null, from)).ifPresent(applying::add);
      repository.find(key(USER, userId, null)).ifPresent(applying::add);
    }
    return applying.stream()
        .map(Entry::lockedUntil)
        .filter(u -> u != null && u.isAfter(now))
        .max(Instant::compareTo)
        .orElse(null);
  }

  private void failed(String userId, String from, String door, Instant now) {
    meters.counter("hanoi_login_refused_total", "reason", "wrong_password").increment();
    audit.record(AuditType.LOGIN_FAILED, "wrong password", from, door, userId);
    count(USER_AT_ADDRESS, userId, from, userAtAddress, now);
    count(ADDRESS, null, from, address, now);
    count(USER, userId, null, user, now);
  }

  private void count(String kind, String userId, String from, ThrottlePolicy policy, Instant now) {
    String key = key(kind, userId, from);
    Entry previous = repository.find(key).orElse(null);
    boolean fresh =
        previous == null || previous.lastFailureAt().isBefore(now.minus(policy.forgetAfter()));
    int failures = fresh ? 1 : previous.failures() + 1;
    Duration delay = policy.delayAfter(failures);
    repository.save(
        new Entry(key, kind, userId, from, failures, delay.isZero() ? null : now.plus(delay), now));
    if (failures == policy.freeFailures() + 1) {
      String who =
          switch (kind) {
            case ADDRESS -> "địa chỉ " + from;
            case USER -> "tài khoản " + userId + " (mọi địa chỉ chưa từng đăng nhập)";
            default -> "tài khoản " + userId + " từ " + from;
          };
      meters.counter("hanoi_login_throttled_total", "kind", kind).increment();
      audit.record(
          AuditType.LOGIN_THROTTLED,
          "started " + kind,
          from,
          who + ": " + failures + " lần sai mật khẩu liên tiếp",
          userId);
      log.warn("Login throttling started for {} after {} wrong passwords", who, failures);
      if (!USER_AT_ADDRESS.equals(kind)) {
        alerts.loginThrottled(who, failures);
      }
    }
  }

  /**
   * What an administrator sees: every key with wrong passwords in the last day or a lock still
   * running.
   */
  public List<Entry> current() {
    return repository.active(clock.now().minus(Duration.ofDays(1)));
  }

  /** Lifts the delays of a user or an address (an administrator's decision, audited). */
  public int lift(String userId, String from, String by) {
    return ownTransaction.execute(
        tx -> {
          int n = repository.lift(userId, from);
          audit.record(
              AuditType.LOGIN_THROTTLED, "lifted", from, "user=" + userId + ", " + n + " mục", by);
          return n;
        });
  }

  static String key(String kind, String userId, String from) {
    return switch (kind) {
      case ADDRESS -> "addr:" + from;
      case USER -> "user:" + userId;
      default -> "user:" + userId + "|addr:" + from;
    };
  }
}
