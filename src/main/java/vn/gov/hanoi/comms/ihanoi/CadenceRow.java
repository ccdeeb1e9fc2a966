package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;

/**
 * One issuing body in the cadence report (I-CADENCE-1); {@code daysSince} is null when it never
 * sent.
 */
public record CadenceRow(
    String code,
    String name,
    NoticeLevel level,
    Long lastNoticeId,
    Instant lastSentAt,
    Long daysSince,
    boolean behind) {}
