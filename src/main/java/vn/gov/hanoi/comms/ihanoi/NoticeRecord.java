package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;

/** One stored notice. {@code bodyText} is the plain text the duplicate detector reads. */
public record NoticeRecord(
    long id,
    String organisationCode,
    NoticeLevel level,
    String areaCode,
    String title,
    String bodyHtml,
    String bodyText,
    NoticeTopic topic,
    NoticeUrgency urgency,
    Instant validUntil,
    NoticeStatus status,
    Instant approvedAt,
    Instant sentAt,
    String processInstanceId,
    String createdBy,
    Instant createdAt,
    String overrideReason,
    String overrideBy) {

  /** When it entered the duplicate index's time frame: sent, or else approved (I-DEDUP-5). */
  public Instant indexedAt() {
    return sentAt != null ? sentAt : approvedAt;
  }
}
