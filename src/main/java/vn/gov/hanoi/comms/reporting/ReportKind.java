package vn.gov.hanoi.comms.reporting;

/**
 * Which report is sent, as the mail's subject names it ("[Báo cáo tuần] …"). The report process
 * carries it in its variable {@code reportKind} as the label, unchanged.
 */
public enum ReportKind {
  WEEKLY("tuần"),
  MONTHLY("tháng"),
  ON_REQUEST("theo yêu cầu");

  private final String label;

  ReportKind(String label) {
    this.label = label;
  }

  /** The stored value (the process variable) and the word in the subject. */
  public String label() {
    return label;
  }

  /** The kind a stored label names; none is a report on request. */
  public static ReportKind ofLabel(String label) {
    if (label == null) {
      return ON_REQUEST;
    }
    for (ReportKind k : values()) {
      if (k.label.equals(label)) {
        return k;
      }
    }
    throw new IllegalArgumentException("Loại báo cáo không rõ: " + label);
  }
}
