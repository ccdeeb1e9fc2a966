package vn.gov.hanoi.comms.vneid;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Who may read a request (P-2): the unit's own staff, the police that appraise it, its approvers
 * (and for national scope the Director and C06), and administrators.
 */
@Component
public class VneidAccess {

  public boolean canRead(CurrentUser user, VneidRequestRecord r) {
    return user.isAdmin()
        || user.memberOf(Groups.unit(r.unitCode()))
        || user.memberOf(r.appraiserGroup())
        || user.memberOf(r.approverGroup())
        || ("NATIONAL".equals(r.scope())
            && user.memberOfAny(Groups.CITY_POLICE_DIRECTOR, Groups.C06_APPROVER));
  }

  public void requireRead(CurrentUser user, VneidRequestRecord r) {
    if (!canRead(user, r)) {
      throw new AccessDeniedException(
          "Người dùng " + user.userId() + " không có quyền xem đề nghị " + r.id());
    }
  }
}
