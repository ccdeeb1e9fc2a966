package vn.gov.hanoi.comms.security.audit;

import java.time.Instant;

/** One line of the audit trail: who did what to which entity, and when. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String actor,
    AuditType type,
    String operation,
    String entityId,
    String details) {}
