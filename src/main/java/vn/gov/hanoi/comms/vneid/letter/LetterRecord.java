package vn.gov.hanoi.comms.vneid.letter;

import java.time.Instant;

/**
 * A letter to the requesting unit: a numbered official letter (V-STEP-4). Stored in the table
 * {@code vneid_notice} (the table keeps its name: it holds issued data and other systems read it).
 */
public record LetterRecord(
    long id,
    long requestId,
    int roundNo,
    LetterKind kind,
    String number,
    String issuerName,
    String signerTitle,
    String addressee,
    String reasons,
    Instant issuedAt,
    Instant emailedAt) {}
