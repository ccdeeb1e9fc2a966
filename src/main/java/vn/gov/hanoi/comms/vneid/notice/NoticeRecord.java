package vn.gov.hanoi.comms.vneid.notice;

import java.time.Instant;

/** A written notice sent to the requesting unit: a numbered official letter (V-STEP-4). */
public record NoticeRecord(
    long id,
    long requestId,
    int roundNo,
    NoticeKind kind,
    String number,
    String issuerName,
    String signerTitle,
    String addressee,
    String reasons,
    Instant issuedAt,
    Instant emailedAt) {}
