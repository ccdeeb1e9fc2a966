package vn.gov.hanoi.comms.vneid.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.vneid.RequestRouting;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * An analyst's routing change, done as in Camunda Modeler: a row of the routing table edited and
 * the file deployed to /engine-rest as an administrator. The next request follows the new row,
 * without a restart or a rebuild; the routing is recorded in the request's row and visible in
 * Cockpit's decision history.
 */
class RoutingTableDeploymentTest extends IntegrationTest {
  private static final String ANALYST = "rules.analyst";

  @Autowired HistoryService historyService;
  @Autowired RequestRouting routing;

  /** What Modeler's "Deploy" does: a multipart POST with the file, as {@code user}. */
  private ResponseEntity<JsonNode> deploy(String user, String name, String dmn) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", name);
    parts.add("deployment-source", "Camunda Modeler");
    parts.add(
        "data",
        new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "vneid-routing.dmn";
          }
        });
    return RestCalls.client(APP_PORT, user, PASSWORD)
        .post()
        .uri("/engine-rest/deployment/create")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  private List<String> candidateGroups(long requestId) {
    return taskService
        .getIdentityLinksForTask(openTask(requestId, VneidProcess.Tasks.APPRAISE).getId())
        .stream()
        .map(IdentityLink::getGroupId)
        .filter(g -> g != null)
        .toList();
  }

  @Test
  @DisplayName(
      "V-ROUTE-1, V-STEP-3: the routing table decides, is recorded in the request's row and shows in the decision history")
  void routingIsDecidedByTheTableAndRecorded() {
    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));

    assertThat(routing.of(r.id()))
        .isEqualTo(
            new Routing(
                "police-appraisal-001",
                "Công an Quận Ba Đình",
                "police-chief-001",
                "TRƯỞNG CÔNG AN QUẬN BA ĐÌNH"));
    assertThat(candidateGroups(r.id())).containsExactly("police-appraisal-001");
    HistoricDecisionInstance d =
        historyService
            .createHistoricDecisionInstanceQuery()
            .processInstanceId(r.processInstanceId())
            .activityIdIn("Task_DecideRouting")
            .includeInputs()
            .includeOutputs()
            .singleResult();
    assertThat(d.getDecisionDefinitionKey()).isEqualTo("vneid-routing-three-level");
    assertThat(d.getActivityId()).isEqualTo("Task_DecideRouting");
    assertThat(d.getOutputs())
        .anySatisfy(o -> assertThat(o.getValue()).isEqualTo("police-appraisal-001"));
    assertThat(runtimeService.getVariables(r.processInstanceId()))
        .as("the table's inputs are transient: the process keeps none of them")
        .doesNotContainKeys(
            "unitKind", "unitDistrict", "targetDistrict", "areaTiers", "decisionResult");
  }

  @Test
  @DisplayName(
      "A row edited and deployed through /engine-rest/deployment/create reroutes the next request, without a restart")
  void analystsEditReroutesTheNextRequest() throws Exception {
    ensureUser(ANALYST, Groups.ADMIN);
    String original = Files.readString(RoutingTablesTest.FILE);
    // Commune police appraise their own ward's requests: two cells of one row, typed in Modeler.
    String edited =
        RoutingTablesTest.CommunePoliceEdit.apply(original, "Rule_ThreeLevel_LocalUnit");
    VneidRequestRecord before = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    try {
      ResponseEntity<JsonNode> deployed = deploy(ANALYST, "vneid-routing (analyst)", edited);
      assertThat(deployed.getStatusCode().value()).as("%s", deployed.getBody()).isEqualTo(200);
      assertThat(deployed.getBody().path("deployedDecisionDefinitions")).hasSize(2);

      VneidRequestRecord after = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));

      assertThat(routing.of(after.id()))
          .isEqualTo(
              new Routing(
                  "police-appraisal-00004",
                  "Công an Phường Trúc Bạch",
                  "police-chief-001",
                  "TRƯỞNG CÔNG AN QUẬN BA ĐÌNH"));
      assertThat(candidateGroups(after.id())).containsExactly("police-appraisal-00004");
      assertThat(routing.of(before.id()).appraiserGroup())
          .as("a request routed before keeps its routing")
          .isEqualTo("police-appraisal-001");
    } finally {
      assertThat(deploy(ANALYST, "vneid-routing (restored)", original).getStatusCode().value())
          .isEqualTo(200);
    }
    VneidRequestRecord restored = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    assertThat(routing.of(restored.id()).appraiserGroup()).isEqualTo("police-appraisal-001");
  }

  @Test
  @DisplayName("Only an administrator deploys: a unit's staff is refused by /engine-rest")
  void onlyAdministratorsDeploy() throws Exception {
    ensureUser("rules.staff", Groups.unit("UBND-P-TRUCBACH"));
    ResponseEntity<JsonNode> refused =
        deploy("rules.staff", "x", Files.readString(RoutingTablesTest.FILE));
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
  }
}
