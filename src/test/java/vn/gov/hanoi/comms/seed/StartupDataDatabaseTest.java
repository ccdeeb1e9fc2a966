package vn.gov.hanoi.comms.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaProperties;
import vn.gov.hanoi.comms.area.AreaRepository;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.organisation.OrganisationRepository;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/**
 * What an empty database starts with, per data set (T-5), on H2 and PostgreSQL, without starting
 * Spring.
 */
class StartupDataDatabaseTest {
  private AreaRepository areaRepository;
  private AreaService areas;
  private OrganisationRepository organisations;

  private StartupData start(TestDatabase.Kind kind, String dataset, String initialList) {
    TestDatabase db = TestDatabase.fresh(kind, "startup_data_it");
    areaRepository = new AreaRepository(db.jdbc(), db.transactionManager());
    areas = new AreaService(areaRepository);
    organisations = new OrganisationRepository(db.jdbc());
    return new StartupData(
        areaRepository,
        areas,
        organisations,
        new OrganisationService(organisations, areas, event -> {}),
        new SeedProperties(dataset),
        new AreaProperties(initialList));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "T-5, A-2: a production start (no data set) loads today's official area list as reference data and no unit")
  void productionStart(TestDatabase.Kind kind) {
    StartupData data = start(kind, "none", "hanoi-2025-07");

    assertThat(data.loadAreas()).isEqualTo("hanoi-2025-07");
    assertThat(data.loadOrganisations()).isZero();
    assertThat(data.loadAreas()).as("only into an empty database").isNull();

    assertThat(areas.currentSetId()).isEqualTo("hanoi-2025-07");
    assertThat(areas.currentTree().all())
        .filteredOn(a -> a.level() == AreaLevel.COMMUNE)
        .hasSize(126);
    assertThat(areas.sets()).hasSize(1);
    assertThat(areaRepository.findMerges("hanoi-2025-07"))
        .as("its merge mapping ships with it")
        .hasSize(796);
    assertThat(organisations.count()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("T-5: without a data set and without an initial list, nothing at all is created")
  void nothing(TestDatabase.Kind kind) {
    StartupData data = start(kind, "none", "");
    assertThat(data.loadAreas()).isNull();
    assertThat(data.loadOrganisations()).isZero();
    assertThat(areaRepository.anySetExists()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-2: the demo data set runs on the official two-level list with today's units; the 2024 fixture on three levels")
  void dataSets(TestDatabase.Kind kind) {
    StartupData demo = start(kind, "hanoi-2025", "hanoi-2025-07");
    assertThat(demo.loadAreas()).isEqualTo("hanoi-2025-07");
    assertThat(demo.loadOrganisations()).isEqualTo(21);
    assertThat(demo.loadOrganisations()).isZero();
    assertThat(organisations.findByCode("UBND-X-SOCSON"))
        .get()
        .extracting(o -> o.homeAreaCode())
        .isEqualTo("00376");
    assertThat(areas.currentTree().all()).noneMatch(a -> a.level() == AreaLevel.DISTRICT);

    StartupData fixture = start(kind, "hanoi-2024", "hanoi-2025-07");
    assertThat(fixture.loadAreas())
        .as("the data set's areas, not the initial list")
        .isEqualTo("hanoi-2024-demo");
    assertThat(fixture.loadOrganisations()).isEqualTo(30);
    assertThat(areas.currentTree().nearestDistrictOf("00004"))
        .get()
        .extracting(a -> a.name())
        .isEqualTo("Quận Ba Đình");
  }
}
