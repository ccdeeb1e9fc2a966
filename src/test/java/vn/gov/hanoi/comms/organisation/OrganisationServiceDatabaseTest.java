package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.hanoi.comms.area.AreaRepository;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.BuiltInAreas;
import vn.gov.hanoi.comms.area.UnknownAreaException;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/** Organisations in a real database (H2 in memory and PostgreSQL), without starting Spring. */
class OrganisationServiceDatabaseTest {

  private OrganisationRepository repository;
  private OrganisationService service;
  private DemoOrganisations demo;

  private void start(TestDatabase.Kind kind) {
    TestDatabase db = TestDatabase.fresh(kind, "organisation_it");
    AreaRepository areaRepository = new AreaRepository(db.jdbc(), db.transactionManager());
    AreaService areas = new AreaService(areaRepository);
    new BuiltInAreas(areaRepository, areas).loadIfEmpty();
    repository = new OrganisationRepository(db.jdbc());
    service = new OrganisationService(repository, areas);
    demo = new DemoOrganisations(repository, service);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-4: the demo organisations are seeded once on an empty table and found by code and kind")
  void seedAndFind(TestDatabase.Kind kind) {
    start(kind);

    int seeded = demo.loadIfEmpty();

    assertThat(seeded).isPositive();
    assertThat(demo.loadIfEmpty()).isZero();
    assertThat(service.findAll()).hasSize(seeded);
    assertThat(service.require("SO-TUPHAP")).isEqualTo(new Organisation("SO-TUPHAP", "Sở Tư pháp Hà Nội",
        OrganisationKind.CITY_DEPARTMENT, "01", "vanthu@tuphap.hanoi.gov.vn"));
    assertThat(service.findByKind(OrganisationKind.DISTRICT_POLICE)).extracting(Organisation::code)
        .containsExactly("CA-H-MELINH", "CA-Q-BADINH", "CA-Q-HADONG", "CA-Q-HOANKIEM");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-4: saving an existing code replaces it; an unknown code or home area is refused by name")
  void upsertAndRefusals(TestDatabase.Kind kind) {
    start(kind);
    Organisation ward = new Organisation("UBND-P-HANGBAC", "UBND phường Hàng Bạc", OrganisationKind.COMMUNE_COMMITTEE,
        "00061", "hangbac@hoankiem.hanoi.gov.vn");
    service.save(ward);
    service.save(new Organisation(ward.code(), ward.name(), ward.kind(), ward.homeAreaCode(), "vanthu.hangbac@hoankiem.hanoi.gov.vn"));

    assertThat(service.findAll()).singleElement().extracting(Organisation::email).isEqualTo("vanthu.hangbac@hoankiem.hanoi.gov.vn");
    assertThatThrownBy(() -> service.require("SO-KHONGCO"))
        .isInstanceOf(UnknownOrganisationException.class).hasMessageContaining("SO-KHONGCO");
    assertThatThrownBy(() -> service.save(new Organisation("X", "X", OrganisationKind.PRESS, "99999", "x@x.gov.vn")))
        .isInstanceOf(UnknownAreaException.class).hasMessageContaining("99999");
    assertThat(service.find("X")).isEmpty();
  }
}
