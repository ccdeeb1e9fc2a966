package vn.gov.hanoi.comms.ihanoi;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.ihanoi.cadence} (I-CADENCE-1): the longest a body may go without a notice (default 3
 * days), the daily Hanoi time of the check (default 07:00), or an ISO cycle that replaces it
 * (blank: none).
 */
@Validated
@ConfigurationProperties("app.ihanoi.cadence")
public record CadenceProperties(
    @NotNull @DefaultValue("P3D") Duration maxGap,
    @NotNull @DefaultValue("07:00") LocalTime time,
    @DefaultValue("") String cycle) {}
