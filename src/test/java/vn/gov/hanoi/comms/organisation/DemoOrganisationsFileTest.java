package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.AreaCsvParser;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.area.BuiltInAreas;

/** The shipped demo organisations fit the shipped demo areas. */
class DemoOrganisationsFileTest {

  private static List<Organisation> organisations;
  private static AreaTree demoAreas;

  @BeforeAll
  static void read() throws Exception {
    ClassLoader loader = DemoOrganisationsFileTest.class.getClassLoader();
    try (InputStream orgs = loader.getResourceAsStream(DemoOrganisations.RESOURCE);
        InputStream areas = loader.getResourceAsStream(BuiltInAreas.RESOURCE)) {
      organisations = OrganisationCsv.read(orgs);
      demoAreas = new AreaTree(new AreaCsvParser().parse(areas));
    }
  }

  @Test
  @DisplayName("A-4: every demo organisation has a unique ASCII code and a home area of the demo area set")
  void codesAndHomeAreas() {
    assertThat(organisations).hasSizeGreaterThanOrEqualTo(25);
    assertThat(organisations).extracting(Organisation::code).doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[A-Z0-9-]+"));
    assertThat(organisations).allSatisfy(o -> assertThat(demoAreas.find(o.homeAreaCode()))
        .as("home area of %s", o.code()).isPresent());
    assertThat(organisations).extracting(Organisation::email).allMatch(e -> e.matches("[a-z0-9.-]+@[a-z0-9.-]+\\.gov\\.vn"));
  }

  @Test
  @DisplayName("A-4: home areas fit the kind: committees and district police at their level, city-level bodies at the city")
  void homeAreaLevelFitsKind() {
    for (Organisation o : organisations) {
      AreaLevel level = demoAreas.require(o.homeAreaCode()).level();
      AreaLevel expected = switch (o.kind()) {
        case DISTRICT_COMMITTEE, DISTRICT_POLICE -> AreaLevel.DISTRICT;
        case COMMUNE_COMMITTEE -> AreaLevel.COMMUNE;
        default -> AreaLevel.CITY;
      };
      assertThat(level).as("home area level of %s", o.code()).isEqualTo(expected);
    }
  }

  @Test
  @DisplayName("A-4: the named demo units sit where the brief says (Trúc Bạch 00004, Hàng Bạc 00061, Tiền Phong 09019, Văn Quán 09542)")
  void knownUnits() {
    assertThat(organisations).extracting(Organisation::code, Organisation::homeAreaCode).contains(
        tuple("SO-TUPHAP", "01"),
        tuple("UBND-Q-BADINH", "001"),
        tuple("UBND-P-TRUCBACH", "00004"),
        tuple("UBND-P-KIMMA", "00028"),
        tuple("UBND-P-HANGBAC", "00061"),
        tuple("UBND-X-TIENPHONG", "09019"),
        tuple("UBND-P-VANQUAN", "09542"),
        tuple("CA-H-MELINH", "250"),
        tuple("CAHN-PC06", "01"),
        tuple("BCA-C06", "01"),
        tuple("VP-UBND-TP", "01"));
    assertThat(demoAreas.require("00061").name()).isEqualTo("Phường Hàng Bạc");
    assertThat(demoAreas.require("09019").name()).isEqualTo("Xã Tiền Phong");
    assertThat(demoAreas.require("09542").name()).isEqualTo("Phường Văn Quán");
  }

  @Test
  @DisplayName("V-ROUTE-2: city departments, central agencies, political organisations and press are city-level")
  void cityLevelKinds() {
    assertThat(OrganisationKind.values()).filteredOn(OrganisationKind::isCityLevel).containsExactlyInAnyOrder(
        OrganisationKind.CITY_DEPARTMENT, OrganisationKind.CENTRAL_AGENCY, OrganisationKind.POLITICAL_ORGANISATION,
        OrganisationKind.PRESS, OrganisationKind.CITY_POLICE, OrganisationKind.CITY_OFFICE);
  }
}
