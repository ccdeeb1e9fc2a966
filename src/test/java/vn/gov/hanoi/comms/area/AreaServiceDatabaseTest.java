package vn.gov.hanoi.comms.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gov.hanoi.comms.testsupport.MutableClock;
import vn.gov.hanoi.comms.testsupport.SeedFixtures;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/** Imports into a real database (H2 in memory and PostgreSQL), without starting Spring. */
class AreaServiceDatabaseTest {

  private static final String SCHEMA = "area_service_it";

  private TestDatabase db;
  private AreaRepository repository;
  private MutableClock clock;
  private AreaService service;

  private void start(TestDatabase.Kind kind) {
    db = TestDatabase.fresh(kind, SCHEMA);
    repository = new AreaRepository(db.jdbc(), db.transactionManager());
    clock = new MutableClock(Instant.parse("2025-06-30T17:00:00Z"));
    service = new AreaService(repository, clock, Duration.ofSeconds(10));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-3: a bad import writes nothing and leaves the previously active set untouched")
  void badImportLeavesActiveSetUntouched(TestDatabase.Kind kind) {
    start(kind);
    service.importCsv(
        "hanoi-2024", "Hà Nội 2024", ReferenceAreaFiles.open(ReferenceAreaFiles.Y2024), true);
    AreaTree before = service.currentTree();

    String bad =
        "level,code,name,parent_code,type\n"
            + "city,01,Thành phố Hà Nội,,thành phố\n"
            + "commune,00004,Phường Ba Đình,01,phường\n"
            + "commune,00008,Phường Ngọc Hà,099,phường\n";
    assertThatThrownBy(() -> service.importCsv("hanoi-bad", "Bad file", csv(bad), true))
        .isInstanceOfSatisfying(
            AreaImportException.class,
            e -> assertThat(e.errors()).extracting(LineError::line).containsExactly(4));

    assertThat(repository.findActiveSetId()).contains("hanoi-2024");
    assertThat(repository.setExists("hanoi-bad")).isFalse();
    assertThat(countAreas(db.jdbc(), "hanoi-bad")).isZero();
    assertThat(countAreas(db.jdbc(), "hanoi-2024")).isEqualTo(610);
    clock.advance(Duration.ofMinutes(1));
    assertThat(service.currentTree()).isSameAs(before);
    assertThat(service.currentTree().require("00004").name()).isEqualTo("Phường Trúc Bạch");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-2: activating the July 2025 list switches to a two-level tree without a code change")
  void activateTwoLevelTree(TestDatabase.Kind kind) {
    start(kind);
    service.importCsv(
        "hanoi-2024", "Hà Nội 2024", ReferenceAreaFiles.open(ReferenceAreaFiles.Y2024), true);
    AreaImportResult imported =
        service.importCsv(
            "hanoi-2025-07",
            "Hà Nội từ 1/7/2025",
            ReferenceAreaFiles.open(ReferenceAreaFiles.FROM_JULY_2025),
            false);

    assertThat(imported.areaCount()).isEqualTo(127);
    assertThat(service.currentSetId()).isEqualTo("hanoi-2024");
    assertThat(service.currentTree().nearestDistrictOf("00004")).map(Area::code).contains("001");

    service.activate("hanoi-2025-07");

    assertThat(service.currentTree().nearestDistrictOf("00004")).isEmpty();
    assertThat(service.currentTree().parentOf("00004")).map(Area::code).contains("01");
    assertThat(repository.findAllSets())
        .filteredOn(AreaSet::active)
        .extracting(AreaSet::id)
        .containsExactly("hanoi-2025-07");
    assertThat(repository.findSet("hanoi-2024"))
        .get()
        .satisfies(
            set -> {
              assertThat(set.active()).isFalse();
              assertThat(set.importedAt()).isEqualTo(Instant.parse("2025-06-30T17:00:00Z"));
            });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-3: a set id already used is refused and the stored set is kept")
  void existingSetIdRefused(TestDatabase.Kind kind) {
    start(kind);
    service.importCsv(
        "hanoi-2024", "Hà Nội 2024", ReferenceAreaFiles.open(ReferenceAreaFiles.Y2024), true);

    assertThatThrownBy(
            () ->
                service.importCsv(
                    "hanoi-2024",
                    "again",
                    ReferenceAreaFiles.open(ReferenceAreaFiles.FROM_JULY_2025),
                    true))
        .isInstanceOf(AreaSetAlreadyExistsException.class)
        .hasMessageContaining("hanoi-2024");
    assertThat(countAreas(db.jdbc(), "hanoi-2024")).isEqualTo(610);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-2: a second node sharing the database sees an activation within the recheck interval")
  void secondNodeSeesActivation(TestDatabase.Kind kind) {
    start(kind);
    AreaService otherNode =
        new AreaService(
            new AreaRepository(db.jdbc(), db.transactionManager()), clock, Duration.ofSeconds(10));
    service.importCsv(
        "hanoi-2024", "Hà Nội 2024", ReferenceAreaFiles.open(ReferenceAreaFiles.Y2024), true);
    assertThat(otherNode.currentTree().size()).isEqualTo(610);

    service.importCsv(
        "hanoi-2025-07",
        "Hà Nội từ 1/7/2025",
        ReferenceAreaFiles.open(ReferenceAreaFiles.FROM_JULY_2025),
        true);

    assertThat(service.currentTree().size()).isEqualTo(127);
    assertThat(otherNode.currentTree().size()).as("still cached").isEqualTo(610);
    clock.advance(Duration.ofSeconds(10));
    assertThat(otherNode.currentTree().size()).isEqualTo(127);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-1: the tests' 2024 fixture set imports as an active three-level tree")
  void fixtureAreas(TestDatabase.Kind kind) {
    start(kind);

    assertThatThrownBy(() -> service.currentTree()).isInstanceOf(IllegalStateException.class);
    SeedFixtures.loadAreas2024(service);

    assertThat(service.currentSetId()).isEqualTo("hanoi-2024-demo");
    AreaTree tree = service.currentTree();
    assertThat(tree.size()).isEqualTo(1 + 30 + 14 + 18 + 18 + 17);
    assertThat(tree.nearestDistrictOf("09542")).map(Area::name).contains("Quận Hà Đông");
  }

  private static InputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static long countAreas(JdbcClient jdbc, String setId) {
    return jdbc.sql("select count(*) from area where set_id = :id")
        .param("id", setId)
        .query(Long.class)
        .single();
  }
}
