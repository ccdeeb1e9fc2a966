package vn.gov.hanoi.comms.ihanoi;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * One body in the cadence report (I-CADENCE-1, I-CADENCE-2): an issuing body (the City Office, a
 * district or commune committee) or a city department, whose notices count for the City Office
 * ({@code countsFor}). {@code daysSince} is null and {@code neverSent} true when it never sent;
 * {@code summary} says it in Vietnamese, as the reminder and the cadence list show it.
 */
public record CadenceRow(
    String code,
    String name,
    NoticeLevel level,
    Long lastNoticeId,
    Instant lastSentAt,
    Long daysSince,
    boolean behind,
    boolean neverSent,
    String lastNoticeTitle,
    String lastSentByName,
    String countsFor,
    String summary) {

  public static final String NEVER_SENT = "chưa gửi thông báo nào";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * A body's row at {@code now}: behind when nothing was sent within {@code maxGap}; a department
   * ({@code countsFor} set) is never behind itself, the City Office is.
   */
  public static CadenceRow of(
      String code,
      String name,
      NoticeLevel level,
      NoticeRecord last,
      String lastSentByName,
      String countsFor,
      Instant now,
      Duration maxGap) {
    Instant at = last == null ? null : last.sentAt();
    Long days = at == null ? null : Duration.between(at, now).toDays();
    boolean behind = countsFor == null && (at == null || !at.plus(maxGap).isAfter(now));
    String summary;
    if (at == null) {
      summary = NEVER_SENT;
    } else {
      summary =
          "tin gần nhất ngày "
              + DAY.format(at.atZone(ProductClock.HANOI))
              + (lastSentByName != null && !lastSentByName.equals(name)
                  ? " của " + lastSentByName
                  : "")
              + " («"
              + last.title()
              + "»), cách đây "
              + days
              + " ngày";
    }
    if (behind) {
      summary += "; quy định tối thiểu " + maxGap.toDays() + " ngày 1 tin";
    }
    if (countsFor != null) {
      summary += "; tính vào chu kỳ của Văn phòng UBND Thành phố";
    }
    return new CadenceRow(
        code,
        name,
        level,
        last == null ? null : last.id(),
        at,
        days,
        behind,
        at == null,
        last == null ? null : last.title(),
        lastSentByName,
        countsFor,
        summary);
  }

  /** What Tasklist lists for the body's reminder: the body and how far behind, in Vietnamese. */
  public String reminderName() {
    return "Gửi tin iHanoi · "
        + name
        + " · "
        + (neverSent ? NEVER_SENT : daysSince + " ngày chưa có tin mới");
  }
}
