package vn.gov.hanoi.comms.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.demo.DemoData;
import vn.gov.hanoi.comms.demo.IhanoiDemoData;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.routing.RoutingFacts;
import vn.gov.hanoi.comms.vneid.routing.RoutingTablesTest;

/** The shipped data sets: their units fit their areas, and the demo's users fit today's Hanoi. */
class SeedDatasetsTest {

  @Test
  @DisplayName(
      "A-4: every unit of both data sets has a unique ASCII code and a home area of its set at the level of its kind")
  void unitsFitTheirAreas() {
    for (SeedDataset d : List.of(SeedDataset.HANOI_2024, SeedDataset.HANOI_2025)) {
      AreaTree tree = d.areaTree();
      List<Organisation> units =
          d.organisations(); // checked like an import: a fault throws with its line
      assertThat(units)
          .extracting(Organisation::code)
          .doesNotHaveDuplicates()
          .allMatch(c -> c.matches("[A-Z0-9-]+"));
      assertThat(units)
          .allSatisfy(
              o ->
                  assertThat(tree.require(o.homeAreaCode()).level())
                      .as(o.code())
                      .isEqualTo(o.kind().homeLevel()));
    }
    assertThat(SeedDataset.HANOI_2024.organisations()).hasSize(30);
  }

  @Test
  @DisplayName(
      "A-2: the demo is today's Hanoi: wards and communes of the July 2025 list, city departments, the City Office, PC06, C06")
  void demoIsTodaysHanoi() {
    AreaTree tree = SeedDataset.HANOI_2025.areaTree();
    List<Organisation> units = SeedDataset.HANOI_2025.organisations();
    assertThat(units)
        .extracting(Organisation::code, Organisation::homeAreaCode)
        .contains(
            tuple("UBND-P-BADINH", "00004"),
            tuple("UBND-P-HOANKIEM", "00070"),
            tuple("UBND-X-SOCSON", "00376"),
            tuple("SO-TUPHAP", "01"),
            tuple("SO-DULICH", "01"),
            tuple("VP-UBND-TP", "01"),
            tuple("CAHN-PC06", "01"),
            tuple("BCA-C06", "01"));
    assertThat(tree.require("00004").name()).isEqualTo("Phường Ba Đình");
    assertThat(tree.require("00376").name()).isEqualTo("Xã Sóc Sơn");
    assertThat(units)
        .extracting(Organisation::kind)
        .doesNotContain(OrganisationKind.DISTRICT_COMMITTEE, OrganisationKind.DISTRICT_POLICE);
  }

  @Test
  @DisplayName(
      "V-ROUTE-1, A-2: under the default two-level rows every demo ward and commune sends to PC06 and the City Police Director")
  void demoUnitsRouteToTheCityPolice() throws Exception {
    AreaTree tree = SeedDataset.HANOI_2025.areaTree();
    var tables =
        new RoutingTablesTest.Tables(java.nio.file.Files.readAllBytes(RoutingTablesTest.FILE));
    for (Organisation o : SeedDataset.HANOI_2025.organisations()) {
      if (o.kind() == OrganisationKind.COMMUNE_COMMITTEE) {
        Routing r =
            tables.route(
                "vneid-routing-two-level",
                RoutingFacts.of(o, Scope.COMMUNE, List.of(o.homeAreaCode()), tree));
        assertThat(r.appraiserGroup()).as(o.code()).isEqualTo(Groups.PC06_APPRAISAL);
        assertThat(r.approverGroup()).as(o.code()).isEqualTo(Groups.CITY_POLICE_DIRECTOR);
      }
    }
  }

  @Test
  @DisplayName(
      "Every demo user belongs to a group that exists in the demo: a unit's, an iHanoi role of a unit, the police of a commune, or a city role")
  void demoUsersFitTheDemo() {
    Set<String> units =
        SeedDataset.HANOI_2025.organisations().stream()
            .map(Organisation::code)
            .collect(Collectors.toSet());
    Set<String> communes =
        SeedDataset.HANOI_2025.areaTree().all().stream()
            .filter(a -> a.level() == AreaLevel.COMMUNE)
            .map(a -> a.code())
            .collect(Collectors.toSet());
    Set<String> cityRoles =
        Set.of(
            Groups.PC06_APPRAISAL,
            Groups.CITY_POLICE_DIRECTOR,
            Groups.C06_APPROVER,
            Groups.IHANOI_CITY_APPROVER);
    Pattern perUnit = Pattern.compile("(unit|ihanoi-editor|ihanoi-approver)-(.+)");
    Pattern perArea = Pattern.compile("police-(appraisal|chief)-(.+)");
    Stream.concat(DemoData.USERS.values().stream(), IhanoiDemoData.USERS.values().stream())
        .forEach(
            v -> {
              String group = v[1];
              var unit = perUnit.matcher(group);
              var area = perArea.matcher(group);
              assertThat(
                      cityRoles.contains(group)
                          || (unit.matches() && units.contains(unit.group(2)))
                          || (area.matches() && communes.contains(area.group(2))))
                  .as(group)
                  .isTrue();
            });
    assertThat(DemoData.USERS)
        .containsKeys("donvi.badinh", "donvi.socson", "pc06.thamdinh", "catp.giamdoc");
  }
}
