package vn.gov.hanoi.comms.deadline;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.AsProduct;

/**
 * Evaluates the latest deployed version of a deadline table (dmn/step-deadlines.dmn, D-1, D-2),
 * named by the model. The evaluation is the product's own work inside whatever command opened the
 * step (often a reviewer's completion): it does not need the reviewer's permission to evaluate
 * decisions. Cockpit shows each evaluation.
 */
@Component
public class DeadlineTable {
  static final int MAX_WORKING_DAYS = 60;

  private final DecisionService decisions;

  public DeadlineTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  public DeadlineRule ruleFor(String decisionKey, StepFacts facts) {
    DmnDecisionResult result =
        AsProduct.call(
            () ->
                decisions
                    .evaluateDecisionByKey(decisionKey)
                    .variables(facts.variables())
                    .evaluate());
    if (result == null || result.isEmpty()) {
      throw new IllegalStateException(
          "Bảng "
              + decisionKey
              + " không có dòng nào cho bước "
              + facts.step()
              + " ("
              + facts.flow()
              + ", nhóm "
              + facts.holderGroup()
              + ")");
    }
    Map<String, Object> row = result.getFirstResult().getEntryMap();
    int days = number(row, "workingDays", decisionKey, facts);
    int remind = number(row, "reminderDaysBefore", decisionKey, facts);
    if (days < 1 || days > MAX_WORKING_DAYS || remind < 0 || remind > days) {
      throw new IllegalStateException(
          "Bảng "
              + decisionKey
              + " cho bước "
              + facts.step()
              + " thời hạn "
              + days
              + " ngày, nhắc trước "
              + remind
              + " ngày: thời hạn phải từ 1 đến "
              + MAX_WORKING_DAYS
              + " ngày làm việc và nhắc trước không quá thời hạn");
    }
    String group = text(row.get("escalationGroup"));
    String name = text(row.get("escalationName"));
    return new DeadlineRule(
        days, remind, group, group == null ? null : (name == null ? group : name));
  }

  private static int number(
      Map<String, Object> row, String name, String decisionKey, StepFacts facts) {
    if (!(row.get(name) instanceof Number n)) {
      throw new IllegalStateException(
          "Bảng " + decisionKey + " không cho " + name + " của bước " + facts.step());
    }
    return n.intValue();
  }

  private static String text(Object o) {
    return o == null || o.toString().isBlank() ? null : o.toString();
  }
}
