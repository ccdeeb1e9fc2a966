package vn.gov.hanoi.comms.security;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.security.auth-group-filter-threshold}: users with at most this many groups skip
 * Camunda's per-command read of every authorized group ({@link FewGroupsAuthorizationManager}); 0
 * keeps the engine's behaviour for everyone.
 */
@Validated
@ConfigurationProperties("app.security")
public record AuthorizationProperties(@Min(0) @DefaultValue("50") int authGroupFilterThreshold) {}
