package vn.gov.hanoi.comms.security;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's authentication into a {@link CurrentUser}; groups travel as authorities.
 */
@Component
public class CurrentUserResolver {
  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  public CurrentUser current() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated()) {
      throw new IllegalStateException("no authenticated user");
    }
    Set<String> groups = new HashSet<>();
    for (GrantedAuthority a : auth.getAuthorities()) {
      if (a.getAuthority().startsWith(GROUP_AUTHORITY_PREFIX)) {
        groups.add(a.getAuthority().substring(GROUP_AUTHORITY_PREFIX.length()));
      }
    }
    return new CurrentUser(auth.getName(), groups);
  }
}
