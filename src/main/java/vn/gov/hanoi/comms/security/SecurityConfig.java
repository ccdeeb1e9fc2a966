package vn.gov.hanoi.comms.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;

/**
 * Who may call what.
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic against Camunda's identity service (or, for reads, the Tasklist
 *       session).
 *   <li>{@code /engine-rest/**}: Camunda's own HTTP Basic filter, which also sets the engine's
 *       authenticated user so that Camunda authorization applies to every REST call.
 *   <li>The webapps (Tasklist, Cockpit, Admin) keep their own login and CSRF protection.
 * </ul>
 */
@Configuration
public class SecurityConfig {

  /**
   * Health probes and Prometheus scrapes: readable without credentials, nothing else under
   * /actuator.
   */
  @Bean
  @Order(0)
  SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        HttpMethod.GET,
                        "/actuator/health",
                        "/actuator/health/**",
                        "/actuator/info",
                        "/actuator/prometheus")
                    .permitAll()
                    .anyRequest()
                    .denyAll())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(c -> c.disable());
    return http.build();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, IdentityService identityService)
      throws Exception {
    http.securityMatcher("/api/**")
        // The provider is the application's one AuthenticationProvider bean, which Spring Security
        // uses as
        // the global manager: registering it here again would check every wrong password twice.
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(HttpMethod.POST, "/api/areas/**")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/areas/sets/*/activation")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/organisations", "/api/organisations/**")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/demo/**")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/audit/**", "/api/audit")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/quotas", "/api/quotas/**")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .requestMatchers("/api/security/**")
                    .hasAuthority("GROUP_" + Groups.ADMIN)
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.realmName("hanoi-comms"))
        .exceptionHandling(e -> e.authenticationEntryPoint(new BasicOrStatusEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
        .headers(SecurityConfig::securityHeaders)
        // Basic credentials are not sent by a browser on its own, and session reads are GET only.
        .csrf(c -> c.disable())
        .addFilterBefore(
            new WebappSessionAuthenticationFilter(identityService),
            BasicAuthenticationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    // Webapps and /engine-rest authenticate themselves (see engineRestAuthentication below);
    // this chain adds Spring Security's headers to every page.
    http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> securityHeaders(h.frameOptions(f -> f.sameOrigin())));
    return http.build();
  }

  /**
   * For pages this application serves itself (/api, /engine-rest, Swagger UI, error pages). The
   * webapps under /camunda/ get their own Content-Security-Policy (with a script nonce) from
   * Camunda's header-security filter, which ours must not replace. Spring Security's defaults add
   * X-Content-Type-Options, X-Frame-Options, and Strict-Transport-Security on HTTPS requests only.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; "
          + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  /**
   * The product's headers (CSP, referrer policy) for a filter chain of its own pages (/api,
   * /dashboard...).
   */
  public static void securityHeaders(
      org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity>
          h) {
    h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new AntPathRequestMatcher("/camunda/**")),
                new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)));
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> reg =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    reg.setName("engine-rest-authentication");
    reg.addInitParameter(
        "authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    reg.addUrlPatterns("/engine-rest/*");
    reg.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return reg;
  }

  /**
   * Answers 401 with a Basic challenge, as REST clients and Camunda Modeler expect (no HTML login
   * page).
   */
  static class BasicOrStatusEntryPoint
      implements org.springframework.security.web.AuthenticationEntryPoint {
    @Override
    public void commence(
        jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        org.springframework.security.core.AuthenticationException authException) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"hanoi-comms\"");
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
    }
  }
}
