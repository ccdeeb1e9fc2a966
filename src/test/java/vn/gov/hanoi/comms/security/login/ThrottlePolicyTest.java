package vn.gov.hanoi.comms.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {
  private final ThrottlePolicy policy =
      new ThrottlePolicy(3, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofDays(1));

  @Test
  @DisplayName(
      "T-4: typing mistakes cost nothing, then the delay doubles, and it never passes its ceiling")
  void growsAndStops() {
    assertThat(policy.delayAfter(3)).isZero();
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delayAfter(12)).isEqualTo(Duration.ofSeconds(512));
    assertThat(policy.delayAfter(13)).isEqualTo(Duration.ofMinutes(15));
    assertThat(policy.delayAfter(Integer.MAX_VALUE))
        .as("no overflow into a permanent lock")
        .isEqualTo(Duration.ofMinutes(15));
  }
}
