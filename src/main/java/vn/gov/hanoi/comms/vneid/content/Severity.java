package vn.gov.hanoi.comms.vneid.content;

/** How much a pre-check result matters to the reviewer (V-CHECK). */
public enum Severity {
  OK("Đạt"),
  /** The reviewer should look; appraisal may pass. */
  WARNING("Cảnh báo"),
  /** Appraisal cannot pass without the reviewer's explicit override. */
  BLOCKING("Chặn");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
