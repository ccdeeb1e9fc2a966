package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.prechecks.PersonalDataOverride;
import vn.gov.hanoi.comms.vneid.VneidProcess.AppraisalOutcome;
import vn.gov.hanoi.comms.vneid.VneidProcess.ApprovalOutcome;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/** What makes a decision acceptable, per step (V-STEP-2, V-STEP-3, V-STEP-4, V-CHECK-2). */
public final class DecisionRules {
  private DecisionRules() {}

  public static List<FieldError> check(
      String step,
      String outcome,
      String reasons,
      boolean classifiedMarking,
      boolean classifiedOverride) {
    List<FieldError> errors = new ArrayList<>();
    boolean appraisal = Tasks.APPRAISE.equals(step);
    String outcomeField = appraisal ? Vars.APPRAISAL_OUTCOME : Vars.APPROVAL_OUTCOME;
    String reasonsField = appraisal ? Vars.APPRAISAL_REASONS : Vars.APPROVAL_REASONS;
    Set<String> allowed = names(appraisal ? AppraisalOutcome.class : ApprovalOutcome.class);
    if (outcome == null || !allowed.contains(outcome)) {
      errors.add(
          new FieldError(
              outcomeField,
              "Kết quả phải là một trong "
                  + String.join(", ", allowed.stream().sorted().toList())
                  + (outcome == null ? "" : " (nhận được: " + outcome + ")")));
      return errors;
    }
    boolean negative = VneidProcess.RETURN.equals(outcome) || VneidProcess.REJECT.equals(outcome);
    if (negative && (reasons == null || reasons.isBlank())) {
      errors.add(new FieldError(reasonsField, "Phải nêu rõ lý do và nội dung đề nghị chỉnh sửa"));
    }
    if (reasons != null && reasons.length() > 4000) {
      errors.add(new FieldError(reasonsField, "Lý do dài tối đa 4.000 ký tự"));
    }
    if (appraisal
        && VneidProcess.PASS.equals(outcome)
        && classifiedMarking
        && !classifiedOverride) {
      errors.add(
          new FieldError(
              Vars.CLASSIFIED_OVERRIDE,
              "Bài viết có dấu hiệu độ mật: chỉ được chuyển phê duyệt khi cán bộ thẩm định xác nhận rõ"));
    }
    return errors;
  }

  private static Set<String> names(Class<? extends Enum<?>> outcomes) {
    return Stream.of(outcomes.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
  }

  /**
   * As above; and blocking personal data lets an appraisal pass only with a written reason
   * (PersonalDataOverride).
   */
  public static List<FieldError> check(
      String step,
      String outcome,
      String reasons,
      boolean classifiedMarking,
      boolean classifiedOverride,
      long blockingPersonalData,
      String personalDataOverrideReason) {
    List<FieldError> errors = check(step, outcome, reasons, classifiedMarking, classifiedOverride);
    errors.addAll(
        PersonalDataOverride.check(
            Tasks.APPRAISE.equals(step) && VneidProcess.PASS.equals(outcome),
            blockingPersonalData,
            personalDataOverrideReason));
    return errors;
  }
}
