package vn.gov.hanoi.comms.vneid;

/** Where a request stands, as the API reports it. */
public enum VneidStatus {
  IN_APPRAISAL,
  RETURNED,
  IN_APPROVAL,
  REJECTED,
  SCHEDULED,
  PUBLISHED,
  EXPIRED,
  LAPSED,
  WITHDRAWN;

  public boolean isFinal() {
    return this == EXPIRED || this == LAPSED || this == WITHDRAWN;
  }
}
