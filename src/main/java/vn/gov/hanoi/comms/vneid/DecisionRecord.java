package vn.gov.hanoi.comms.vneid;

import java.time.Instant;

/**
 * A decision taken on a request: who, when, what and why (P-3).
 *
 * @param preCheckOverrideReason why blocked personal data was let through (PersonalDataOverride);
 *     null otherwise
 */
public record DecisionRecord(
    long requestId,
    int roundNo,
    String step,
    String outcome,
    String reasons,
    boolean classifiedOverride,
    String decidedBy,
    Instant decidedAt,
    String preCheckOverrideReason) {}
