package vn.gov.hanoi.comms.ihanoi;

import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Who may hold each step of a notice, from its issuing body (I-LEVEL-1..3, T-3): the body's editors
 * edit and resolve a duplicate, its approvers approve, and nobody approves their own notice.
 */
public final class IhanoiRoles {

  private IhanoiRoles() {}

  /** The group that holds a step of this notice, from its issuing body (I-LEVEL-1..3). */
  public static String requiredGroup(NoticeRecord n, String taskKey) {
    return switch (taskKey) {
      case Tasks.EDIT, Tasks.RESOLVE_DUPLICATE -> Groups.editor(n.organisationCode());
      case Tasks.APPROVE -> IssuingBody.of(n).approverGroup();
      default -> null;
    };
  }

  /**
   * Refuses (403) anyone outside the step's group, and the author as the approver of their own
   * notice (T-3).
   */
  public static void checkWorker(NoticeRecord n, String taskKey, CurrentUser worker) {
    if (worker == null) {
      throw RefusedException.forbidden(
          "user", "Bước này phải do cán bộ có thẩm quyền đăng nhập thực hiện");
    }
    String group = requiredGroup(n, taskKey);
    if (group == null || !worker.memberOf(group)) {
      throw RefusedException.forbidden(
          "user",
          "Người dùng " + worker.userId() + " không có thẩm quyền ở bước này của tin " + n.id());
    }
    if (Tasks.APPROVE.equals(taskKey) && worker.userId().equals(n.createdBy())) {
      throw RefusedException.forbidden(
          "user", "Người soạn tin không được tự phê duyệt tin của mình");
    }
  }
}
