package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;

/** An earlier higher-level notice found to carry the same information (I-DEDUP-4). */
public record DuplicateFinding(
    long noticeId,
    long earlierId,
    NoticeLevel earlierLevel,
    String earlierAreaCode,
    Instant earlierSentAt,
    double similarity,
    double containment) {}
