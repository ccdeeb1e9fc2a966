package vn.gov.hanoi.comms.vneid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Decides which police receive a request and which authority approves it (V-ROUTE-1..4, V-STEP-3).
 * Where the area tree has no district level (the 2025 two-level tree, A-2), "the district" of a
 * commune is its nearest existing ancestor, the city, so the City Police handle it.
 */
public final class RequestRouter {
  static final String PC06_NAME = "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an Thành phố Hà Nội";
  static final String DIRECTOR_TITLE = "GIÁM ĐỐC CÔNG AN THÀNH PHỐ HÀ NỘI";
  static final String C06_TITLE = "CỤC TRƯỞNG CỤC CẢNH SÁT QLHC VỀ TTXH (C06) – BỘ CÔNG AN";

  private RequestRouter() {}

  public static Routing route(Organisation unit, Scope scope, List<String> targetAreaCodes, AreaTree tree) {
    String appraiser;
    String receivingName;
    Optional<Area> unitDistrict = tree.nearestDistrictOf(unit.homeAreaCode());
    if (scope == Scope.NATIONAL || unit.kind().isCityLevel() || unitDistrict.isEmpty()) {
      // V-ROUTE-2, V-ROUTE-4: city-level units and national scope go to PC06.
      appraiser = Groups.PC06_APPRAISAL;
      receivingName = PC06_NAME;
    } else {
      // V-ROUTE-1: units of a commune or a district go to the police of their district.
      appraiser = Groups.districtAppraisal(unitDistrict.get().code());
      receivingName = "Công an " + unitDistrict.get().name();
    }
    return switch (scope) {
      case NATIONAL -> new Routing(appraiser, receivingName, Groups.C06_APPROVER, C06_TITLE);
      case CITY -> new Routing(appraiser, receivingName, Groups.CITY_POLICE_DIRECTOR, DIRECTOR_TITLE);
      case COMMUNE, DISTRICT -> {
        Set<Area> districts = new LinkedHashSet<>();
        for (String code : targetAreaCodes) {
          tree.nearestDistrictOf(code).ifPresent(districts::add);
        }
        if (districts.size() == 1) {
          Area d = districts.iterator().next();
          yield new Routing(appraiser, receivingName, Groups.districtChief(d.code()),
              "TRƯỞNG CÔNG AN " + d.name().toUpperCase(java.util.Locale.ROOT));
        }
        // Targets in several districts, or no district level at all: the City Police Director decides.
        yield new Routing(appraiser, receivingName, Groups.CITY_POLICE_DIRECTOR, DIRECTOR_TITLE);
      }
    };
  }
}
