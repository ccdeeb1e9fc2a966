package vn.gov.hanoi.comms.publication;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.operations.alerts}: who hears of a publication outage: addresses (comma-separated,
 * blank for none) and the members of a group (default camunda-admin; a blank group is refused at
 * start-up, where it used to mean nobody).
 */
@Validated
@ConfigurationProperties("app.operations.alerts")
public record AlertProperties(
    @DefaultValue("") String to, @NotBlank @DefaultValue("camunda-admin") String group) {}
