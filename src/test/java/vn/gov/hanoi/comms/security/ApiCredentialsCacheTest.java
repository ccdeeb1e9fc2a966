package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.gov.hanoi.comms.security.audit.IdentityChanged;

/**
 * T-4, issue 14: a Basic check that succeeded moments ago is trusted again only for the same user,
 * password and address, and never after a wrong password or an identity change.
 */
@DisplayName(
    "T-4 (issue 14): a product-API login is trusted again only for the same user, password and address, never after a wrong password or an identity change")
class ApiCredentialsCacheTest {
  private static final List<GrantedAuthority> WARD =
      List.of(new SimpleGrantedAuthority("GROUP_unit-UBND-P-TRUCBACH"));

  private final ApiCredentialsCache cache =
      new ApiCredentialsCache(new ApiCredentialsCacheProperties(Duration.ofSeconds(30)));

  @Test
  void theSameCallerIsTrustedAgainWithTheGroupsFoundThen() {
    cache.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.7", WARD);
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.7")).contains(WARD);
  }

  @Test
  void anotherPasswordUserOrAddressIsCheckedAgain() {
    cache.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.7", WARD);
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2027", "10.0.0.7")).isEmpty();
    assertThat(cache.authorities("donvi.hangbac", "Loaphuong@2026", "10.0.0.7")).isEmpty();
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.8")).isEmpty();
    // A user name that ends where the password begins is another caller, not the same bytes.
    cache.remember("a", "b\0c", "10.0.0.7", WARD);
    assertThat(cache.authorities("a\0b", "c", "10.0.0.7")).isEmpty();
  }

  @Test
  void aWrongPasswordForgetsTheUserAtEveryAddress() {
    cache.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.7", WARD);
    cache.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.8", WARD);
    cache.remember("donvi.hangbac", "Loaphuong@2026", "10.0.0.7", WARD);
    cache.forget("donvi.trucbach");
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.7")).isEmpty();
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.8")).isEmpty();
    assertThat(cache.authorities("donvi.hangbac", "Loaphuong@2026", "10.0.0.7")).contains(WARD);
  }

  @Test
  void anIdentityChangeForgetsEveryone() {
    cache.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.7", WARD);
    cache.identityChanged(new IdentityChanged("GroupMembership", "unit-UBND-P-TRUCBACH:x"));
    assertThat(cache.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.7")).isEmpty();
  }

  @Test
  void aZeroTimeToLiveKeepsNothing() {
    ApiCredentialsCache off =
        new ApiCredentialsCache(new ApiCredentialsCacheProperties(Duration.ZERO));
    off.remember("donvi.trucbach", "Loaphuong@2026", "10.0.0.7", WARD);
    assertThat(off.authorities("donvi.trucbach", "Loaphuong@2026", "10.0.0.7")).isEmpty();
  }

  @Test
  void aTimeToLiveOverFiveMinutesIsRefusedAtStart() {
    assertThatThrownBy(() -> new ApiCredentialsCacheProperties(Duration.ofMinutes(6)))
        .hasMessageContaining("app.security.api-login.trust-ttl");
  }
}
