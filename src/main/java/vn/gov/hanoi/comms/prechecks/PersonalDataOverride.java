package vn.gov.hanoi.comms.prechecks;

import java.util.List;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * Personal data of private persons found by the pre-checks blocks a decision that lets the text go
 * out (appraisal PASS, iHanoi APPROVE or OVERRIDE_DUPLICATE) unless the reviewer writes why it may
 * go out all the same (issue 16, like the explicit override of a classification marking,
 * V-CHECK-2). The reason is kept with the decision and in the audit trail.
 */
public final class PersonalDataOverride {
  /** The form field (task variable) holding the written reason. */
  public static final String FIELD = "personalDataOverrideReason";

  /** A reason says why: "ok" or "đồng ý" is not one. */
  public static final int MIN_REASON = 15;

  public static final int MAX_REASON = 2000;

  private PersonalDataOverride() {}

  /**
   * @param letsThrough whether the decision lets the text go on to publication
   * @param blocking how many blocking personal-data findings the text has
   */
  public static List<FieldError> check(boolean letsThrough, long blocking, String reason) {
    String r = reason == null ? "" : reason.strip();
    if (r.length() > MAX_REASON) {
      return List.of(new FieldError(FIELD, "Lý do dài tối đa 2.000 ký tự"));
    }
    if (!letsThrough || blocking == 0 || r.length() >= MIN_REASON) {
      return List.of();
    }
    String found =
        "Nội dung có " + blocking + " dữ liệu cá nhân bị chặn (xem Kết quả kiểm tra tự động)";
    return List.of(
        new FieldError(
            FIELD,
            r.isEmpty()
                ? found
                    + ": chỉ được cho qua khi ghi rõ lý do bằng văn bản, hoặc trả lại để đơn vị che, xóa thông tin"
                : found
                    + ": lý do quá ngắn, ghi rõ vì sao được đăng (ví dụ: người có tên đã đồng ý bằng văn bản)"));
  }

  /** The reason to keep with the decision: only when it let blocked personal data through. */
  public static String kept(boolean letsThrough, long blocking, String reason) {
    return letsThrough && blocking > 0 && reason != null && !reason.isBlank()
        ? reason.strip()
        : null;
  }
}
