package vn.gov.hanoi.comms.publication;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.publication.webhook}: the publication gateway's address (none: no webhook channel,
 * WebhookPublicationChannel is conditional on it), and how long a connection and an answer may take
 * (default 10 s).
 */
@Validated
@ConfigurationProperties("app.publication.webhook")
public record WebhookProperties(String url, @NotNull @DefaultValue("PT10S") Duration timeout) {}
