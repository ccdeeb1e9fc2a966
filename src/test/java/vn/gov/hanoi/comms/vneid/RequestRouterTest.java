package vn.gov.hanoi.comms.vneid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.AreaCsvParser;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.content.Scope;

/** Routing and scope rules on the official area lists of 2024 (three levels) and July 2025 (two levels). */
class RequestRouterTest {
  private static final AreaTree Y2024 = tree("hanoi_units_2024.csv");
  private static final AreaTree Y2025 = tree("hanoi_units_2025.csv");

  private static final Organisation WARD_TRUC_BACH =
      new Organisation("UBND-P-TRUCBACH", "UBND phường Trúc Bạch", OrganisationKind.COMMUNE_COMMITTEE, "00004", "a@b.vn");
  private static final Organisation DISTRICT_BA_DINH =
      new Organisation("UBND-Q-BADINH", "UBND quận Ba Đình", OrganisationKind.DISTRICT_COMMITTEE, "001", "a@b.vn");
  private static final Organisation SO_TU_PHAP =
      new Organisation("SO-TUPHAP", "Sở Tư pháp", OrganisationKind.CITY_DEPARTMENT, "01", "a@b.vn");
  private static final Organisation MTTQ =
      new Organisation("MTTQ-HN", "Ủy ban MTTQ", OrganisationKind.POLITICAL_ORGANISATION, "01", "a@b.vn");
  private static final Organisation CENTRAL =
      new Organisation("KBNN-HN", "Kho bạc", OrganisationKind.CENTRAL_AGENCY, "01", "a@b.vn");

  static AreaTree tree(String file) {
    try (InputStream in = Files.newInputStream(Path.of("..", "shared", "data", "areas", file))) {
      return new AreaTree(new AreaCsvParser().parse(in));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("V-ROUTE-1: a commune unit and a district unit send to the police of their district, whose chief approves")
  void communeAndDistrictUnits() {
    Routing ward = RequestRouter.route(WARD_TRUC_BACH, Scope.COMMUNE, List.of("00004"), Y2024);
    assertThat(ward.appraiserGroup()).isEqualTo(Groups.districtAppraisal("001"));
    assertThat(ward.approverGroup()).isEqualTo(Groups.districtChief("001"));
    assertThat(ward.receivingPoliceName()).isEqualTo("Công an Quận Ba Đình");
    Routing district = RequestRouter.route(DISTRICT_BA_DINH, Scope.DISTRICT, List.of("001"), Y2024);
    assertThat(district.appraiserGroup()).isEqualTo(Groups.districtAppraisal("001"));
    assertThat(district.approverGroup()).isEqualTo(Groups.districtChief("001"));
  }

  @Test
  @DisplayName("V-ROUTE-2: city departments, central agencies and city-level organisations send to PC06")
  void cityLevelUnits() {
    for (Organisation unit : List.of(SO_TU_PHAP, MTTQ, CENTRAL)) {
      assertThat(RequestRouter.route(unit, Scope.CITY, List.of("01"), Y2024).appraiserGroup())
          .as(unit.code()).isEqualTo(Groups.PC06_APPRAISAL);
    }
  }

  @Test
  @DisplayName("V-STEP-3: city scope is approved by the Director; a city department's district-scope article by that district's chief")
  void approverFollowsScope() {
    assertThat(RequestRouter.route(SO_TU_PHAP, Scope.CITY, List.of("01"), Y2024).approverGroup())
        .isEqualTo(Groups.CITY_POLICE_DIRECTOR);
    assertThat(RequestRouter.route(SO_TU_PHAP, Scope.DISTRICT, List.of("002"), Y2024).approverGroup())
        .isEqualTo(Groups.districtChief("002"));
    assertThat(RequestRouter.route(SO_TU_PHAP, Scope.DISTRICT, List.of("001", "002"), Y2024).approverGroup())
        .as("several districts: the City Police Director").isEqualTo(Groups.CITY_POLICE_DIRECTOR);
  }

  @Test
  @DisplayName("V-ROUTE-4: national scope goes through PC06, and C06 decides")
  void nationalScope() {
    Routing r = RequestRouter.route(WARD_TRUC_BACH, Scope.NATIONAL, List.of(), Y2024);
    assertThat(r.appraiserGroup()).isEqualTo(Groups.PC06_APPRAISAL);
    assertThat(r.approverGroup()).isEqualTo(Groups.C06_APPROVER);
  }

  @Test
  @DisplayName("A-2, V-ROUTE-1: with the two-level tree of July 2025 a ward's request goes to the City Police, no code change")
  void twoLevelTree() {
    Organisation ward2025 = new Organisation("UBND-P-BADINH", "UBND phường Ba Đình", OrganisationKind.COMMUNE_COMMITTEE,
        "00004", "a@b.vn");
    Routing r = RequestRouter.route(ward2025, Scope.COMMUNE, List.of("00004"), Y2025);
    assertThat(r.appraiserGroup()).isEqualTo(Groups.PC06_APPRAISAL);
    assertThat(r.approverGroup()).isEqualTo(Groups.CITY_POLICE_DIRECTOR);
    assertThat(ScopeCheck.check(ward2025, Scope.COMMUNE, List.of("00004"), Y2025)).isEmpty();
    assertThat(ScopeCheck.check(ward2025, Scope.DISTRICT, List.of("001"), Y2025))
        .extracting(FieldError::field).containsOnly("targetAreaCodes");
  }

  @Test
  @DisplayName("V-ROUTE-3: a unit may target only areas inside its home area; a city-level unit any area of the city")
  void scopeCheck() {
    assertThat(ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("00004"), Y2024)).isEmpty();
    List<FieldError> outside = ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("00004", "00061"), Y2024);
    assertThat(outside).hasSize(1);
    assertThat(outside.get(0).message()).contains("00061").doesNotContain("00004,");
    assertThat(ScopeCheck.check(DISTRICT_BA_DINH, Scope.COMMUNE, List.of("00004", "00028"), Y2024)).isEmpty();
    assertThat(ScopeCheck.check(SO_TU_PHAP, Scope.COMMUNE, List.of("00061", "09542"), Y2024)).isEmpty();
    assertThat(ScopeCheck.check(WARD_TRUC_BACH, Scope.COMMUNE, List.of("99999"), Y2024).get(0).message()).contains("99999");
    assertThat(ScopeCheck.check(WARD_TRUC_BACH, Scope.DISTRICT, List.of("00004"), Y2024).get(0).message())
        .contains("không đúng cấp");
  }

  @Test
  @DisplayName("V-STEP-2, V-STEP-3, V-CHECK-2: reasons are required to return or reject; a flagged marking needs the override")
  void decisionRules() {
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, false, false)).isEmpty();
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "RETURN", " ", false, false))
        .extracting(FieldError::field).containsExactly("appraisalReasons");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPROVE, "REJECT", null, false, false))
        .extracting(FieldError::field).containsExactly("approvalReasons");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, true, false))
        .extracting(FieldError::field).containsExactly("classifiedOverride");
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPRAISE, "PASS", null, true, true)).isEmpty();
    assertThat(DecisionRules.check(VneidProcess.Tasks.APPROVE, "MAYBE", null, false, false))
        .extracting(FieldError::field).containsExactly("approvalOutcome");
  }
}
