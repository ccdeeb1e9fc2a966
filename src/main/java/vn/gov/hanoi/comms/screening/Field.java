package vn.gov.hanoi.comms.screening;

/** Where in an article a finding is: offsets count characters of that field's text. */
public enum Field {
  TITLE("tiêu đề"),
  SUMMARY("tóm tắt"),
  /** The body's text as a reader sees it ({@link ScreenedText#ofHtml}), not its HTML. */
  BODY("nội dung"),
  ATTACHMENT("tên tệp đính kèm");

  private final String label;

  Field(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
