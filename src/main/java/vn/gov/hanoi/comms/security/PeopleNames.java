package vn.gov.hanoi.comms.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * People as officials name them on screen and in letters: "Nguyễn Văn An (Công an quận Ba Đình –
 * cán bộ thẩm định)", never a login id, from Camunda's identity service (first and last name; the
 * group of their role).
 */
@Component
public class PeopleNames {
  private final IdentityService identity;

  public PeopleNames(IdentityService identity) {
    this.identity = identity;
  }

  /** The person's full name, or the login id when the account has no name. */
  public String of(String userId) {
    if (userId == null) {
      return "";
    }
    User u = identity.createUserQuery().userId(userId).singleResult();
    if (u == null) {
      return userId;
    }
    String name =
        ((u.getFirstName() == null ? "" : u.getFirstName())
                + " "
                + (u.getLastName() == null ? "" : u.getLastName()))
            .strip();
    return name.isEmpty() ? userId : name;
  }

  /** The name of the group of their role ("Trưởng Công an Ba Đình"), or null. */
  public String titleOf(String groupId) {
    if (groupId == null) {
      return null;
    }
    Group g = identity.createGroupQuery().groupId(groupId).singleResult();
    return g == null ? null : g.getName();
  }

  /** "Nguyễn Văn An (Trưởng Công an Ba Đình)". */
  public String withTitle(String userId, String groupId) {
    String title = titleOf(groupId);
    return of(userId) + (title == null ? "" : " (" + title + ")");
  }
}
