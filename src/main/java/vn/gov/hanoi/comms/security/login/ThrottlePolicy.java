package vn.gov.hanoi.comms.security.login;

import java.time.Duration;

/**
 * How wrong passwords slow an attacker down (T-4), as plain arithmetic: after {@code freeFailures}
 * wrong passwords in a row, each further one locks the key for {@code firstDelay} doubled per
 * failure, up to {@code maxDelay}. A key that stays quiet for {@code forgetAfter} starts again from
 * zero. Never permanent.
 *
 * @param freeFailures wrong passwords allowed before any delay (typing mistakes)
 */
public record ThrottlePolicy(
    int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {

  /** The lock after the {@code failures}-th wrong password in a row (zero while still free). */
  public Duration delayAfter(int failures) {
    if (failures <= freeFailures) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - freeFailures - 1, 30);
    Duration d = firstDelay.multipliedBy(1L << doublings);
    return d.compareTo(maxDelay) > 0 ? maxDelay : d;
  }
}
