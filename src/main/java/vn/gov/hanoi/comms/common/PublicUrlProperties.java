package vn.gov.hanoi.comms.common;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code app.public-url}: where users reach the product, for the links in mails (PUBLIC_URL). */
@Validated
@ConfigurationProperties("app")
public record PublicUrlProperties(@NotBlank String publicUrl) {}
