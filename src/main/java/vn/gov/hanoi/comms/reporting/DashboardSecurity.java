package vn.gov.hanoi.comms.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.gov.hanoi.comms.security.SecurityConfig;
import vn.gov.hanoi.comms.security.WebappSessionAuthenticationFilter;

/**
 * The dashboard needs a login: the Tasklist session (read-only pages) or HTTP Basic, like /api
 * reads.
 */
@Configuration
public class DashboardSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain dashboardChain(HttpSecurity http, IdentityService identityService)
      throws Exception {
    http.securityMatcher("/dashboard", "/dashboard/**")
        // The provider is the application's one AuthenticationProvider bean, which Spring Security
        // uses as
        // the global manager: registering it here again would check every wrong password twice.
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName("hanoi-comms"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.disable())
        .headers(SecurityConfig::securityHeaders)
        .addFilterBefore(
            new WebappSessionAuthenticationFilter(identityService),
            BasicAuthenticationFilter.class);
    return http.build();
  }
}
