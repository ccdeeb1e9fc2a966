package vn.gov.hanoi.comms.ihanoi;

/** Topics of iHanoi notices (I-LEVEL-4). */
public enum NoticeTopic {
  SOCIAL_WELFARE("An sinh xã hội"),
  TRAFFIC("Giao thông"),
  HEALTH("Y tế"),
  EDUCATION("Giáo dục"),
  PUBLIC_ORDER("An ninh trật tự"),
  CULTURE("Văn hóa"),
  OTHER("Khác");

  private final String label;

  NoticeTopic(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
