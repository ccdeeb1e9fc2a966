package vn.gov.hanoi.comms.vneid;

import java.util.Map;

/** Vietnamese names of the steps and outcomes, for forms, notices and the API's history. */
final class StepNames {
  private static final Map<String, String> NAMES =
      Map.of(
          VneidProcess.Tasks.APPRAISE, "Thẩm định",
          VneidProcess.Tasks.APPROVE, "Phê duyệt",
          VneidProcess.Tasks.ENDORSE_NATIONAL, "Giám đốc CATP đề xuất",
          VneidProcess.Tasks.APPROVE_NATIONAL, "C06 phê duyệt",
          VneidProcess.Tasks.REVISE, "Chỉnh sửa");

  private StepNames() {}

  static String of(String step) {
    return NAMES.getOrDefault(step, step);
  }
}

final class OutcomeNames {
  private static final Map<String, String> NAMES =
      Map.of(
          VneidProcess.PASS,
          "Đạt",
          VneidProcess.RETURN,
          "Trả lại",
          VneidProcess.APPROVE,
          "Đồng ý",
          VneidProcess.REJECT,
          "Từ chối",
          VneidProcess.RESUBMIT,
          "Gửi lại",
          VneidProcess.WITHDRAW,
          "Rút đề nghị");

  private OutcomeNames() {}

  static String of(String outcome) {
    return NAMES.getOrDefault(outcome, outcome);
  }
}

final class LetterKinds {
  private LetterKinds() {}

  static String label(vn.gov.hanoi.comms.vneid.letter.LetterKind kind) {
    return switch (kind) {
      case RETURN -> "Trả lại";
      case REJECT -> "Không phê duyệt";
      case LAPSED -> "Quá thời hạn đăng";
    };
  }
}
