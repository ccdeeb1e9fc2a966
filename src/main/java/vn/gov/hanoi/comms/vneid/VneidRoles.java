package vn.gov.hanoi.comms.vneid;

import java.util.Set;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;

/**
 * Who may hold each step of a request, from what the product recorded when it routed the request
 * (T-2, T-3, P-2): the receiving police appraise, the authority of the scope approves, the City
 * Police Director endorses a national request, and only the unit revises. Nobody decides on a
 * request their own unit sent.
 */
public final class VneidRoles {
  static final Set<String> DECISION_STEPS =
      Set.of(Tasks.APPRAISE, Tasks.APPROVE, Tasks.ENDORSE_NATIONAL, Tasks.APPROVE_NATIONAL);

  private VneidRoles() {}

  /**
   * The group that holds this step of this request, or null for a step that is not a user task of
   * the flow.
   */
  public static String requiredGroup(VneidRequestRecord r, String taskKey) {
    return switch (taskKey) {
      case Tasks.APPRAISE -> r.appraiserGroup();
      case Tasks.APPROVE, Tasks.APPROVE_NATIONAL -> r.approverGroup();
      case Tasks.ENDORSE_NATIONAL -> Groups.CITY_POLICE_DIRECTOR;
      case Tasks.REVISE -> Groups.unit(r.unitCode());
      default -> null;
    };
  }

  /**
   * Refuses (403) anyone who does not hold the step, and, for a decision, the request's own unit
   * and submitter.
   */
  public static void checkWorker(VneidRequestRecord r, String taskKey, CurrentUser worker) {
    if (worker == null) {
      throw RefusedException.forbidden(
          "user", "Bước này phải do cán bộ có thẩm quyền đăng nhập thực hiện");
    }
    String group = requiredGroup(r, taskKey);
    if (group == null || !worker.memberOf(group)) {
      throw RefusedException.forbidden(
          "user",
          "Người dùng "
              + worker.userId()
              + " không có thẩm quyền ở bước này của đề nghị "
              + r.id());
    }
    if (DECISION_STEPS.contains(taskKey)
        && (worker.userId().equals(r.submittedBy())
            || worker.memberOf(Groups.unit(r.unitCode())))) {
      throw RefusedException.forbidden(
          "user", "Cán bộ thuộc đơn vị gửi đề nghị không được tự thẩm định hoặc phê duyệt");
    }
  }
}
