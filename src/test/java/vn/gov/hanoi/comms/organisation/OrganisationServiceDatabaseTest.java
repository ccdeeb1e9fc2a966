package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.gov.hanoi.comms.area.AreaRepository;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.web.ConflictException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.testsupport.SeedFixtures;
import vn.gov.hanoi.comms.testsupport.TestDatabase;

/** Units as data in a real database (H2 in memory and PostgreSQL), without starting Spring. */
class OrganisationServiceDatabaseTest {

  private OrganisationRepository repository;
  private OrganisationService service;
  private final List<Object> events = new ArrayList<>();

  private void start(TestDatabase.Kind kind) {
    TestDatabase db = TestDatabase.fresh(kind, "organisation_it");
    AreaRepository areaRepository = new AreaRepository(db.jdbc(), db.transactionManager());
    AreaService areas = new AreaService(areaRepository);
    SeedFixtures.loadAreas2024(areas);
    repository = new OrganisationRepository(db.jdbc());
    service = new OrganisationService(repository, areas, events::add);
  }

  private static OrganisationInput ward(String email) {
    return new OrganisationInput(
        "UBND-P-HANGBAC", "UBND phường Hàng Bạc", "COMMUNE_COMMITTEE", "00061", email, "UBND-HB");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-4: an administrator registers a unit and edits it; each change is announced for its Camunda groups")
  void registerAndEdit(TestDatabase.Kind kind) {
    start(kind);
    Organisation o = service.register(ward("hangbac@hoankiem.hanoi.gov.vn"));
    service.update("UBND-P-HANGBAC", ward("vanthu.hangbac@hoankiem.hanoi.gov.vn"));

    assertThat(service.findAll())
        .singleElement()
        .isEqualTo(
            new Organisation(
                "UBND-P-HANGBAC",
                "UBND phường Hàng Bạc",
                OrganisationKind.COMMUNE_COMMITTEE,
                "00061",
                "vanthu.hangbac@hoankiem.hanoi.gov.vn",
                "UBND-HB"));
    assertThat(events).hasSize(2).first().isEqualTo(new OrganisationsChanged(List.of(o)));
    assertThatThrownBy(() -> service.register(ward("x@hoankiem.hanoi.gov.vn")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("UBND-P-HANGBAC");
    assertThatThrownBy(() -> service.require("SO-KHONGCO"))
        .isInstanceOf(UnknownOrganisationException.class)
        .hasMessageContaining("SO-KHONGCO");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName("A-4: a unit with faults is refused naming each field, and nothing is stored")
  void refusals(TestDatabase.Kind kind) {
    start(kind);
    assertThatThrownBy(
            () ->
                service.register(
                    new OrganisationInput(
                        "ubnd có dấu", " ", "PHUONG", "00061", "không-phải-thư", "")))
        .isInstanceOfSatisfying(
            ValidationProblemException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("code", "name", "kind", "email", "abbreviation"));
    assertThatThrownBy(
            () ->
                service.register(
                    new OrganisationInput(
                        "UBND-Q-X",
                        "UBND quận X",
                        "DISTRICT_COMMITTEE",
                        "00061",
                        "a@b.gov.vn",
                        "X")))
        .isInstanceOfSatisfying(
            ValidationProblemException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .satisfies(
                        f ->
                            assertThat(f.message())
                                .contains("quận/huyện")
                                .contains("Phường Hàng Bạc")));
    assertThatThrownBy(
            () ->
                service.register(
                    new OrganisationInput("X-1", "X", "PRESS", "99999", "x@x.gov.vn", "X")))
        .isInstanceOfSatisfying(
            ValidationProblemException.class,
            e ->
                assertThat(e.errors())
                    .singleElement()
                    .extracting(FieldError::field)
                    .isEqualTo("homeAreaCode"));
    assertThat(service.findAll()).isEmpty();
    assertThat(events).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDatabase.Kind.class)
  @DisplayName(
      "A-4: an import registers new units and replaces known ones; a file with any fault is refused whole with its line numbers")
  void importCsv(TestDatabase.Kind kind) {
    start(kind);
    service.register(ward("old@hoankiem.hanoi.gov.vn"));
    String good =
        OrganisationCsv.HEADER
            + "\n"
            + "SO-TUPHAP,Sở Tư pháp Hà Nội,CITY_DEPARTMENT,01,vanthu@tuphap.hanoi.gov.vn,STP\n"
            + "UBND-P-HANGBAC,\"UBND phường Hàng Bạc, quận Hoàn Kiếm\",COMMUNE_COMMITTEE,00061,new@hoankiem.hanoi.gov.vn,UBND-HB\n";
    assertThat(service.importCsv(csv(good))).isEqualTo(new OrganisationService.ImportResult(1, 1));
    assertThat(service.require("UBND-P-HANGBAC").email()).isEqualTo("new@hoankiem.hanoi.gov.vn");

    String bad =
        OrganisationCsv.HEADER
            + "\n"
            + "SO-YTE,Sở Y tế Hà Nội,CITY_DEPARTMENT,01,vanthu@soyte.hanoi.gov.vn,SYT\n"
            + "SO-YTE,Sở Y tế,CITY_DEPARTMENT,01,x@soyte.hanoi.gov.vn,SYT\n"
            + "UBND-P-X,UBND phường X,COMMUNE_COMMITTEE,99999,x@x.gov.vn,X\n"
            + "chỉ,ba,cột\n";
    assertThatThrownBy(() -> service.importCsv(csv(bad)))
        .isInstanceOfSatisfying(
            OrganisationCsv.ImportException.class,
            e -> assertThat(e.errors()).extracting(l -> l.line()).containsExactly(3, 4, 5));
    assertThat(service.find("SO-YTE")).isEmpty();
    assertThat(service.findAll()).hasSize(2);
  }

  private static ByteArrayInputStream csv(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
