package vn.gov.hanoi.comms.ihanoi;

import org.springframework.security.access.AccessDeniedException;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Who may see and withdraw a notice (P-2): the body's own staff, editors and approvers, the City
 * Office, admins.
 */
public final class NoticeAccess {
  static final String CITY_OFFICE = "VP-UBND-TP";

  private NoticeAccess() {}

  public static boolean canSee(CurrentUser user, NoticeRecord n) {
    String org = n.organisationCode();
    return user.isAdmin()
        || user.memberOfAny(
            Groups.unit(org),
            Groups.editor(org),
            Groups.approver(org),
            Groups.IHANOI_CITY_APPROVER,
            Groups.unit(CITY_OFFICE));
  }

  public static void requireSee(CurrentUser user, NoticeRecord n) {
    if (!canSee(user, n)) {
      throw new AccessDeniedException("Tin " + n.id() + " không thuộc đơn vị của người dùng");
    }
  }

  public static void requireWithdraw(CurrentUser user, NoticeRecord n) {
    String org = n.organisationCode();
    if (!(user.isAdmin()
        || user.memberOfAny(Groups.unit(org), Groups.editor(org), Groups.approver(org)))) {
      throw new AccessDeniedException("Chỉ đơn vị phát hành được rút tin " + n.id());
    }
  }
}
