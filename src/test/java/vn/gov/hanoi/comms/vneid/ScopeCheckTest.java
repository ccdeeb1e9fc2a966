package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.area.ReferenceAreaList;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The checks of a request's input that stay in Java: target areas against the unit's home area
 * (V-ROUTE-3) and a decision's reasons and override (V-STEP-2, V-STEP-3, V-CHECK-2). Routing itself
 * is in the decision tables (vneid.routing.RoutingTablesTest).
 */
class ScopeCheckTest {
  private static final AreaTree Y2024 = ReferenceAreaList.HANOI_2024.tree();
  private static final AreaTree Y2025 = ReferenceAreaList.HANOI_2025_07.tree();

  private static final Organisation WARD_TRUC_BACH =
      unit("UBND-P-TRUCBACH", OrganisationKind.COMMUNE_COMMITTEE, "00004");
  private static final Organisation DISTRICT_BA_DINH =
      unit("UBND-Q-BADINH", OrganisationKind.DISTRICT_COMMITTEE, "001");
  private static final Organisation SO_TU_PHAP =
      unit("SO-TUPHAP", OrganisationKind.CITY_DEPARTMENT, "01");

  private static Organisation unit(String code, OrganisationKind kind, String home) {
    return new Organisation(code, code, kind, home, "a@b.vn", "X");
  }

  @Test
  @DisplayName(
      "V-ROUTE-3: a unit may target only areas inside its home area; a city-level unit any area of the city")
  void scopeCheck() {
    assertThat(ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("00004"), Y2024)).isEmpty();
    List<FieldError> outside =
        ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("00004", "00061"), Y2024);
    assertThat(outside).hasSize(1);
    assertThat(outside.get(0).message()).contains("00061").doesNotContain("00004,");
    assertThat(ScopeCheck.check(DISTRICT_BA_DINH, Scope.COMMUNE, List.of("00004", "00028"), Y2024))
        .isEmpty();
    assertThat(ScopeCheck.check(SO_TU_PHAP, Scope.COMMUNE, List.of("00061", "09542"), Y2024))
        .isEmpty();
    assertThat(
            ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("99999"), Y2024)
                .get(0)
                .message())
        .contains("99999");
    assertThat(
            ScopeCheck.check(WARD_TRUC_BACH, Scope.DISTRICT, List.of("00004"), Y2024)
                .get(0)
                .message())
        .contains("không đúng cấp");
  }

  @Test
  @DisplayName(
      "A-2, V-ROUTE-3: on the two-level list of July 2025 a ward targets its own ward; there is no district scope")
  void twoLevelTree() {
    Organisation ward2025 = unit("UBND-P-BADINH", OrganisationKind.COMMUNE_COMMITTEE, "00004");
    assertThat(ScopeCheck.check(ward2025, Scope.COMMUNE, List.of("00004"), Y2025)).isEmpty();
    assertThat(ScopeCheck.check(ward2025, Scope.COMMUNE, List.of("00070"), Y2025))
        .extracting(FieldError::message)
        .singleElement()
        .asString()
        .contains("00070");
    assertThat(ScopeCheck.check(ward2025, Scope.DISTRICT, List.of("001"), Y2025))
        .extracting(FieldError::field)
        .containsOnly("targetAreaCodes");
  }

  @Test
  @DisplayName(
      "V-STEP-2, V-STEP-3, V-CHECK-2: reasons are required to return or reject; a flagged marking needs the override")
  void decisionRules() {
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, false, false))
        .isEmpty();
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "RETURN", " ", false, false))
        .extracting(FieldError::field)
        .containsExactly("appraisalReasons");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPROVE, "REJECT", null, false, false))
        .extracting(FieldError::field)
        .containsExactly("approvalReasons");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, true, false))
        .extracting(FieldError::field)
        .containsExactly("classifiedOverride");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, true, true))
        .isEmpty();
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPROVE, "MAYBE", null, false, false))
        .extracting(FieldError::field)
        .containsExactly("approvalOutcome");
  }
}
