package vn.gov.hanoi.comms.vneid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Checks the target areas of a request against the area tree and the unit's home area (V-REQ-3,
 * V-ROUTE-3): every code exists, has the level the scope names, and lies inside the unit's home
 * area (a city-level unit may target any area of the city).
 */
public final class ScopeCheck {
  static final String FIELD = "targetAreaCodes";

  private ScopeCheck() {}

  public static List<FieldError> check(
      Organisation unit, Scope scope, List<String> targets, AreaTree tree) {
    List<FieldError> errors = new ArrayList<>();
    if (scope == null || scope == Scope.NATIONAL || targets == null) {
      return errors;
    }
    List<String> unknown = new ArrayList<>();
    List<String> wrongLevel = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    AreaLevel expected =
        switch (scope) {
          case COMMUNE -> AreaLevel.COMMUNE;
          case DISTRICT -> AreaLevel.DISTRICT;
          default -> AreaLevel.CITY;
        };
    for (String code : targets) {
      Optional<Area> area = tree.find(code);
      if (area.isEmpty()) {
        unknown.add(code);
        continue;
      }
      if (area.get().level() != expected) {
        wrongLevel.add(code);
      }
      if (!unit.kind().isCityLevel() && !tree.contains(unit.homeAreaCode(), code)) {
        outside.add(code);
      }
    }
    if (!unknown.isEmpty()) {
      errors.add(new FieldError(FIELD, "Mã địa bàn không tồn tại: " + String.join(", ", unknown)));
    }
    if (!wrongLevel.isEmpty()) {
      errors.add(
          new FieldError(
              FIELD,
              "Địa bàn không đúng cấp của phạm vi "
                  + scope.name()
                  + ": "
                  + String.join(", ", wrongLevel)));
    }
    if (!outside.isEmpty()) {
      errors.add(
          new FieldError(
              FIELD,
              "Địa bàn nằm ngoài địa bàn quản lý của đơn vị "
                  + unit.code()
                  + ": "
                  + String.join(", ", outside)));
    }
    return errors;
  }
}
