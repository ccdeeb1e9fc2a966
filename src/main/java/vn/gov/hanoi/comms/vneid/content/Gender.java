package vn.gov.hanoi.comms.vneid.content;

/** V-REQ-2: the gender of the target audience. */
public enum Gender {
  ALL("Tất cả"),
  MALE("Nam"),
  FEMALE("Nữ");

  private final String label;

  Gender(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
