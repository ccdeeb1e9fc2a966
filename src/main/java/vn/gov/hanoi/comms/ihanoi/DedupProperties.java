package vn.gov.hanoi.comms.ihanoi;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.ihanoi.dedup}: how far back higher-level notices count as already sent (I-DEDUP), how
 * many index events the duplicate index reads a page when it catches up, and how long a duplicate
 * check waits for the index's start-up load (which runs after readiness) before it is refused as
 * "try again" (HTTP 503).
 */
@Validated
@ConfigurationProperties("app.ihanoi.dedup")
public record DedupProperties(
    @DefaultValue("P30D") Duration lookBack,
    @Min(1) @DefaultValue("5000") int catchUpPage,
    @DefaultValue("PT2M") Duration loadWait) {}
