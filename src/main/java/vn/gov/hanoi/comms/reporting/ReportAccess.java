package vn.gov.hanoi.comms.reporting;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Which areas a user may report on (P-2): the city's roles (administrator, PC06, the Director, C06,
 * the City Office) see the whole city; others see the districts their groups lead to: a unit's or
 * iHanoi body's home area, or the district of a district police group ({@code
 * police-appraisal-<district>}).
 */
@Component
public class ReportAccess {
  private final AreaService areas;
  private final OrganisationService organisations;

  public ReportAccess(AreaService areas, OrganisationService organisations) {
    this.areas = areas;
    this.organisations = organisations;
  }

  /** The area codes the user may see: the city's code alone means everything. Empty: nothing. */
  public Set<String> allowedAreas(CurrentUser user) {
    AreaTree tree = areas.currentTree();
    String city = tree.city().code();
    if (user.memberOfAny(
        Groups.ADMIN,
        Groups.PC06_APPRAISAL,
        Groups.CITY_POLICE_DIRECTOR,
        Groups.C06_APPROVER,
        Groups.IHANOI_CITY_APPROVER)) {
      return Set.of(city);
    }
    Set<String> allowed = new LinkedHashSet<>();
    for (String g : user.groups()) {
      for (String prefix : new String[] {"police-appraisal-", "police-chief-"}) {
        if (g.startsWith(prefix)) {
          district(tree, g.substring(prefix.length())).ifPresent(allowed::add);
        }
      }
      for (String prefix : new String[] {"unit-", "ihanoi-editor-", "ihanoi-approver-"}) {
        if (g.startsWith(prefix)) {
          organisations
              .find(g.substring(prefix.length()))
              .map(Organisation::homeAreaCode)
              .flatMap(home -> district(tree, home))
              .ifPresent(allowed::add);
        }
      }
    }
    return allowed.contains(city) ? Set.of(city) : allowed;
  }

  /**
   * The area's district; the area itself when the tree has no district above it (the city, or
   * 2025's tree).
   */
  private static Optional<String> district(AreaTree tree, String code) {
    if (tree.find(code).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(tree.nearestDistrictOf(code).map(Area::code).orElse(code));
  }

  public boolean seesWholeCity(CurrentUser user) {
    return allowedAreas(user).contains(areas.currentTree().city().code());
  }

  /** The area to show: the one asked for if allowed, else the user's first; refused if none. */
  public String resolve(CurrentUser user, String requested) {
    Set<String> allowed = allowedAreas(user);
    if (allowed.isEmpty()) {
      throw new AccessDeniedException("Người dùng không thuộc địa bàn nào");
    }
    if (requested == null || requested.isBlank()) {
      return allowed.iterator().next();
    }
    AreaTree tree = areas.currentTree();
    if (tree.find(requested).isPresent()
        && allowed.stream().anyMatch(a -> tree.contains(a, requested))) {
      return requested;
    }
    throw new AccessDeniedException("Không được xem báo cáo địa bàn " + requested);
  }
}
