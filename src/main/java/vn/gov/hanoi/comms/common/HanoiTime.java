package vn.gov.hanoi.comms.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * Date-times as officials enter them in Camunda Forms: Hanoi time without an offset (the date-time
 * picker's "no time zone" format, {@code 2026-12-01T08:00}), with an offset, or a Date variable.
 */
public final class HanoiTime {
  /** What a form's date-time picker shows: Hanoi time, no offset. */
  public static final DateTimeFormatter PICKER =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(ProductClock.HANOI);

  private HanoiTime() {}

  /** The instant, or null when blank; a text that is no date-time is reported on {@code field}. */
  public static Instant parse(Object value, String field, List<FieldError> errors) {
    if (value instanceof Date d) {
      return d.toInstant();
    }
    String s = value == null ? null : value.toString().strip();
    if (s == null || s.isEmpty()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(s).atZone(ProductClock.HANOI).toInstant();
      } catch (DateTimeParseException e) {
        errors.add(
            new FieldError(
                field, "Ngày giờ không hợp lệ: " + s + " (dạng 2026-12-01T08:00, giờ Hà Nội)"));
        return null;
      }
    }
  }
}
