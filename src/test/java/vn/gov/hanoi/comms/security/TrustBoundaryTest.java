package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Refusals;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The trust boundary, tried as an attacker would (T-1..T-3, T-5): every probe goes through Camunda's REST API
 * (/engine-rest, HTTP Basic) and, where Tasklist can send it, through Tasklist's own API with a real session and
 * XSRF token, for VNeID and iHanoi. After each attempt the product's tables, the feed, the gateway's calls, the
 * process instances, their variables, tasks and jobs must be exactly as before, and the attempt must be in the
 * audit trail. Tagged "db" through IntegrationTest: it runs on H2 and again on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class TrustBoundaryTest extends IntegrationTest {
  private static final String TRUCBACH = "UBND-P-TRUCBACH";
  /** An ordinary ward account of another district (Hàng Bạc, Hoàn Kiếm). */
  private static final String WARD = "tb.hangbac";
  private static final String OWN_WARD = "tb.trucbach";
  /** A Ba Đình appraiser who is also on Trúc Bạch's staff. */
  private static final String BOTH = "tb.both";
  private static final String APPRAISER = "tb.ca.badinh";
  private static final String DEPARTMENT = "tb.soyte";
  private static final String ADMIN = "tb.admin";

  @Autowired private IhanoiNoticeService notices;
  @Autowired private RepositoryService repositoryService;
  @Autowired private HistoryService historyService;

  @BeforeEach
  void users() {
    ensureUser(WARD, Groups.unit("UBND-P-HANGBAC"));
    ensureUser(OWN_WARD, Groups.unit(TRUCBACH));
    ensureUser(BOTH, Groups.unit(TRUCBACH), Groups.districtAppraisal("001"));
    ensureUser(APPRAISER, Groups.districtAppraisal("001"));
    ensureUser(DEPARTMENT, Groups.unit("SO-YTE"), Groups.editor("SO-YTE"));
    ensureUser(ADMIN, Groups.ADMIN);
  }

  // ------------------------------------------------------------------ the world an attack must not change

  /** Everything an attack could change: tables, feed, gateway, instances with their variables, tasks, jobs. */
  private Map<String, Object> world() {
    Map<String, Object> w = new TreeMap<>();
    for (String t : List.of("vneid_request", "vneid_round", "vneid_decision", "vneid_notice", "vneid_attachment",
        "stored_file", "ihanoi_notice", "ihanoi_decision", "ihanoi_duplicate_finding", "publication",
        "publication_target", "publication_delivery")) {
      w.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
    }
    w.put("requests", jdbc.sql("select id, status, current_round, process_instance_id from vneid_request order by id")
        .query().listOfRows().toString());
    w.put("notices", jdbc.sql("select id, status, title, body_text, approved_at, sent_at from ihanoi_notice order by id")
        .query().listOfRows().toString());
    w.put("feed", jdbc.sql("select idempotency_key, withdrawn_at from publication order by idempotency_key")
        .query().listOfRows().toString());
    w.put("gateway", TestGateway.processed().toString());
    List<String> instances = new ArrayList<>();
    for (ProcessInstance pi : runtimeService.createProcessInstanceQuery().orderByProcessInstanceId().asc().list()) {
      instances.add(pi.getId() + " " + pi.getBusinessKey() + " " + runtimeService.getActiveActivityIds(pi.getId())
          + " " + new TreeMap<>(runtimeService.getVariables(pi.getId())));
    }
    w.put("instances", instances);
    w.put("tasks", taskService.createTaskQuery().orderByTaskId().asc().list().stream()
        .map(t -> t.getId() + " " + t.getTaskDefinitionKey() + " " + t.getAssignee()
            + " " + new TreeMap<>(taskService.getVariablesLocal(t.getId())).keySet()).toList());
    w.put("jobs", managementService.createJobQuery().orderByJobId().asc().list().stream()
        .map(j -> j.getId() + " " + j.getDuedate() + " " + j.getRetries()).toList());
    return w;
  }

  private long refusals() {
    return jdbc.sql("select count(*) from audit_event where type = 'REFUSED'").query(Long.class).single();
  }

  /** Runs the attack; asserts it was refused with a reason, changed nothing, and was written to the audit trail. */
  private void refusedAndNothingChanged(String what, Supplier<Response> attack) {
    Map<String, Object> before = world();
    long audited = refusals();
    Response r = attack.get();
    assertThat(r.status()).as(what + ": " + r.body()).isBetween(400, 404);
    assertThat(r.body()).as(what + ": says why").isNotBlank().doesNotContain("ENGINE-");
    assertThat(world()).as(what + ": nothing changed").isEqualTo(before);
    if (r.status() != 404 && !r.body().isEmpty()) {
      // A path that names no process (404) reached nothing to refuse; every real refusal is on record.
      assertThat(refusals()).as(what + ": in the audit trail " + r).isGreaterThan(audited);
    }
  }

  record Response(int status, String body) {}

  private Response rest(String user, String method, String path, String json) {
    var client = RestCalls.client(APP_PORT, user, PASSWORD);
    // As typed: an encoded path (vneid%2Drequest) must reach the server encoded, not encoded twice.
    java.net.URI uri = java.net.URI.create("http://localhost:" + APP_PORT + "/engine-rest/" + path);
    var spec = switch (method) {
      case "PUT" -> client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json);
      case "DELETE" -> client.delete().uri(uri);
      default -> client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json == null ? "{}" : json);
    };
    ResponseEntity<String> res = spec.retrieve().toEntity(String.class);
    return new Response(res.getStatusCode().value(), res.getBody() == null ? "" : res.getBody());
  }

  private Response tasklist(String user, String method, String path, String json) {
    TasklistSession s = new TasklistSession(APP_PORT);
    assertThat(s.login(user, PASSWORD)).isEqualTo(200);
    HttpResponse<String> res = switch (method) {
      case "PUT" -> s.put(path, json);
      case "DELETE" -> s.delete(path);
      default -> s.post(path, json);
    };
    return new Response(res.statusCode(), res.body());
  }

  private static String vars(String... nameTypeValue) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < nameTypeValue.length; i += 3) {
      String value = nameTypeValue[i + 1].equals("String") ? "\"" + nameTypeValue[i + 2] + "\"" : nameTypeValue[i + 2];
      s.append(i == 0 ? "" : ",").append('"').append(nameTypeValue[i]).append("\":{\"value\":").append(value)
          .append(",\"type\":\"").append(nameTypeValue[i + 1]).append("\"}");
    }
    return s.append('}').toString();
  }

  /** A valid VNeID start body of the ward, to which each probe adds its trick. */
  private static String validStart(String trick) {
    String from = java.time.Instant.now().plus(Duration.ofDays(1)).toString().replace("Z", "+0000");
    String until = java.time.Instant.now().plus(Duration.ofDays(9)).toString().replace("Z", "+0000");
    return "{\"variables\":" + vars("unitCode", "String", "UBND-P-HANGBAC", "title", "String", "Phố cổ về đêm",
        "summary", "String", "Giới thiệu tuyến phố đi bộ", "bodyHtml", "String", "<p>Tuyến phố đi bộ mở cửa.</p>",
        "category", "String", "LOCAL_PROMOTION", "scope", "String", "COMMUNE", "targetAreaCodes", "String", "00061",
        "ageMin", "Integer", "18", "ageMax", "Integer", "60", "gender", "String", "ALL",
        "publishFrom", "String", from.substring(0, 19) + "+07:00", "publishUntil", "String", until.substring(0, 19) + "+07:00")
        + trick + "}";
  }

  private VneidRequestRecord inAppraisal() {
    return submit(draft(TRUCBACH, Scope.COMMUNE, List.of("00004")));
  }

  private VneidRequestRecord returned() {
    VneidRequestRecord r = inAppraisal();
    complete(r.id(), Tasks.APPRAISE, APPRAISER, Groups.districtAppraisal("001"),
        Map.of(VneidProcess.Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, VneidProcess.Vars.APPRAISAL_REASONS, "Bổ sung ảnh"));
    runDueJobs();
    return r;
  }

  private long departmentDraft() {
    return notices.create(new CurrentUser(DEPARTMENT, java.util.Set.of(Groups.unit("SO-YTE"))), new NoticeDraft(null, null,
        null, "Cảnh báo sốt xuất huyết", "Sở Y tế đề nghị người dân diệt lăng quăng, loại bỏ vật chứa nước.", "HEALTH",
        "NORMAL", null)).id();
  }

  private String processDefinitionId(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult().getId();
  }

  private String task(long requestId, String key) {
    return openTask(requestId, key).getId();
  }

  // ------------------------------------------------------------------ 1. start anywhere

  @ParameterizedTest(name = "T-1: a ward starts vneid-request before {0} through /engine-rest: refused, nothing changes")
  @ValueSource(strings = {"Task_Publish", "Task_RetractPublication", "EndEvent_Withdrawn", "Task_Revise", "Task_Approve"})
  void vneidStartInstructionsRest(String activity) {
    long victim = inAppraisal().id();
    refusedAndNothingChanged("start before " + activity, () -> rest(WARD, "POST",
        "process-definition/key/vneid-request/start", validStart(",\"businessKey\":\"VNEID-" + victim + "\","
            + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"" + activity + "\",\"variables\":"
            + vars("requestId", "Long", String.valueOf(victim), "round", "Integer", "1", "unitGroup", "String",
            "unit-UBND-P-HANGBAC") + "}]")));
  }

  @Test
  @DisplayName("T-1: the same start with instructions through Tasklist's API (session and XSRF token): refused, nothing changes")
  void vneidStartInstructionsTasklist() {
    long victim = inAppraisal().id();
    refusedAndNothingChanged("Tasklist start before Task_Publish", () -> tasklist(WARD, "POST",
        "process-definition/key/vneid-request/start", validStart(",\"startInstructions\":[{\"type\":\"startBeforeActivity\","
            + "\"activityId\":\"Task_Publish\",\"variables\":" + vars("requestId", "Long", String.valueOf(victim)) + "}]")));
  }

  @Test
  @DisplayName("T-1: an iHanoi start before Task_SendNotice with a department's draft: refused, the draft is not sent")
  void ihanoiStartInstructions() {
    long draft = departmentDraft();
    refusedAndNothingChanged("ihanoi start before Task_SendNotice", () -> rest(WARD, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":{},\"startInstructions\":[{\"type\":"
            + "\"startBeforeActivity\",\"activityId\":\"Task_SendNotice\",\"variables\":"
            + vars("noticeId", "Long", String.valueOf(draft)) + "}]}"));
    refusedAndNothingChanged("Tasklist ihanoi start before Task_MarkApproved", () -> tasklist(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":{},\"startInstructions\":[{\"type\":"
            + "\"startBeforeActivity\",\"activityId\":\"Task_MarkApproved\",\"variables\":"
            + vars("noticeId", "Long", String.valueOf(draft)) + "}]}"));
  }

  @Test
  @DisplayName("T-1: skipping listeners at a start, and starting the called notice process directly: refused")
  void skipListenersAndCalledProcess() {
    refusedAndNothingChanged("skipCustomListeners", () -> rest(WARD, "POST",
        "process-definition/key/vneid-request/start", validStart(",\"skipCustomListeners\":true")));
    long victim = returned().id();
    refusedAndNothingChanged("vneid-notify-unit started directly", () -> rest(WARD, "POST",
        "process-definition/key/vneid-notify-unit/start", "{\"variables\":" + vars("requestId", "Long",
            String.valueOf(victim), "round", "Integer", "1", "noticeKind", "String", "REJECT") + "}"));
  }

  // ------------------------------------------------------------------ 2. other spellings of the URL, restarts

  @ParameterizedTest(name = "T-2: a unit restarts its own returned request through {0}: refused, no second instance")
  @ValueSource(strings = {"process-definition/key/vneid%2Drequest/start", "process-definition/key/vneid-request/start/",
      "process-definition/ID/start", "process-definition/key/vneid-request/submit-form"})
  void restartThroughOtherUrls(String path) {
    long own = returned().id();
    String url = path.replace("ID", processDefinitionId(VneidProcess.KEY));
    refusedAndNothingChanged(url, () -> rest(OWN_WARD, "POST", url,
        "{\"variables\":" + vars("requestId", "Long", String.valueOf(own)) + "}"));
    assertThat(status(own)).isEqualTo("RETURNED");
  }

  @Test
  @DisplayName("T-2: a start naming an existing notice's id, or carrying fields the start form does not have: refused")
  void ihanoiStartWithId() {
    long draft = departmentDraft();
    refusedAndNothingChanged("ihanoi start with noticeId", () -> rest(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":" + vars("noticeId", "Long", String.valueOf(draft)) + "}"));
    refusedAndNothingChanged("ihanoi start with routing variables", () -> tasklist(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/submit-form", "{\"variables\":" + vars("title", "String", "Tin thử",
            "body", "String", "Nội dung thử", "topic", "String", "HEALTH", "urgency", "String", "NORMAL",
            "approverGroup", "String", "unit-SO-YTE") + "}"));
  }

  // ------------------------------------------------------------------ 3. shadowed and extra variables

  @Test
  @DisplayName("T-2: setting a task-local requestId (or any variable) on one's own task is refused through both APIs")
  void shadowedIds() {
    long own = inAppraisal().id();
    long other = inAppraisal().id();
    String t = task(other, Tasks.APPRAISE);
    refusedAndNothingChanged("local requestId", () -> rest(BOTH, "PUT", "task/" + t + "/localVariables/requestId",
        "{\"value\":" + own + ",\"type\":\"Long\"}"));
    refusedAndNothingChanged("Tasklist local variables", () -> tasklist(APPRAISER, "POST", "task/" + t + "/localVariables",
        "{\"modifications\":" + vars("requestId", "Long", String.valueOf(own)) + "}"));
    refusedAndNothingChanged("instance variable publishFrom", () -> rest(APPRAISER, "PUT",
        "process-instance/" + openTask(other, Tasks.APPRAISE).getProcessInstanceId() + "/variables/approverGroup",
        "{\"value\":\"police-chief-002\",\"type\":\"String\"}"));
  }

  @Test
  @DisplayName("T-3: a completion carrying fields the step's form does not declare is refused, naming them")
  void extraVariables() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    String body = "{\"variables\":" + vars("appraisalOutcome", "String", "PASS", "approverGroup", "String",
        "police-appraisal-001", "scope", "String", "NATIONAL") + "}";
    refusedAndNothingChanged("extra variables", () -> rest(APPRAISER, "POST", "task/" + t + "/complete", body));
    Response r = tasklist(APPRAISER, "POST", "task/" + t + "/submit-form", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("approverGroup").contains("scope");
  }

  @Test
  @DisplayName("T-3: an iHanoi editor cannot send routing variables with an edit, nor set another notice's text")
  void ihanoiExtraVariables() {
    long draft = departmentDraft();
    Task edit = taskService.createTaskQuery().processInstanceBusinessKey(IhanoiProcess.businessKey(draft)).singleResult();
    refusedAndNothingChanged("edit with checkDuplicates", () -> tasklist(DEPARTMENT, "POST", "task/" + edit.getId()
        + "/submit-form", "{\"variables\":" + vars("editedTitle", "String", "Tiêu đề mới", "checkDuplicates", "Boolean",
        "false", "noticeId", "Long", "1") + "}"));
  }

  // ------------------------------------------------------------------ 4. decisions outside the role

  @Test
  @DisplayName("T-3: an appraiser cannot hand the appraisal to a ward clerk, nor claim it for them; the clerk cannot complete it")
  void assignmentOutsideTheRole() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    refusedAndNothingChanged("assignee ward clerk", () -> rest(APPRAISER, "POST", "task/" + t + "/assignee",
        "{\"userId\":\"" + WARD + "\"}"));
    refusedAndNothingChanged("claim for ward clerk", () -> tasklist(APPRAISER, "POST", "task/" + t + "/claim",
        "{\"userId\":\"" + WARD + "\"}"));
    refusedAndNothingChanged("delegate", () -> rest(APPRAISER, "POST", "task/" + t + "/delegate",
        "{\"userId\":\"" + WARD + "\"}"));
    refusedAndNothingChanged("candidate group added", () -> rest(APPRAISER, "POST", "task/" + t + "/identity-links",
        "{\"groupId\":\"unit-UBND-P-HANGBAC\",\"type\":\"candidate\"}"));
    refusedAndNothingChanged("ward completes", () -> rest(WARD, "POST", "task/" + t + "/complete",
        "{\"variables\":" + vars("appraisalOutcome", "String", "PASS") + "}"));
  }

  @Test
  @DisplayName("T-3: nobody decides on their own unit's request or their own notice, through Tasklist's API either")
  void selfDecision() {
    long id = inAppraisal().id();
    refusedAndNothingChanged("own unit's appraisal", () -> tasklist(BOTH, "POST", "task/" + task(id, Tasks.APPRAISE)
        + "/submit-form", "{\"variables\":" + vars("appraisalOutcome", "String", "PASS") + "}"));
  }

  // ------------------------------------------------------------------ 5. modification, restart, jobs, messages

  @Test
  @DisplayName("T-1: modification, restart, message correlation, job execution, deletion and suspension are refused to a reviewer")
  void repairToolsRefused() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    refusedAndNothingChanged("modification", () -> rest(APPRAISER, "POST", "process-instance/" + pi + "/modification",
        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Publish\"}]}"));
    refusedAndNothingChanged("withdraw message", () -> rest(APPRAISER, "POST", "message",
        "{\"messageName\":\"VneidRequestWithdrawn\",\"businessKey\":\"VNEID-" + r.id() + "\"}"));
    refusedAndNothingChanged("signal", () -> rest(WARD, "POST", "signal", "{\"name\":\"any\"}"));
    refusedAndNothingChanged("delete instance", () -> rest(APPRAISER, "DELETE", "process-instance/" + pi, null));
    refusedAndNothingChanged("suspend", () -> rest(APPRAISER, "PUT", "process-instance/" + pi + "/suspended",
        "{\"suspended\":true}"));
    complete(r.id(), Tasks.APPRAISE, APPRAISER, Groups.districtAppraisal("001"), Map.of(VneidProcess.Vars.APPRAISAL_OUTCOME,
        VneidProcess.PASS));
    complete(r.id(), Tasks.APPROVE, "tb.chief", Groups.districtChief("001"), Map.of(VneidProcess.Vars.APPROVAL_OUTCOME,
        VneidProcess.APPROVE));
    String timer = managementService.createJobQuery().processInstanceId(pi).timers().singleResult().getId();
    refusedAndNothingChanged("fire the window timer early", () -> rest(APPRAISER, "POST", "job/" + timer + "/execute", null));
    refusedAndNothingChanged("move the window timer", () -> rest(APPRAISER, "PUT", "job/" + timer + "/duedate",
        "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"));
    String definition = processDefinitionId(VneidProcess.KEY);
    refusedAndNothingChanged("restart", () -> rest(WARD, "POST", "process-definition/" + definition + "/restart",
        "{\"processInstanceIds\":[\"" + pi + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_Publish\"}]}"));
    assertThat(status(r.id())).isEqualTo("SCHEDULED");
  }

  @Test
  @DisplayName("T-1: an administrator keeps the repair tools; each use is in the audit trail with who, what and the door")
  void administratorRepairsAreAudited() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    Response res = rest(ADMIN, "PUT", "process-instance/" + pi + "/variables/note",
        "{\"value\":\"sửa chữa\",\"type\":\"String\"}");
    assertThat(res.status()).isEqualTo(204);
    assertThat(jdbc.sql("select count(*) from audit_event where type = 'ADMIN_REPAIR' and actor = :a and details like :d")
        .param("a", ADMIN).param("d", "%/engine-rest%").query(Long.class).single()).isPositive();
  }

  @Test
  @DisplayName("T-1: even an administrator's repair cannot publish an unapproved request: the product refuses the step itself")
  void coreRefusesEvenAnAdministrator() {
    VneidRequestRecord r = inAppraisal();
    String pi = openTask(r.id(), Tasks.APPRAISE).getProcessInstanceId();
    identityService.setAuthentication(ADMIN, List.of(Groups.ADMIN));
    try {
      runtimeService.createProcessInstanceModification(pi).startBeforeActivity("Task_Publish").execute();
    } finally {
      identityService.clearAuthentication();
    }
    long publications = jdbc.sql("select count(*) from publication").query(Long.class).single();
    var job = managementService.createJobQuery().processInstanceId(pi).activityId("Task_Publish").singleResult();
    assertThat(Refusals.fieldsOf(() -> managementService.executeJob(job.getId()))).contains("status");
    assertThat(jdbc.sql("select count(*) from publication").query(Long.class).single()).isEqualTo(publications);
    assertThat(TestGateway.processed()).isEmpty();
    assertThat(status(r.id())).isEqualTo("IN_APPRAISAL");
    assertThat(jdbc.sql("select count(*) from audit_event where type = 'REFUSED' and operation = 'vneid publish'")
        .query(Long.class).single()).isPositive();
    runtimeService.deleteProcessInstance(pi, "test repair undone");
  }

  // ------------------------------------------------------------------ 6. what the doors answer

  @Test
  @DisplayName("T-3: a refused decision through Tasklist's API answers 400 in Vietnamese, naming the field, and logs no error")
  void refusalsAreClientErrors(CapturedOutput output) {
    long id = inAppraisal().id();
    Response r = tasklist(APPRAISER, "POST", "task/" + task(id, Tasks.APPRAISE) + "/submit-form",
        "{\"variables\":" + vars("appraisalOutcome", "String", "RETURN") + "}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("appraisalReasons").contains("lý do").doesNotContain("ENGINE-");
    assertThat(output.getOut()).doesNotContain("ENGINE-16004").doesNotContain("ENGINE-03051");
  }

  @Test
  @DisplayName("P-2: reading a task one may not see and a task that does not exist answer the same 404")
  void noExistenceOracle() {
    long id = inAppraisal().id();
    String t = task(id, Tasks.APPRAISE);
    var client = RestCalls.client(APP_PORT, WARD, PASSWORD);
    ResponseEntity<String> hidden = client.get().uri("/engine-rest/task/" + t + "/variables").retrieve().toEntity(String.class);
    ResponseEntity<String> missing = client.get().uri("/engine-rest/task/no-such-task/variables").retrieve().toEntity(String.class);
    assertThat(hidden.getStatusCode().value()).isEqualTo(404);
    assertThat(missing.getStatusCode().value()).isEqualTo(404);
    assertThat(hidden.getBody()).isEqualTo(missing.getBody());
  }

  @Test
  @DisplayName("T-1: a withdrawn request cannot be brought back to life by completing its old decision through the API")
  void historyIsNotAnEntrance() {
    long id = returned().id();
    requests.withdraw(unitUser(TRUCBACH), id);
    runDueJobs();
    assertThat(status(id)).isEqualTo("WITHDRAWN");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(VneidProcess.businessKey(id))
        .processDefinitionKey(VneidProcess.KEY).finished().count()).isEqualTo(1);
    refusedAndNothingChanged("restart withdrawn", () -> rest(OWN_WARD, "POST", "process-definition/key/vneid-request/start",
        "{\"variables\":" + vars("requestId", "Long", String.valueOf(id)) + "}"));
  }
}
