package vn.gov.hanoi.comms.quota;

import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.quota.reminder} (V-QUOTA): the mid-month reminder's day of the month (default 15, kept
 * within 1..28 by QuotaSchedule as before), its Hanoi time (default 08:00), or an ISO cycle that
 * replaces both (blank: none).
 */
@Validated
@ConfigurationProperties("app.quota.reminder")
public record QuotaReminderProperties(
    @DefaultValue("") String cycle,
    @DefaultValue("15") int dayOfMonth,
    @NotNull @DefaultValue("08:00") LocalTime time) {}
