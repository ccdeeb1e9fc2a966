package vn.gov.hanoi.comms.vneid.content;

/** V-REQ-5: what an article is about, as listed in the appendix of seed 000 (§3a). */
public enum Category {
  PROJECT_06("Đề án 06"),
  LAW_AND_REGULATION("Quy định pháp luật"),
  LOCAL_POLICY("Chính sách địa phương"),
  PILOT_MODEL("Mô hình điểm"),
  LOCAL_PROMOTION("Quảng bá hình ảnh địa phương"),
  /** Outside the listed topics: needs a justification (V-REQ-6). */
  OTHER("Khác");

  private final String label;

  Category(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to users. */
  public String label() {
    return label;
  }
}
