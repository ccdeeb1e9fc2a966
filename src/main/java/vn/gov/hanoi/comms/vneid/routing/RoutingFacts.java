package vn.gov.hanoi.comms.vneid.routing;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The facts the routing tables (dmn/vneid-routing.dmn) decide on, computed from the product's own
 * data: the request's scope, the submitting unit (kind, home area and its level, its district) and
 * where the targets lie. No decision is taken here: who appraises and who approves is the tables'
 * business (V-ROUTE-1..4, V-STEP-3). Where the area tree has no district level the district
 * codes are null.
 *
 * @param areaTiers 3 while the area list in force has districts, 2 otherwise; chooses the table
 */
public record RoutingFacts(
    String requestScope,
    String unitKind,
    String unitLevel,
    String unitArea,
    String unitAreaName,
    String unitDistrict,
    String unitDistrictName,
    String targetDistrict,
    String targetDistrictName,
    String targetCommune,
    String targetCommuneName,
    int areaTiers) {

  /** The variable names the tables read (their input expressions and output expressions). */
  public static final List<String> NAMES =
      List.of(
          "requestScope",
          "unitKind",
          "unitLevel",
          "unitArea",
          "unitAreaName",
          "unitDistrict",
          "unitDistrictName",
          "targetDistrict",
          "targetDistrictName",
          "targetCommune",
          "targetCommuneName",
          "areaTiers");

  public static RoutingFacts of(
      Organisation unit, Scope scope, List<String> targets, AreaTree tree) {
    Area home = tree.require(unit.homeAreaCode());
    Optional<Area> unitDistrict = tree.nearestDistrictOf(home.code());
    Set<Area> targetDistricts = new LinkedHashSet<>();
    for (String code : targets) {
      tree.nearestDistrictOf(code).ifPresent(targetDistricts::add);
    }
    Area targetDistrict = targetDistricts.size() == 1 ? targetDistricts.iterator().next() : null;
    Area targetCommune =
        targets.size() == 1
            ? tree.find(targets.get(0)).filter(a -> a.level() == AreaLevel.COMMUNE).orElse(null)
            : null;
    boolean hasDistricts = tree.all().stream().anyMatch(a -> a.level() == AreaLevel.DISTRICT);
    return new RoutingFacts(
        scope.name(),
        unit.kind().name(),
        home.level().csvValue(),
        home.code(),
        home.name(),
        unitDistrict.map(Area::code).orElse(null),
        unitDistrict.map(Area::name).orElse(null),
        code(targetDistrict),
        name(targetDistrict),
        code(targetCommune),
        name(targetCommune),
        hasDistricts ? 3 : 2);
  }

  /**
   * The facts as the variables a decision table is evaluated with (nulls included: "no such area").
   */
  public Map<String, Object> asVariables() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("requestScope", requestScope);
    v.put("unitKind", unitKind);
    v.put("unitLevel", unitLevel);
    v.put("unitArea", unitArea);
    v.put("unitAreaName", unitAreaName);
    v.put("unitDistrict", unitDistrict);
    v.put("unitDistrictName", unitDistrictName);
    v.put("targetDistrict", targetDistrict);
    v.put("targetDistrictName", targetDistrictName);
    v.put("targetCommune", targetCommune);
    v.put("targetCommuneName", targetCommuneName);
    v.put("areaTiers", areaTiers);
    return v;
  }

  private static String code(Area a) {
    return a == null ? null : a.code();
  }

  private static String name(Area a) {
    return a == null ? null : a.name();
  }
}
