package vn.gov.hanoi.comms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * What operators scrape and probe: Prometheus metrics of the flows and the engine, health, history
 * cleanup.
 */
class OperationsTest extends IntegrationTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + APP_PORT + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static double sample(String body, String metric, String labels) {
    Matcher m =
        Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$").matcher(body);
    while (m.find()) {
      if (m.group(1).contains(labels)) {
        return Double.parseDouble(m.group(2));
      }
    }
    throw new AssertionError(
        metric
            + "{"
            + labels
            + "} not in the scrape:\n"
            + body.lines()
                .filter(l -> l.startsWith("hanoi") || l.startsWith("# HELP hanoi"))
                .toList());
  }

  @Test
  @DisplayName(
      "V-STEP-2, V-STEP-3: /actuator/prometheus, without credentials, lists requests and notices per status, "
          + "the engine's jobs and incidents, and the time per step; the counts follow the flows")
  void prometheusListsTheFlows() throws Exception {
    String before = get("/actuator/prometheus").body();
    double inAppraisal = sample(before, "hanoi_vneid_requests", "status=\"IN_APPRAISAL\"");
    double inApproval = sample(before, "hanoi_vneid_requests", "status=\"IN_APPROVAL\"");
    for (String status : List.of("RETURNED", "SCHEDULED", "PUBLISHED", "EXPIRED", "WITHDRAWN")) {
      sample(before, "hanoi_vneid_requests", "status=\"" + status + "\"");
    }
    for (String status : List.of("IN_APPROVAL", "STOPPED_DUPLICATE", "SENT")) {
      sample(before, "hanoi_ihanoi_notices", "status=\"" + status + "\"");
    }
    for (String state : List.of("due", "waiting", "failed")) {
      sample(before, "hanoi_engine_jobs", "state=\"" + state + "\"");
    }
    sample(before, "hanoi_engine_incidents", "type=\"all\"");
    double returnedBefore = sample(before, "hanoi_vneid_requests", "status=\"RETURNED\"");
    double jobsDone = sample(before, "hanoi_engine_job_events_total", "event=\"job-successful\"");

    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.APPRAISAL_REASONS, "Đạt"));

    // A returned request's notice mail runs as a job: Camunda counts it once reported to the
    // database.
    VneidRequestRecord returned = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    complete(
        returned.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, "Thiếu nguồn"));
    runDueJobs();
    managementService.reportDbMetricsNow();

    HttpResponse<String> after = get("/actuator/prometheus");
    assertThat(after.statusCode()).isEqualTo(200);
    assertThat(sample(after.body(), "hanoi_vneid_requests", "status=\"IN_APPRAISAL\""))
        .isEqualTo(inAppraisal);
    assertThat(sample(after.body(), "hanoi_vneid_requests", "status=\"IN_APPROVAL\""))
        .isEqualTo(inApproval + 1);
    assertThat(sample(after.body(), "hanoi_flow_step_seconds_count", "step=\"Task_Appraise\""))
        .isGreaterThanOrEqualTo(1);
    assertThat(after.body()).contains("process=\"vneid-request\"");
    assertThat(sample(after.body(), "hanoi_engine_job_events_total", "event=\"job-successful\""))
        .isGreaterThan(jobsDone);
    assertThat(sample(after.body(), "hanoi_vneid_requests", "status=\"RETURNED\""))
        .isEqualTo(returnedBefore + 1);
  }

  @Test
  @DisplayName("V-STEP-3: a completion the rules refuse is not counted as a step done")
  void refusedDecisionIsNotTimed() throws Exception {
    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    double before = stepCount(get("/actuator/prometheus").body(), "Task_Appraise");
    try {
      complete(
          r.id(),
          Tasks.APPRAISE,
          "ca.badinh.thamdinh",
          Groups.districtAppraisal("001"),
          Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN));
    } catch (RuntimeException refused) {
      // reasons are required to return (the task stays open)
    }
    assertThat(stepCount(get("/actuator/prometheus").body(), "Task_Appraise")).isEqualTo(before);
  }

  private static double stepCount(String body, String step) {
    try {
      return sample(body, "hanoi_flow_step_seconds_count", "step=\"" + step + "\"");
    } catch (AssertionError none) {
      return 0;
    }
  }

  @Test
  @DisplayName(
      "P-2: health and metrics are readable without credentials, but nothing under /actuator can be written or "
          + "reached beyond them")
  void actuatorIsReadOnly() throws Exception {
    assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/env").statusCode()).isIn(401, 403, 404);
    // The build's version, filled in by Maven's filtering of application.yaml, tells an operator
    // what a node runs.
    assertThat(get("/actuator/info").body())
        .contains("\"version\":\"")
        .doesNotContain("@project.version@");
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + APP_PORT + "/actuator/prometheus"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isIn(401, 403, 405);
  }

  @Test
  @DisplayName(
      "P-3: history is removed by time (the processes' 180-day time to live after they end), in a nightly window")
  void historyCleanupConfigured() {
    var config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(config.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
    assertThat(config.getHistoryRemovalTimeStrategy()).isEqualTo("end");
    assertThat(config.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
    assertThat(config.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    assertThat(repositoryTtl())
        .as("every deployed process keeps a time to live")
        .doesNotContainNull();
  }

  private List<Integer> repositoryTtl() {
    return processEngine
        .getRepositoryService()
        .createProcessDefinitionQuery()
        .latestVersion()
        .list()
        .stream()
        .map(d -> d.getHistoryTimeToLive())
        .toList();
  }
}
