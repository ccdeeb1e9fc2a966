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
  AUTHORIZATION
}
