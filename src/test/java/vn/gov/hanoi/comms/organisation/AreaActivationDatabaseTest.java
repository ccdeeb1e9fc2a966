package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.hanoi.comms.area.AreaRepository;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.ReferenceAreaList;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.seed.SeedDataset;
import vn.gov.hanoi.comms.testsupport.SeedFixtures;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/**
 * activating the July 2025 list re-maps the organisations' home areas with the merge mapping
 * shipped with it; what the mapping cannot decide (a split commune, a district that no longer
 * exists) is the administrator's choice, and without it the activation is refused whole.
 */
class AreaActivationDatabaseTest {
  private AreaService areas;
  private OrganisationRepository organisations;

  private void start(TestDatabase.Kind kind) {
    TestDatabase db = TestDatabase.fresh(kind, "area_activation_it");
    AreaRepository repository = new AreaRepository(db.jdbc(), db.transactionManager());
    areas = new AreaService(repository);
    organisations = new OrganisationRepository(db.jdbc());
    areas.setActivationListeners(List.of(new HomeAreaFollower(organisations)));
    SeedFixtures.loadAreas2024(areas);
    SeedDataset.HANOI_2024.organisations().forEach(organisations::save);
  }

  private String home(String code) {
    return organisations.findByCode(code).orElseThrow().homeAreaCode();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-2: without the administrator's choices the activation is refused naming each unit and its candidates; nothing changes")
  void refusedWithoutChoices(TestDatabase.Kind kind) {
    start(kind);
    areas.importReference(ReferenceAreaList.HANOI_2025_07, false);

    assertThatThrownBy(() -> areas.activate("hanoi-2025-07"))
        .isInstanceOfSatisfying(
            ValidationProblemException.class,
            e -> {
              assertThat(e.errors())
                  .extracting(FieldError::field)
                  .contains(
                      "homeAreas.UBND-P-HANGTRONG",
                      "homeAreas.UBND-Q-BADINH",
                      "homeAreas.CA-Q-HOANKIEM",
                      "homeAreas.UBND-X-TIENPHONG")
                  .doesNotContain(
                      "homeAreas.UBND-P-TRUCBACH",
                      "homeAreas.UBND-P-HANGBAC",
                      "homeAreas.SO-TUPHAP");
              assertThat(e.errors())
                  .filteredOn(f -> f.field().equals("homeAreas.UBND-P-HANGTRONG"))
                  .singleElement()
                  .extracting(FieldError::message)
                  .asString()
                  .contains("00070 Phường Hoàn Kiếm")
                  .contains("00082 Phường Cửa Nam");
            });
    assertThat(areas.currentSetId()).isEqualTo(SeedFixtures.AREA_SET_2024);
    assertThat(home("UBND-P-TRUCBACH")).isEqualTo("00004");
    assertThat(home("UBND-P-HANGBAC")).isEqualTo("00061");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-2: with the choices, the list comes into force and every unit moves: merged wards by the mapping, the rest as chosen")
  void activatedWithChoices(TestDatabase.Kind kind) {
    start(kind);
    areas.importReference(ReferenceAreaList.HANOI_2025_07, false);
    Map<String, String> unresolved = new java.util.LinkedHashMap<>();
    for (HomeAreaRemap.Change c :
        HomeAreaRemap.plan(organisations.findAll(), areas.preview("hanoi-2025-07", Map.of()))) {
      if (c.how() == HomeAreaRemap.How.UNRESOLVED) {
        unresolved.put(
            c.organisation(),
            c.candidates().isEmpty() ? "01" : c.candidates().get(0).substring(0, 5));
      }
    }

    areas.activate("hanoi-2025-07", unresolved);

    assertThat(areas.currentSetId()).isEqualTo("hanoi-2025-07");
    assertThat(home("UBND-P-TRUCBACH"))
        .as("Trúc Bạch went wholly into Phường Ba Đình")
        .isEqualTo("00004");
    assertThat(home("UBND-P-HANGBAC"))
        .as("Hàng Bạc went wholly into Phường Hoàn Kiếm")
        .isEqualTo("00070");
    assertThat(home("UBND-TT-QUANGMINH"))
        .as("Quang Minh went wholly into Xã Quang Minh")
        .isEqualTo("08974");
    assertThat(home("UBND-P-HANGTRONG")).as("split: the administrator chose").isEqualTo("00070");
    assertThat(home("UBND-Q-BADINH"))
        .as("no district level any more: placed on the city")
        .isEqualTo("01");
    assertThat(home("SO-TUPHAP")).isEqualTo("01");
    assertThat(organisations.findAll())
        .allSatisfy(o -> assertThat(areas.currentTree().find(o.homeAreaCode())).isPresent());
  }

  @Test
  @DisplayName(
      "A-2: a home area is kept only when the new list has the same code with the same name, in any tone-mark placement")
  void sameNameIgnoresToneMarkPlacement() {
    assertThat(HomeAreaRemap.sameName("Phường Thanh Xuân Hòa", "Phường Thanh Xuân Hoà")).isTrue();
    assertThat(HomeAreaRemap.sameName("Phường Trúc Bạch", "Phường Ba Đình")).isFalse();
  }
}
