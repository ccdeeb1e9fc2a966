package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;

/** A draft that passed {@link NoticeValidator}: body sanitised, plain text extracted. */
public record ValidatedNotice(
    IssuingBody body,
    String title,
    String bodyHtml,
    String bodyText,
    NoticeTopic topic,
    NoticeUrgency urgency,
    Instant validUntil) {}
