package vn.gov.hanoi.comms.reporting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code app.reports}: when the weekly and monthly reports run, the area they cover
 * (blank: the whole city) and who receives them. A key left out gets the default below.
 */
@Validated
@ConfigurationProperties("app.reports")
public record ReportProperties(
    @Valid @DefaultValue Weekly weekly,
    @Valid @DefaultValue Monthly monthly,
    @DefaultValue("") String area,
    @DefaultValue Recipients recipients) {

  /** Weekly on {@code day} at {@code time} in Hanoi, or the ISO {@code cycle} if set. */
  public record Weekly(
      @NotNull @DefaultValue("THURSDAY") DayOfWeek day,
      @NotNull @DefaultValue("08:00") LocalTime time,
      @DefaultValue("") String cycle) {}

  /**
   * Monthly on {@code dayOfMonth} (kept within 1..14 by ReportSchedule, as before) at {@code time}
   * in Hanoi, or the ISO {@code cycle} if set.
   */
  public record Monthly(
      @DefaultValue("10") int dayOfMonth,
      @NotNull @DefaultValue("08:00") LocalTime time,
      @DefaultValue("") String cycle) {}

  /** Comma-separated addresses: the City Police (VNeID) and the City Office (iHanoi). */
  public record Recipients(List<String> vneid, List<String> ihanoi) {
    public Recipients {
      vneid = vneid == null ? List.of() : vneid;
      ihanoi = ihanoi == null ? List.of() : ihanoi;
    }
  }
}
