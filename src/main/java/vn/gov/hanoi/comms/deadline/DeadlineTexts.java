package vn.gov.hanoi.comms.deadline;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import vn.gov.hanoi.comms.common.ProductClock;

/** Deadlines in the words an official reads: "17:00 thứ Năm 03/12/2026" (Hanoi time). */
public final class DeadlineTexts {
  private static final DateTimeFormatter TIME_DATE =
      DateTimeFormatter.ofPattern("HH:mm '%s' dd/MM/yyyy").withZone(ProductClock.HANOI);
  private static final Locale VI = Locale.forLanguageTag("vi");

  private DeadlineTexts() {}

  public static String due(Instant at) {
    String weekday =
        at.atZone(ProductClock.HANOI).getDayOfWeek().getDisplayName(TextStyle.FULL, VI);
    return TIME_DATE.format(at).formatted(weekday.toLowerCase(VI));
  }
}
