package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.security.boundary.Door;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The trust boundary, tried as an attacker would (T-1..T-3, T-5): every probe goes through
 * Camunda's REST API (/engine-rest, HTTP Basic) and, where Tasklist can send it, through Tasklist's
 * own API with a real session and XSRF token, for VNeID requests (iHanoi notices: {@link
 * IhanoiTrustBoundaryTest}). After each attempt the product's tables, the feed, the gateway's
 * calls, the process instances, their variables, tasks and jobs must be exactly as before, and the
 * attempt must be in the audit trail with who, what and the door ({@link TrustBoundaryProbes}).
 * Tagged "db" through IntegrationTest: it runs on H2 and again on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrustBoundaryTest extends TrustBoundaryProbes {
  private static final String TRUCBACH = "UBND-P-TRUCBACH";

  /** An ordinary ward account of another district (Hàng Bạc, Hoàn Kiếm). */
  private static final String WARD = "tb.hangbac";

  private static final String OWN_WARD = "tb.trucbach";

  /** A Ba Đình appraiser who is also on Trúc Bạch's staff. */
  private static final String BOTH = "tb.both";

  private static final String APPRAISER = "tb.ca.badinh";
  private static final String ADMIN = "tb.admin";

  /** A Hoàn Kiếm appraiser: Ba Đình's tasks are not theirs to work on or assign. */
  private static final String OTHER_DISTRICT = "tb.ca.hoankiem";

  @Autowired private HistoryService historyService;

  @BeforeEach
  void users() {
    ensureUser(WARD, Groups.unit("UBND-P-HANGBAC"));
    ensureUser(OWN_WARD, Groups.unit(TRUCBACH));
    ensureUser(BOTH, Groups.unit(TRUCBACH), Groups.districtAppraisal("001"));
    ensureUser(APPRAISER, Groups.districtAppraisal("001"));
    ensureUser(ADMIN, Groups.ADMIN);
    ensureUser(OTHER_DISTRICT, Groups.districtAppraisal("002"));
  }

  /** A valid VNeID start body of the ward, to which each probe adds its trick. */
  private static String validStart(String trick) {
    String from = java.time.Instant.now().plus(Duration.ofDays(1)).toString().replace("Z", "+0000");
    String until =
        java.time.Instant.now().plus(Duration.ofDays(9)).toString().replace("Z", "+0000");
    return "{\"variables\":"
        + vars(
            "unitCode",
            "String",
            "UBND-P-HANGBAC",
            "title",
            "String",
            "Phố cổ về đêm",
            "summary",
            "String",
            "Giới thiệu tuyến phố đi bộ",
            "bodyHtml",
            "String",
            "<p>Tuyến phố đi bộ mở cửa.</p>",
            "category",
            "String",
            "LOCAL_PROMOTION",
            "scope",
            "String",
            "COMMUNE",
            "targetAreaCodes",
            "String",
            "00061",
            "ageMin",
            "Integer",
            "18",
            "ageMax",
            "Integer",
            "60",
            "gender",
            "String",
            "ALL",
            "publishFrom",
            "String",
            from.substring(0, 19) + "+07:00",
            "publishUntil",
            "String",
            until.substring(0, 19) + "+07:00")
        + trick
        + "}";
  }

  private VneidRequestRecord inAppraisal() {
    return submit(draft(TRUCBACH, Scope.COMMUNE, List.of("00004")));
  }

  private VneidRequestRecord returned() {
    VneidRequestRecord r = inAppraisal();
    complete(
        r.id(),
        Tasks.APPRAISE,
        APPRAISER,
        Groups.districtAppraisal("001"),
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Bổ sung ảnh"));
    runDueJobs();
    return r;
  }

  private String task(long requestId, String key) {
    return openTask(requestId, key).getId();
  }

  // ------------------------------------------------------------------ 1. start anywhere

  @ParameterizedTest(
      name =
          "T-1: a ward starts vneid-request before {0} through /engine-rest: refused, nothing changes")
  @ValueSource(
      strings = {
        "Task_Publish",
        "Task_RetractPublication",
        "EndEvent_Withdrawn",
        "Task_Revise",
        "Task_Approve"
      })
  void vneidStartInstructionsRest(String activity) {
    long victim = inAppraisal().id();
    refusedAndNothingChanged(
        "start before " + activity,
        "StartProcessInstanceAtActivitiesCmd on vneid-request",
        () ->
            rest(
                WARD,
                "POST",
                "process-definition/key/vneid-request/start",
                validStart(
                    ",\"businessKey\":\"VNEID-"
                        + victim
                        + "\","
                        + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
                        + activity
                        + "\",\"variables\":"
                        + vars(
                            "requestId",
                            "Long",
                            String.valueOf(victim),
                            "round",
                            "Integer",
                            "1",
                            "unitGroup",
                            "String",
                            "unit-UBND-P-HANGBAC")
                        + "}]")));
  }

  @Test
  @DisplayName(
      "T-1: the same start with instructions through Tasklist's API (session and XSRF token): refused, nothing changes")
  void vneidStartInstructionsTasklist() {
    long victim = inAppraisal().id();
    refusedAndNothingChanged(
        "Tasklist start before Task_Publish",
        "StartProcessInstanceAtActivitiesCmd on vneid-request",
        () ->
            tasklist(
                WARD,
                "POST",
                "process-definition/key/vneid-request/start",
                validStart(
                    ",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
                        + "\"activityId\":\"Task_Publish\",\"variables\":"
                        + vars("requestId", "Long", String.valueOf(victim))
                        + "}]")));
  }

  @Test
  @DisplayName(
      "T-1: skipping listeners at a start, and starting the called notice process directly: refused")
  void skipListenersAndCalledProcess() {
    refusedAndNothingChanged(
        "skipCustomListeners",
        "StartProcessInstance",
        () ->
            rest(
                WARD,
                "POST",
                "process-definition/key/vneid-request/start",
                validStart(",\"skipCustomListeners\":true")));
    long victim = returned().id();
    refusedAndNothingChanged(
        "vneid-notify-unit started directly",
        "StartProcessInstanceCmd on vneid-notify-unit",
        () ->
            rest(
                WARD,
                "POST",
                "process-definition/key/vneid-notify-unit/start",
                "{\"variables\":"
                    + vars(
                        "requestId",
                        "Long",
                        String.valueOf(victim),
                        "round",
                        "Integer",
                        "1",
                        "noticeKind",
                        "String",
                        "REJECT")
                    + "}"));
  }

  // ------------------------------------------------------------------ 2. other spellings of the
  // URL, restarts

  @ParameterizedTest(
      name =
          "T-2: a unit restarts its own returned request through {0} {1}: refused, no second instance")
  @CsvSource({
    "ENGINE_REST, process-definition/key/vneid%2Drequest/start",
    "ENGINE_REST, process-definition/key/vneid-request/start/",
    "ENGINE_REST, process-definition/ID/start",
    "ENGINE_REST, process-definition/key/vneid-request/submit-form",
    "WEBAPP, process-definition/key/vneid-request/submit-form",
    "WEBAPP, process-definition/ID/submit-form"
  })
  void restartThroughOtherUrls(Door door, String path) {
    long own = returned().id();
    String url = path.replace("ID", processDefinitionId(VneidProcess.KEY));
    refusedAndNothingChanged(
        door + " " + url,
        (url.contains("submit-form") ? "SubmitStartFormCmd" : "StartProcessInstanceCmd")
            + " on vneid-request",
        () ->
            call(
                door,
                OWN_WARD,
                "POST",
                url,
                "{\"variables\":" + vars("requestId", "Long", String.valueOf(own)) + "}"));
    assertThat(status(own)).isEqualTo("RETURNED");
  }

  // ------------------------------------------------------------------ 3. shadowed and extra
  // variables

  @Test
  @DisplayName(
      "T-2: setting a task-local requestId (or any variable) on one's own task is refused through both APIs")
  void shadowedIds() {
    long own = inAppraisal().id();
    long other = inAppraisal().id();
    String t = task(other, Tasks.APPRAISE);
    refusedAndNothingChanged(
        "local requestId",
        "SetTaskVariablesCmd on " + t + " requestId",
        () ->
            rest(
                BOTH,
                "PUT",
                "task/" + t + "/localVariables/requestId",
                "{\"value\":" + own + ",\"type\":\"Long\"}"));
    refusedAndNothingChanged(
        "Tasklist local variables",
        "PatchTaskVariablesCmd on " + t + " requestId",
        () ->
            tasklist(
                APPRAISER,
                "POST",
                "task/" + t + "/localVariables",
                "{\"modifications\":" + vars("requestId", "Long", String.valueOf(own)) + "}"));
    refusedAndNothingChanged(
        "instance variable approverGroup",
        "SetExecutionVariablesCmd on approverGroup",
        () ->
            rest(
                APPRAISER,
                "PUT",
                "process-instance/"
                    + openTask(other, Tasks.APPRAISE).getProcessInstanceId()
                    + "/variables/approverGroup",
                "{\"value\":\"police-chief-002\",\"type\":\"String\"}"));
  }

  @Test
  @DisplayName(
      "T-3: a completion carrying fields the step's form does not declare is refused, naming them")
  void extraVariables() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    String body =
        "{\"variables\":"
            + vars(
                "appraisalOutcome",
                "String",
                "PASS",
                "approverGroup",
                "String",
                "police-appraisal-001",
                "scope",
                "String",
                "NATIONAL")
            + "}";
    Response rest =
        refusedAndNothingChanged(
            "extra variables",
            "CompleteTaskCmd on " + t,
            () -> rest(APPRAISER, "POST", "task/" + t + "/complete", body));
    Response tasklist =
        refusedAndNothingChanged(
            "Tasklist extra variables",
            "SubmitTaskFormCmd on " + t,
            () -> tasklist(APPRAISER, "POST", "task/" + t + "/submit-form", body));
    for (Response r : List.of(rest, tasklist)) {
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).contains("approverGroup").contains("scope");
    }
  }

  // ------------------------------------------------------------------ 4. decisions outside the
  // role

  @Test
  @DisplayName(
      "T-3: an appraiser cannot hand the appraisal to a ward clerk, nor claim it for them (delegation and added candidates through both APIs); the clerk cannot complete it")
  void assignmentOutsideTheRole() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    refusedAndNothingChanged(
        "assignee ward clerk",
        "AssignTaskCmd on " + t + " " + WARD,
        () -> rest(APPRAISER, "POST", "task/" + t + "/assignee", "{\"userId\":\"" + WARD + "\"}"));
    refusedAndNothingChanged(
        "claim for ward clerk",
        "ClaimTaskCmd on " + t + " " + WARD,
        () -> tasklist(APPRAISER, "POST", "task/" + t + "/claim", "{\"userId\":\"" + WARD + "\"}"));
    for (Door door : DOORS) {
      refusedAndNothingChanged(
          door + " delegate",
          "DelegateTaskCmd on " + t + " " + WARD,
          () ->
              call(
                  door,
                  APPRAISER,
                  "POST",
                  "task/" + t + "/delegate",
                  "{\"userId\":\"" + WARD + "\"}"));
      refusedAndNothingChanged(
          door + " candidate group added",
          "AddGroupIdentityLinkCmd on " + t,
          () ->
              call(
                  door,
                  APPRAISER,
                  "POST",
                  "task/" + t + "/identity-links",
                  "{\"groupId\":\"unit-UBND-P-HANGBAC\",\"type\":\"candidate\"}"));
    }
    refusedAndNothingChanged(
        "ward completes",
        "CompleteTaskCmd on " + t,
        () ->
            rest(
                WARD,
                "POST",
                "task/" + t + "/complete",
                "{\"variables\":" + vars("appraisalOutcome", "String", "PASS") + "}"));
  }

  @Test
  @DisplayName(
      "T-3: what only Camunda's own permissions stop (another district's officer unclaims or unassigns a claimed appraisal) is refused (403) and on record once, through both APIs")
  void camundasOwnRefusalsAreAudited() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    identityService.setAuthentication(APPRAISER, List.of(Groups.districtAppraisal("001")));
    try {
      taskService.claim(t, APPRAISER);
    } finally {
      identityService.clearAuthentication();
    }
    for (Door door : DOORS) {
      for (String[] attempt :
          List.of(new String[] {"unclaim", "{}"}, new String[] {"assignee", "{\"userId\":null}"})) {
        long since = lastAuditId();
        Response r =
            refusedAndNothingChanged(
                door + " " + attempt[0] + " by another district",
                "AssignTaskCmd on " + t,
                () ->
                    call(door, OTHER_DISTRICT, "POST", "task/" + t + "/" + attempt[0], attempt[1]));
        assertThat(r.status()).isEqualTo(403);
        assertThat(refusalsSince(since)).as("one line per refusal").hasSize(1);
      }
    }
    assertThat(openTask(id, Tasks.APPRAISE).getAssignee()).isEqualTo(APPRAISER);
  }

  @Test
  @DisplayName(
      "T-3: nobody decides on their own unit's request, through Tasklist's API either (one's own notice: IhanoiTrustBoundaryTest)")
  void selfDecision() {
    long id = inAppraisal().id();
    refusedAndNothingChanged(
        "own unit's appraisal",
        "SubmitTaskFormCmd",
        () ->
            tasklist(
                BOTH,
                "POST",
                "task/" + task(id, Tasks.APPRAISE) + "/submit-form",
                "{\"variables\":" + vars("appraisalOutcome", "String", "PASS") + "}"));
  }

  // ------------------------------------------------------------------ 5. modification, restart,
  // jobs, messages

  @Test
  @DisplayName(
      "T-1: modification, restart, message correlation, job execution, deletion and suspension are refused to a reviewer")
  void repairToolsRefused() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    refusedAndNothingChanged(
        "modification",
        "ModifyProcessInstanceCmd on " + pi,
        () ->
            rest(
                APPRAISER,
                "POST",
                "process-instance/" + pi + "/modification",
                modification("Task_Publish")));
    refusedAndNothingChanged(
        "withdraw message",
        "CorrelateMessageCmd on VneidRequestWithdrawn",
        () ->
            rest(
                APPRAISER,
                "POST",
                "message",
                "{\"messageName\":\"VneidRequestWithdrawn\",\"businessKey\":\"VNEID-"
                    + r.id()
                    + "\"}"));
    refusedAndNothingChanged(
        "signal",
        "SignalEventReceivedCmd",
        () -> rest(WARD, "POST", "signal", "{\"name\":\"any\"}"));
    refusedAndNothingChanged(
        "delete instance",
        "DeleteProcessInstanceCmd on " + pi,
        () -> rest(APPRAISER, "DELETE", "process-instance/" + pi, null));
    refusedAndNothingChanged(
        "suspend",
        "SuspendProcessInstanceCmd on " + pi,
        () ->
            rest(
                APPRAISER, "PUT", "process-instance/" + pi + "/suspended", "{\"suspended\":true}"));
    complete(
        r.id(),
        Tasks.APPRAISE,
        APPRAISER,
        Groups.districtAppraisal("001"),
        Map.of(VneidProcess.Vars.APPRAISAL_OUTCOME, VneidProcess.PASS));
    complete(
        r.id(),
        Tasks.APPROVE,
        "tb.chief",
        Groups.districtChief("001"),
        Map.of(VneidProcess.Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE));
    String timer =
        managementService.createJobQuery().processInstanceId(pi).timers().singleResult().getId();
    refusedAndNothingChanged(
        "fire the window timer early",
        "ExecuteJobsCmd on " + timer,
        () -> rest(APPRAISER, "POST", "job/" + timer + "/execute", null));
    refusedAndNothingChanged(
        "move the window timer",
        "SetJobDuedateCmd on " + timer,
        () ->
            rest(
                APPRAISER,
                "PUT",
                "job/" + timer + "/duedate",
                "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"));
    String definition = processDefinitionId(VneidProcess.KEY);
    refusedAndNothingChanged(
        "restart",
        "RestartProcessInstancesCmd on " + pi,
        () ->
            rest(
                WARD,
                "POST",
                "process-definition/" + definition + "/restart",
                restart(pi, "Task_Publish")));
    assertThat(status(r.id())).isEqualTo("SCHEDULED");
  }

  @Test
  @DisplayName(
      "T-1: modification and restart through Tasklist's API (session and XSRF token) are refused too")
  void repairToolsRefusedInTasklist() {
    String running = openTask(inAppraisal().id(), Tasks.APPRAISE).getProcessInstanceId();
    refusedAndNothingChanged(
        "Tasklist modification",
        "ModifyProcessInstanceCmd on " + running,
        () ->
            tasklist(
                APPRAISER,
                "POST",
                "process-instance/" + running + "/modification",
                modification("Task_Publish")));
    refusedAndNothingChanged(
        "Tasklist async modification",
        "ModifyProcessInstanceAsyncCmd on " + running,
        () ->
            tasklist(
                BOTH,
                "POST",
                "process-instance/" + running + "/modification-async",
                modification("Task_Publish")));
    long id = returned().id();
    requests.withdraw(unitUser(TRUCBACH), id);
    runDueJobs();
    String ended =
        historyService
            .createHistoricProcessInstanceQuery()
            .processInstanceBusinessKey(VneidProcess.businessKey(id))
            .processDefinitionKey(VneidProcess.KEY)
            .finished()
            .singleResult()
            .getId();
    String definition = processDefinitionId(VneidProcess.KEY);
    String restart = restart(ended, "Task_Publish");
    refusedAndNothingChanged(
        "Tasklist restart",
        "RestartProcessInstancesCmd on " + ended,
        () -> tasklist(OWN_WARD, "POST", "process-definition/" + definition + "/restart", restart));
    refusedAndNothingChanged(
        "Tasklist async restart",
        "RestartProcessInstancesBatchCmd on " + ended,
        () ->
            tasklist(
                APPRAISER, "POST", "process-definition/" + definition + "/restart-async", restart));
    assertThat(status(id)).isEqualTo("WITHDRAWN");
  }

  @Test
  @DisplayName(
      "T-1: an administrator keeps the repair tools; each use is in the audit trail with who, what and the door")
  void administratorRepairsAreAudited() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    Response res =
        rest(
            ADMIN,
            "PUT",
            "process-instance/" + pi + "/variables/note",
            "{\"value\":\"sửa chữa\",\"type\":\"String\"}");
    assertThat(res.status()).isEqualTo(204);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where type = 'ADMIN_REPAIR' and actor = :a and details like :d")
                .param("a", ADMIN)
                .param("d", "%/engine-rest%")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  @DisplayName(
      "T-1: even an administrator's repair cannot publish an unapproved request: the product refuses the step itself")
  void coreRefusesEvenAnAdministrator() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    identityService.setAuthentication(ADMIN, List.of(Groups.ADMIN));
    try {
      runtimeService
          .createProcessInstanceModification(pi)
          .startBeforeActivity("Task_Publish")
          .execute();
    } finally {
      identityService.clearAuthentication();
    }
    long publications = jdbc.sql("select count(*) from publication").query(Long.class).single();
    var job =
        managementService
            .createJobQuery()
            .processInstanceId(pi)
            .activityId("Task_Publish")
            .singleResult();
    assertThat(Refusals.fieldsOf(() -> managementService.executeJob(job.getId())))
        .contains("status");
    assertThat(jdbc.sql("select count(*) from publication").query(Long.class).single())
        .isEqualTo(publications);
    assertThat(TestGateway.processed()).isEmpty();
    assertThat(status(r.id())).isEqualTo("IN_APPRAISAL");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where type = 'REFUSED' and operation = 'vneid publish'")
                .query(Long.class)
                .single())
        .isPositive();
    runtimeService.deleteProcessInstance(pi, "test repair undone");
  }

  // ------------------------------------------------------------------ 6. what the doors answer

  @Test
  @DisplayName(
      "T-3: a refused decision through Tasklist's API answers 400 in Vietnamese, naming the field, and logs no error")
  void refusalsAreClientErrors(CapturedOutput output) {
    long id = inAppraisal().id();
    Response r =
        tasklist(
            APPRAISER,
            "POST",
            "task/" + task(id, Tasks.APPRAISE) + "/submit-form",
            "{\"variables\":" + vars("appraisalOutcome", "String", "RETURN") + "}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("appraisalReasons").contains("lý do").doesNotContain("ENGINE-");
    assertThat(output.getOut()).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-03051");
  }

  @Test
  @DisplayName(
      "P-2: reading a task one may not see and a task that does not exist answer the same 404")
  void noExistenceOracle() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    var client = RestCalls.client(APP_PORT, WARD, PASSWORD);
    ResponseEntity<String> hidden =
        client.get().uri("/engine-rest/task/" + t + "/variables").retrieve().toEntity(String.class);
    ResponseEntity<String> missing =
        client
            .get()
            .uri("/engine-rest/task/no-such-task/variables")
            .retrieve()
            .toEntity(String.class);
    assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(hidden.getBody()).isEqualTo(missing.getBody());
  }

  @Test
  @DisplayName(
      "T-1: a withdrawn request cannot be brought back to life by completing its old decision through the API")
  void historyIsNotAnEntrance() {
    long id = returned().id();
    requests.withdraw(unitUser(TRUCBACH), id);
    runDueJobs();
    assertThat(status(id)).isEqualTo("WITHDRAWN");
    assertThat(
            historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(VneidProcess.businessKey(id))
                .processDefinitionKey(VneidProcess.KEY)
                .finished()
                .count())
        .isEqualTo(1);
    refusedAndNothingChanged(
        "restart withdrawn",
        "StartProcessInstanceCmd on vneid-request",
        () ->
            rest(
                OWN_WARD,
                "POST",
                "process-definition/key/vneid-request/start",
                "{\"variables\":" + vars("requestId", "Long", String.valueOf(id)) + "}"));
  }
}
