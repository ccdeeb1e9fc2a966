package vn.gov.hanoi.comms.operations;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.metrics}: how long the flow gauges keep one reading (default 15 s; 0 reads on every
 * scrape), and how often Camunda writes its job executor metrics (default 1 min).
 */
@Validated
@ConfigurationProperties("app.metrics")
public record MetricsProperties(
    @NotNull @DefaultValue("PT15S") Duration refresh,
    @NotNull @DefaultValue("PT1M") Duration engineReportInterval) {}
