package vn.gov.hanoi.comms.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records, for the length of each HTTP request, which door it came through and from which address.
 * The address is the connection's peer, or the proxy's X-Forwarded-For when the server is told to
 * trust it ({@code server.forward-headers-strategy}), so a client cannot choose its own address.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CallOriginFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    CallOrigin.set(new CallOrigin(Door.ofPath(path), request.getRemoteAddr()));
    try {
      chain.doFilter(request, response);
    } finally {
      CallOrigin.clear();
    }
  }
}
