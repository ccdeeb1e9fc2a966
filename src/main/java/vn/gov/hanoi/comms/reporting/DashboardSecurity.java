package vn.gov.hanoi.comms.reporting;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.gov.hanoi.comms.security.CamundaIdentityAuthenticationProvider;
import vn.gov.hanoi.comms.security.WebappSessionAuthenticationFilter;

/** The dashboard needs a login: the Tasklist session (read-only pages) or HTTP Basic, like /api reads. */
@Configuration
public class DashboardSecurity {

  @Bean
  @Order(0)
  SecurityFilterChain dashboardChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
      IdentityService identityService) throws Exception {
    http.securityMatcher("/dashboard", "/dashboard/**")
        .authenticationProvider(provider)
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.realmName("hanoi-comms"))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .csrf(c -> c.disable())
        .addFilterBefore(new WebappSessionAuthenticationFilter(identityService), BasicAuthenticationFilter.class);
    return http.build();
  }
}
