package vn.gov.hanoi.comms.vneid;

import java.util.Arrays;
import java.util.Map;
import vn.gov.hanoi.comms.vneid.VneidProcess.ApprovalOutcome;

/**
 * A reviewer's or approver's decision on the current round as the task's variables give it, before
 * it is checked and recorded (T-3, P-3, V-CHECK-2, V-STEP-3).
 *
 * @param step the task id of the deciding step (a BPMN element id, so a string)
 * @param outcome the outcome as the person gave it, as text: the checks refuse an unknown one with
 *     the reason shown on the task ({@link DecisionRules}), so it is not parsed before them
 * @param reasons why, required to return or reject
 * @param classifiedOverride the explicit override of a classified marking (V-CHECK-2)
 * @param personalDataOverrideReason why blocking personal data may pass, if it may
 * @param narrowingFields the variables that may narrow the window and audience ({@link
 *     Narrowing#from})
 */
public record ProposedDecision(
    String step,
    String outcome,
    String reasons,
    boolean classifiedOverride,
    String personalDataOverrideReason,
    Map<String, Object> narrowingFields) {

  /** The outcome as an approver's, or null when it is none (an appraisal's, unknown or absent). */
  public ApprovalOutcome approvalOutcome() {
    return Arrays.stream(ApprovalOutcome.values())
        .filter(o -> o.name().equals(outcome))
        .findFirst()
        .orElse(null);
  }
}
