package vn.gov.hanoi.comms.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code app.mail}: the sender address of every mail the product sends (MAIL_FROM). */
@Validated
@ConfigurationProperties("app.mail")
public record MailProperties(@NotBlank String from) {}
