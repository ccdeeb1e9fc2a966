package vn.gov.hanoi.comms.ihanoi;

public enum NoticeUrgency {
  NORMAL("Thông thường"),
  URGENT("Khẩn");

  private final String label;

  NoticeUrgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
