package vn.gov.hanoi.comms.security;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.security.boundary.CallOrigin;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so that users and groups are
 * managed in one place (Camunda Admin) for Tasklist, /engine-rest and the product API alike. A
 * check that succeeded moments ago for the same user, password and address is trusted again ({@link
 * ApiCredentialsCache}).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {
  private final IdentityService identityService;
  private final ApiCredentialsCache recent;

  public CamundaIdentityAuthenticationProvider(
      IdentityService identityService, ApiCredentialsCache recent) {
    this.identityService = identityService;
    this.recent = recent;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || credentials == null) {
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
    }
    String password = credentials.toString();
    String address = CallOrigin.current().clientAddress();
    Optional<List<GrantedAuthority>> known = recent.authorities(user, password, address);
    if (known.isPresent()) {
      return UsernamePasswordAuthenticationToken.authenticated(user, null, known.get());
    }
    if (!identityService.checkPassword(user, password)) {
      recent.forget(user);
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
    }
    List<GrantedAuthority> authorities = authorities(user, identityService);
    recent.remember(user, password, address, authorities);
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  static UsernamePasswordAuthenticationToken authenticated(
      String user, IdentityService identityService) {
    return UsernamePasswordAuthenticationToken.authenticated(
        user, null, authorities(user, identityService));
  }

  private static List<GrantedAuthority> authorities(String user, IdentityService identityService) {
    return identityService.createGroupQuery().groupMember(user).list().stream()
        .map(
            g ->
                (GrantedAuthority)
                    new SimpleGrantedAuthority(
                        CurrentUserResolver.GROUP_AUTHORITY_PREFIX + g.getId()))
        .toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
