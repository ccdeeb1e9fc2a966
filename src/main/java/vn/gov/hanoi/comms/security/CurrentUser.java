package vn.gov.hanoi.comms.security;

import java.util.List;
import java.util.Set;

/** Who is calling, as the product's services see it: a Camunda user and their groups. */
public record CurrentUser(String userId, Set<String> groups) {

  public CurrentUser {
    groups = Set.copyOf(groups);
  }

  public boolean isAdmin() {
    return groups.contains(Groups.ADMIN);
  }

  public boolean memberOf(String group) {
    return groups.contains(group);
  }

  public boolean memberOfAny(String... candidates) {
    for (String g : candidates) {
      if (groups.contains(g)) {
        return true;
      }
    }
    return false;
  }

  /** The units this user works for (normally one). */
  public List<String> unitCodes() {
    return groups.stream().filter(Groups::isUnitGroup).map(Groups::unitCodeOf).sorted().toList();
  }
}
