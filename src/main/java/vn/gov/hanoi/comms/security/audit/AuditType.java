package vn.gov.hanoi.comms.security.audit;

/** What an audit line is about. */
public enum AuditType {
  /** A VNeID appraisal, endorsement or approval (vneid_decision). */
  VNEID_DECISION,
  /** An iHanoi edit, duplicate resolution or approval (ihanoi_decision). */
  IHANOI_DECISION,
  USER,
  GROUP,
  MEMBERSHIP,
  AUTHORIZATION,
  /**
   * Something the product or the engine guard refused: who, what, through which door (T-1..T-4).
   */
  REFUSED,
  /**
   * An administrator's repair through the engine (modification, retry, migration, variables...).
   */
  ADMIN_REPAIR,
  /** A wrong password, and the login delays it causes (T-4). */
  LOGIN_FAILED,
  /**
   * A login refused because its user or address is being slowed down, and delays lifted by an
   * administrator.
   */
  LOGIN_THROTTLED
}
