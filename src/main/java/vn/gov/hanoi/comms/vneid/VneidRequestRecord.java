package vn.gov.hanoi.comms.vneid;

import java.time.Instant;

/**
 * A request as stored: who asked, where it stands and who handles it. The content is in its rounds.
 */
public record VneidRequestRecord(
    long id,
    String unitCode,
    VneidStatus status,
    String scope,
    String areaSetId,
    String appraiserGroup,
    String approverGroup,
    int currentRound,
    String processInstanceId,
    String submittedBy,
    Instant createdAt,
    Instant updatedAt) {}
