package vn.gov.hanoi.comms.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged into Tasklist read the product API (the article's image and preview shown in a
 * Camunda Form) without a second login. Read-only requests only: a state change through /api always
 * needs explicit credentials, so a forged cross-site request cannot ride on the Tasklist session.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {
  private final IdentityService identityService;

  public WebappSessionAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null
        && "GET".equals(request.getMethod())
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
      if (auths != null) {
        for (UserAuthentication ua : auths.getAuthentications()) {
          if ("default".equals(ua.getProcessEngineName())) {
            SecurityContextHolder.getContext()
                .setAuthentication(
                    CamundaIdentityAuthenticationProvider.authenticated(
                        ua.getIdentityId(), identityService));
          }
        }
      }
    }
    chain.doFilter(request, response);
  }
}
