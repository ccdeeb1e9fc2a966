package vn.gov.hanoi.comms.security.audit;

/**
 * A user, password, group, membership or authorization changed (published with the change's audit
 * line, inside its transaction): whatever holds identities checked earlier must check again.
 */
public record IdentityChanged(String entityType, String entityId) {}
