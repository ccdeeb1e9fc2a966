package vn.gov.hanoi.comms.vneid.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.area.ReferenceAreaList;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The routing tables of dmn/vneid-routing.dmn, row by row, on the official lists of 2024 (three
 * levels) and July 2025 (two levels), with the facts the product computes (RoutingFacts). Every row
 * of every table is driven by a case here: a row added without a case fails {@link
 * #everyRowIsDriven()}.
 */
public class RoutingTablesTest {
  public static final Path FILE = Path.of("dmn", "vneid-routing.dmn");
  static final String THREE = "vneid-routing-three-level";
  static final String TWO = "vneid-routing-two-level";
  private static final AreaTree Y2024 = ReferenceAreaList.HANOI_2024.tree();
  private static final AreaTree Y2025 = ReferenceAreaList.HANOI_2025_07.tree();

  static final Organisation WARD_TRUC_BACH =
      unit("UBND-P-TRUCBACH", OrganisationKind.COMMUNE_COMMITTEE, "00004");
  static final Organisation DISTRICT_BA_DINH =
      unit("UBND-Q-BADINH", OrganisationKind.DISTRICT_COMMITTEE, "001");
  static final Organisation SO_TU_PHAP = unit("SO-TUPHAP", OrganisationKind.CITY_DEPARTMENT, "01");
  static final Organisation MTTQ = unit("MTTQ-HN", OrganisationKind.POLITICAL_ORGANISATION, "01");
  static final Organisation KHO_BAC = unit("KBNN-HN", OrganisationKind.CENTRAL_AGENCY, "01");
  static final Organisation HANOIMOI = unit("BAO-HANOIMOI", OrganisationKind.PRESS, "01");
  static final Organisation WARD_BA_DINH_2025 =
      unit("UBND-P-BADINH", OrganisationKind.COMMUNE_COMMITTEE, "00004");
  static final Organisation COMMUNE_SOC_SON_2025 =
      unit("UBND-X-SOCSON", OrganisationKind.COMMUNE_COMMITTEE, "00376");

  static final String PC06 = "pc06-appraisal";
  static final String DIRECTOR = "city-police-director";
  static final String PC06_NAME = "Phòng Cảnh sát QLHC về TTXH (PC06) – Công an Thành phố Hà Nội";
  static final String DIRECTOR_TITLE = "GIÁM ĐỐC CÔNG AN THÀNH PHỐ HÀ NỘI";

  private static Organisation unit(String code, OrganisationKind kind, String home) {
    return new Organisation(code, code, kind, home, "vanthu@x.gov.vn", "X");
  }

  /** One request and the row and answer the tables must give. */
  record Case(
      String rule,
      String table,
      Organisation unit,
      Scope scope,
      List<String> targets,
      AreaTree tree,
      Routing expected) {}

  static List<Case> cases() {
    return List.of(
        // V-ROUTE-4, V-STEP-3
        new Case(
            "Rule_ThreeLevel_National",
            THREE,
            WARD_TRUC_BACH,
            Scope.NATIONAL,
            List.of(),
            Y2024,
            new Routing(
                PC06,
                PC06_NAME,
                "c06-approver",
                "CỤC TRƯỞNG CỤC CẢNH SÁT QLHC VỀ TTXH (C06) – BỘ CÔNG AN")),
        // V-ROUTE-2, V-STEP-3
        new Case(
            "Rule_ThreeLevel_CityUnitCityScope",
            THREE,
            SO_TU_PHAP,
            Scope.CITY,
            List.of("01"),
            Y2024,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_ThreeLevel_CityUnitCityScope",
            THREE,
            KHO_BAC,
            Scope.CITY,
            List.of("01"),
            Y2024,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_ThreeLevel_CityUnitOneDistrict",
            THREE,
            SO_TU_PHAP,
            Scope.DISTRICT,
            List.of("002"),
            Y2024,
            new Routing(PC06, PC06_NAME, "police-chief-002", "TRƯỞNG CÔNG AN QUẬN HOÀN KIẾM")),
        new Case(
            "Rule_ThreeLevel_CityUnitOneDistrict",
            THREE,
            HANOIMOI,
            Scope.COMMUNE,
            List.of("00061", "00070"),
            Y2024,
            new Routing(PC06, PC06_NAME, "police-chief-002", "TRƯỞNG CÔNG AN QUẬN HOÀN KIẾM")),
        new Case(
            "Rule_ThreeLevel_CityUnitSeveralDistricts",
            THREE,
            SO_TU_PHAP,
            Scope.DISTRICT,
            List.of("001", "002"),
            Y2024,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_ThreeLevel_CityUnitSeveralDistricts",
            THREE,
            MTTQ,
            Scope.COMMUNE,
            List.of("00061", "09542"),
            Y2024,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        // V-ROUTE-1, V-STEP-3
        new Case(
            "Rule_ThreeLevel_LocalUnit",
            THREE,
            WARD_TRUC_BACH,
            Scope.COMMUNE,
            List.of("00004"),
            Y2024,
            new Routing(
                "police-appraisal-001",
                "Công an Quận Ba Đình",
                "police-chief-001",
                "TRƯỞNG CÔNG AN QUẬN BA ĐÌNH")),
        new Case(
            "Rule_ThreeLevel_LocalUnit",
            THREE,
            DISTRICT_BA_DINH,
            Scope.DISTRICT,
            List.of("001"),
            Y2024,
            new Routing(
                "police-appraisal-001",
                "Công an Quận Ba Đình",
                "police-chief-001",
                "TRƯỞNG CÔNG AN QUẬN BA ĐÌNH")),
        // the two-level Hanoi of today
        new Case(
            "Rule_TwoLevel_National",
            TWO,
            WARD_BA_DINH_2025,
            Scope.NATIONAL,
            List.of(),
            Y2025,
            new Routing(
                PC06,
                PC06_NAME,
                "c06-approver",
                "CỤC TRƯỞNG CỤC CẢNH SÁT QLHC VỀ TTXH (C06) – BỘ CÔNG AN")),
        new Case(
            "Rule_TwoLevel_CityScope",
            TWO,
            SO_TU_PHAP,
            Scope.CITY,
            List.of("01"),
            Y2025,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_TwoLevel_CommuneUnit",
            TWO,
            WARD_BA_DINH_2025,
            Scope.COMMUNE,
            List.of("00004"),
            Y2025,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_TwoLevel_CommuneUnit",
            TWO,
            COMMUNE_SOC_SON_2025,
            Scope.COMMUNE,
            List.of("00376"),
            Y2025,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)),
        new Case(
            "Rule_TwoLevel_CityUnitCommuneScope",
            TWO,
            SO_TU_PHAP,
            Scope.COMMUNE,
            List.of("00004", "00376"),
            Y2025,
            new Routing(PC06, PC06_NAME, DIRECTOR, DIRECTOR_TITLE)));
  }

  static Stream<Arguments> casesByName() {
    return cases().stream()
        .map(
            c ->
                Arguments.of(
                    c.rule() + ": " + c.unit().code() + " " + c.scope() + " " + c.targets(), c));
  }

  /** Evaluates a table on a request's facts; collects the ids of the rows that matched. */
  public static final class Tables {
    final Map<String, DmnDecision> byKey = new java.util.HashMap<>();
    final List<String> matched = new ArrayList<>();
    private final DmnEngine engine;

    public Tables(byte[] dmn) {
      DefaultDmnEngineConfiguration config =
          (DefaultDmnEngineConfiguration)
              DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      DmnDecisionTableEvaluationListener listener =
          event -> event.getMatchingRules().forEach(r -> matched.add(r.getId()));
      config.customPostDecisionTableEvaluationListeners(List.of(listener));
      engine = config.buildEngine();
      engine.parseDecisions(new ByteArrayInputStream(dmn)).forEach(d -> byKey.put(d.getKey(), d));
    }

    public Routing route(String table, RoutingFacts facts) {
      DmnDecisionTableResult result =
          engine.evaluateDecisionTable(byKey.get(table), facts.asVariables());
      return RoutingResult.read(
          table, facts, result.isEmpty() ? null : result.getFirstResult().getEntryMap());
    }
  }

  static Tables tables() throws IOException {
    return new Tables(Files.readAllBytes(FILE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("casesByName")
  @DisplayName("V-ROUTE-1..4, V-STEP-3, A-2: each row of the routing tables routes its requests")
  void routes(String name, Case c) throws IOException {
    Tables tables = tables();
    RoutingFacts facts = RoutingFacts.of(c.unit(), c.scope(), c.targets(), c.tree());
    assertThat(facts.areaTiers())
        .as("table chosen by the tree")
        .isEqualTo(c.table().equals(THREE) ? 3 : 2);
    assertThat(tables.route(c.table(), facts)).isEqualTo(c.expected());
    assertThat(tables.matched)
        .as("FIRST hit policy: the row that decided")
        .first()
        .isEqualTo(c.rule());
  }

  @Test
  @DisplayName("Every row of every routing table is driven by a case above")
  void everyRowIsDriven() throws IOException {
    Tables tables = tables();
    for (Case c : cases()) {
      tables.route(c.table(), RoutingFacts.of(c.unit(), c.scope(), c.targets(), c.tree()));
    }
    Set<String> rows = new TreeSet<>();
    Matcher m = Pattern.compile("<rule id=\"([^\"]+)\"").matcher(Files.readString(FILE));
    while (m.find()) {
      rows.add(m.group(1));
    }
    assertThat(rows).hasSize(9);
    assertThat(new TreeSet<>(tables.matched)).isEqualTo(rows);
    assertThat(tables.byKey).containsOnlyKeys(THREE, TWO);
  }

  @Test
  @DisplayName(
      "A request no row covers is stopped with the table's fault named, never sent to nobody")
  void noRowMatches() throws IOException {
    Tables tables = tables();
    // A district scope does not exist on the two-level list; the scope check refuses it before
    // routing.
    RoutingFacts twoLevelDistrict =
        RoutingFacts.of(WARD_BA_DINH_2025, Scope.DISTRICT, List.of("00004"), Y2025);
    assertThatThrownBy(() -> tables.route(TWO, twoLevelDistrict))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("không có dòng nào khớp");
    assertThatThrownBy(
            () ->
                RoutingResult.read(
                    TWO,
                    "facts",
                    Map.of(
                        "appraiserGroup",
                        "có dấu cách",
                        "appraiserName",
                        "x",
                        "approverGroup",
                        DIRECTOR,
                        "approverTitle",
                        "")))
        .hasMessageContaining("appraiserGroup")
        .hasMessageContaining("approverTitle trống");
  }

  @Test
  @DisplayName(
      "A-2: \"commune police appraise\" on the two-level list is a change of rows, not of code")
  void communePoliceAppraiseIsAChangeOfRows() throws IOException {
    String dmn = Files.readString(FILE);
    String edited = CommunePoliceEdit.apply(dmn, "Rule_TwoLevel_CommuneUnit");
    Tables tables = new Tables(edited.getBytes(StandardCharsets.UTF_8));
    Routing r =
        tables.route(
            TWO, RoutingFacts.of(WARD_BA_DINH_2025, Scope.COMMUNE, List.of("00004"), Y2025));
    assertThat(r)
        .isEqualTo(
            new Routing(
                "police-appraisal-00004", "Công an Phường Ba Đình", DIRECTOR, DIRECTOR_TITLE));
    Routing socSon =
        tables.route(
            TWO, RoutingFacts.of(COMMUNE_SOC_SON_2025, Scope.COMMUNE, List.of("00376"), Y2025));
    assertThat(socSon.appraiserGroup()).isEqualTo("police-appraisal-00376");
    assertThat(socSon.receivingPoliceName()).isEqualTo("Công an Xã Sóc Sơn");
  }

  /**
   * What an analyst types into two cells of one row in Modeler: the appraiser becomes the unit's
   * own commune police.
   */
  public static final class CommunePoliceEdit {
    private CommunePoliceEdit() {}

    public static String apply(String dmn, String ruleId) {
      int start = dmn.indexOf("<rule id=\"" + ruleId + "\">");
      int end = dmn.indexOf("</rule>", start);
      String row = dmn.substring(start, end);
      String edited =
          row.replaceFirst(
                  "(AppraiserGroup\"><text>)[^<]*(</text>)", "$1\"police-appraisal-\" + unitArea$2")
              .replaceFirst(
                  "(AppraiserName\"><text>)[^<]*(</text>)", "$1\"Công an \" + unitAreaName$2");
      if (edited.equals(row)) {
        throw new IllegalStateException("row " + ruleId + " not found or not changed");
      }
      return dmn.substring(0, start) + edited + dmn.substring(end);
    }
  }
}
