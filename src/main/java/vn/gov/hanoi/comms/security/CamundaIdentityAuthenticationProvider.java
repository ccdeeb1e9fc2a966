package vn.gov.hanoi.comms.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks HTTP Basic credentials against Camunda's identity service, so that users and groups are
 * managed in one place (Camunda Admin) for Tasklist, /engine-rest and the product API alike.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {
  private final IdentityService identityService;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null
        || credentials == null
        || !identityService.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu");
    }
    return authenticated(user, identityService);
  }

  static UsernamePasswordAuthenticationToken authenticated(
      String user, IdentityService identityService) {
    List<GrantedAuthority> authorities =
        identityService.createGroupQuery().groupMember(user).list().stream()
            .map(
                g ->
                    (GrantedAuthority)
                        new SimpleGrantedAuthority(
                            CurrentUserResolver.GROUP_AUTHORITY_PREFIX + g.getId()))
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
