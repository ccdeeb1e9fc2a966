package vn.gov.hanoi.comms.ihanoi;

public enum NoticeStatus {
  DRAFT,
  IN_EDITING,
  IN_APPROVAL,
  STOPPED_DUPLICATE,
  APPROVED,
  SENT,
  WITHDRAWN;

  public boolean isFinal() {
    return this == SENT || this == WITHDRAWN;
  }
}
