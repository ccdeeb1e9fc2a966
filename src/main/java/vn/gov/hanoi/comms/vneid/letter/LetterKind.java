package vn.gov.hanoi.comms.vneid.letter;

/** Why the unit is written to. */
public enum LetterKind {
  /** Appraisal found the request not up to the requirements: revise (V-STEP-2, V-STEP-4). */
  RETURN("V/v trả lại đề nghị đăng tin để chỉnh sửa", "thẩm định chưa đảm bảo yêu cầu"),
  /** The approver refused publication (V-STEP-3, V-STEP-4). */
  REJECT("V/v không phê duyệt đăng tin", "không được phê duyệt đăng tải"),
  /** Approved after the window had closed: not published (V-STEP-5). */
  LAPSED(
      "V/v bài viết không được đăng do quá thời hạn",
      "được phê duyệt sau khi đã hết thời gian đăng tin");

  private final String subject;
  private final String finding;

  LetterKind(String subject, String finding) {
    this.subject = subject;
    this.finding = finding;
  }

  public String subject() {
    return subject;
  }

  public String finding() {
    return finding;
  }
}
