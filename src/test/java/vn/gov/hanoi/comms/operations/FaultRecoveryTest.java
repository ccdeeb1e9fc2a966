package vn.gov.hanoi.comms.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FaultAfterDelivery;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.JobFaults;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Faults injected for real in the running application: the mail server stopped, the gateway
 * answering 5xx, too slow, or the job failing after the gateway confirmed. The job is retried as
 * the model says (R3/PT5M: three tries five minutes apart), then an incident stands with the error;
 * once the fault clears, Cockpit's "Retry" (setJobRetries to 1) finishes the work exactly once.
 */
class FaultRecoveryTest extends IntegrationTest {
  private static final String WARD = "UBND-P-TRUCBACH";

  @AfterEach
  void clearFaults() {
    TestMail.start();
    TestGateway.reset();
    FaultAfterDelivery.disarm();
  }

  private int failUntilIncident(String activityId) {
    return JobFaults.failUntilIncident(managementService, activityId);
  }

  private Incident incidentAt(String activityId) {
    return JobFaults.incidentAt(runtimeService, activityId);
  }

  /** What Cockpit's "Retry" on the incident does, then the job executor's next round. */
  private void retryFromCockpit(Incident incident) {
    JobFaults.retry(managementService, incident);
    runDueJobs();
  }

  private VneidRequestRecord approvedWardRequest() {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.APPRAISAL_REASONS, "Đạt"));
    complete(
        r.id(),
        Tasks.APPROVE,
        "ca.badinh.truong",
        Groups.districtChief("001"),
        Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE, Vars.APPROVAL_REASONS, "Đồng ý"));
    runDueJobs();
    moveClock(Duration.ofDays(1).plusMinutes(1));
    // The window opens: the timer fires and leaves the publication to its own job.
    Job timer =
        managementService
            .createJobQuery()
            .activityId("Timer_WindowStart")
            .executable()
            .singleResult();
    managementService.executeJob(timer.getId());
    return r;
  }

  private long feedRows(long requestId) {
    return jdbc.sql("select count(*) from publication where source = 'VNEID' and source_id = :id")
        .param("id", requestId)
        .query(Long.class)
        .single();
  }

  @Test
  @DisplayName(
      "V-STEP-4: mail server down: the notice mail is tried 3 times 5 minutes apart, then an incident names the "
          + "failure; after the server is back, Retry sends the mail once and the request waits for revision")
  void mailServerDown() throws Exception {
    VneidRequestRecord r = submit(draft(WARD, Scope.COMMUNE, List.of("00004")));
    TestMail.stop();
    complete(
        r.id(),
        Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, "Ảnh mờ"));
    assertThat(status(r.id())).isEqualTo("RETURNED");

    assertThat(failUntilIncident("Task_EmailNotice")).isEqualTo(3);
    Incident incident = incidentAt("Task_EmailNotice");
    assertThat(incident.getIncidentMessage()).containsIgnoringCase("mail");
    assertThat(openTask(r.id(), Tasks.REVISE)).isNull();

    TestMail.start();
    retryFromCockpit(incident);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(openTask(r.id(), Tasks.REVISE)).isNotNull();
    assertThat(TestMail.server().getReceivedMessages()).hasSize(1);
    assertThat(TestMail.server().getReceivedMessages()[0].getAllRecipients()[0].toString())
        .isEqualTo("trucbach@badinh.hanoi.gov.vn");
  }

  @Test
  @DisplayName(
      "V-STEP-5: gateway answering 503, then too slow, then back: retried, an incident, and after Retry the "
          + "article is in the feed once and published once at the gateway")
  void gatewayFailsThenSlowThenRecovers() {
    VneidRequestRecord r = approvedWardRequest();
    String key = "vneid-" + r.id() + "-r1";

    TestGateway.mode(TestGateway.Mode.FAIL_5XX);
    assertThat(failUntilIncident("Task_Publish")).isEqualTo(3);
    Incident incident = incidentAt("Task_Publish");
    assertThat(incident.getIncidentMessage())
        .contains("bài Loa phường VNeID của đề nghị số " + r.id(), "HTTP 503", key)
        .contains("Kiểm tra:");
    assertThat(feedRows(r.id())).as("the feed rolled back with the failed job").isZero();
    assertThat(status(r.id())).isEqualTo("SCHEDULED");
    assertThat(TestGateway.refused()).containsExactly(key, key, key);

    TestGateway.mode(TestGateway.Mode.SLOW);
    long started = System.nanoTime();
    assertThatThrownByRetry(incident);
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isLessThan(Duration.ofSeconds(TestGateway.SLOW_MILLIS / 1000));
    Incident stillThere = incidentAt("Task_Publish");
    assertThat(stillThere.getIncidentMessage())
        .contains("không trả lời trong PT1S", "app.publication.webhook.timeout");

    TestGateway.mode(TestGateway.Mode.OK);
    retryFromCockpit(stillThere);
    assertThat(runtimeService.createIncidentQuery().count()).isZero();
    assertThat(status(r.id())).isEqualTo("PUBLISHED");
    assertThat(feedRows(r.id())).isEqualTo(1);
    // The slow call was processed by the gateway without our knowing: the retry repeats it with the
    // same
    // key, which the gateway drops. Residents see it once.
    assertThat(TestGateway.publishCallsFor(key)).isEqualTo(2);
    assertThat(TestGateway.publicationsFor(key)).isEqualTo(1);
  }

  private void assertThatThrownByRetry(Incident incident) {
    JobFaults.retry(managementService, incident);
    assertThatThrownBy(() -> managementService.executeJob(incident.getConfiguration()))
        .isInstanceOf(Exception.class);
  }

  @Test
  @DisplayName(
      "V-STEP-5: the job fails after the gateway confirmed the article: the retry neither calls the gateway "
          + "again nor writes a second feed row")
  void partialSuccessIsNotRepeated() {
    VneidRequestRecord r = approvedWardRequest();
    String key = "vneid-" + r.id() + "-r1";

    FaultAfterDelivery.arm();
    List<String> errors = new ArrayList<>();
    Job job =
        managementService.createJobQuery().activityId("Task_Publish").executable().singleResult();
    try {
      managementService.executeJob(job.getId());
    } catch (Exception e) {
      errors.add(e.getMessage());
    }
    assertThat(errors).singleElement().asString().contains("injected fault");
    assertThat(TestGateway.publishCallsFor(key)).isEqualTo(1);
    assertThat(feedRows(r.id())).isZero();

    FaultAfterDelivery.disarm();
    moveClock(Duration.ofMinutes(5).plusSeconds(1));
    runDueJobs();
    assertThat(status(r.id())).isEqualTo("PUBLISHED");
    assertThat(feedRows(r.id())).isEqualTo(1);
    assertThat(TestGateway.publishCallsFor(key))
        .as("no second call for a confirmed key")
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from publication_delivery where idempotency_key = :k")
                .param("k", key)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
