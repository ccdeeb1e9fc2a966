package vn.gov.hanoi.comms.deadline;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.deadlines.holidays} (DEADLINE_HOLIDAYS): the working-day calendar the step deadlines
 * are counted on ({@link HolidayCalendar}), a classpath: or file: location.
 */
@Validated
@ConfigurationProperties("app.deadlines")
public record DeadlineProperties(@NotBlank String holidays) {}
