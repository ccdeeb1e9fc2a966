package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Parts;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;
import vn.gov.hanoi.comms.testsupport.VneidJson;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * What must be refused (issue 4, "Hostile input and permissions"), one case per test: work of
 * another district or role, another unit's data, deciding on one's own request, files and bodies
 * that are not what they claim, and markup that must stay text. Every refusal is a 4xx with a
 * message, and nothing in the product's tables or the engine changes.
 */
class HostileInputTest extends IntegrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WARD = "hi.trucbach";
  private static final String OTHER_WARD = "hi.hangbac";
  private static final String OFFICER = "hi.ca.badinh";
  private static final String OTHER_DISTRICT_OFFICER = "hi.ca.hoankiem";
  private static final String CHIEF = "hi.chief.badinh";

  /** Staff of UBND phường Trúc Bạch who is also a Ba Đình police appraiser. */
  private static final String BOTH = "hi.both";

  /** Writes iHanoi notices for Trúc Bạch and is also on its approving committee. */
  private static final String IHANOI_SELF = "hi.ihanoi.self";

  @Autowired IhanoiNoticeService notices;

  @BeforeEach
  void users() {
    ensureUser(WARD, Groups.unit("UBND-P-TRUCBACH"));
    ensureUser(OTHER_WARD, Groups.unit("UBND-P-HANGBAC"));
    ensureUser(OFFICER, Groups.districtAppraisal("001"));
    ensureUser(OTHER_DISTRICT_OFFICER, Groups.districtAppraisal("002"));
    ensureUser(CHIEF, Groups.districtChief("001"));
    ensureUser(BOTH, Groups.unit("UBND-P-TRUCBACH"), Groups.districtAppraisal("001"));
    ensureUser(IHANOI_SELF, Groups.unit("UBND-P-TRUCBACH"), Groups.approver("UBND-P-TRUCBACH"));
  }

  // ---------------------------------------------------------------- helpers

  private RestClient as(String user) {
    return RestCalls.client(APP_PORT, user, PASSWORD);
  }

  /** Row counts of every product table that a request or notice touches, and the engine's work. */
  private Map<String, Long> state() {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String t :
        List.of(
            "vneid_request",
            "vneid_round",
            "vneid_decision",
            "vneid_notice",
            "stored_file",
            "ihanoi_notice",
            "ihanoi_decision",
            "publication")) {
      m.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
    }
    m.put("process instances", runtimeService.createProcessInstanceQuery().count());
    m.put("tasks", taskService.createTaskQuery().count());
    m.put("assigned tasks", taskService.createTaskQuery().taskAssigned().count());
    return m;
  }

  private static void assertClientError(int status, String body, int expected) {
    assertThat(status).as(body).isEqualTo(expected);
    assertThat(body).as("a message says why").isNotBlank();
  }

  private VneidRequestRecord inAppraisal() {
    return submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
  }

  private Task appraisal(long requestId) {
    return openTask(requestId, Tasks.APPRAISE);
  }

  private ResponseEntity<JsonNode> postRequest(
      String user, byte[] json, byte[] image, MediaType imageType, String imageName) {
    Parts p = new Parts();
    if (json != null) {
      p.part("request", json, MediaType.APPLICATION_JSON, "request.json");
    }
    if (image != null) {
      p.part("featuredImage", image, imageType, imageName);
    }
    return as(user)
        .post()
        .uri("/api/vneid/requests")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(p.build())
        .retrieve()
        .toEntity(JsonNode.class);
  }

  private static byte[] validJson() {
    return VneidJson.valid().toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void assertProblem(ResponseEntity<JsonNode> res, int status, String field) {
    assertThat(res.getStatusCode().value()).as(String.valueOf(res.getBody())).isEqualTo(status);
    assertThat(res.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(res.getBody().get("errors").findValuesAsText("field")).contains(field);
    assertThat(res.getBody().get("errors").findValuesAsText("message"))
        .allSatisfy(m -> assertThat(m).isNotBlank());
  }

  private static final String COMPLETE_PASS =
      "{\"variables\":{\"appraisalOutcome\":{\"value\":\"PASS\",\"type\":\"String\"}}}";

  // ---------------------------------------------------------------- another district's task

  @Test
  @DisplayName(
      "P-2: another district's task through /engine-rest: GET /task/{id} is refused (404) and the task list does not show it")
  void engineRestReadOtherDistrict() {
    Task t = appraisal(inAppraisal().id());
    ResponseEntity<String> res =
        as(OTHER_DISTRICT_OFFICER)
            .get()
            .uri("/engine-rest/task/" + t.getId())
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 404);
    JsonNode list =
        as(OTHER_DISTRICT_OFFICER)
            .get()
            .uri("/engine-rest/task?processInstanceId=" + t.getProcessInstanceId())
            .retrieve()
            .body(JsonNode.class);
    assertThat(list).isEmpty();
    assertThat(
            as(OFFICER)
                .get()
                .uri("/engine-rest/task/" + t.getId())
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .as("its own district's officer can")
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "P-2: another district's task through /engine-rest: POST /task/{id}/complete is refused (403); the task stays open, no decision")
  void engineRestCompleteOtherDistrict() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    ResponseEntity<String> res =
        as(OTHER_DISTRICT_OFFICER)
            .post()
            .uri("/engine-rest/task/" + t.getId() + "/complete")
            .contentType(MediaType.APPLICATION_JSON)
            .body(COMPLETE_PASS)
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    assertThat(state()).isEqualTo(before);
    assertThat(appraisal(id)).isNotNull();
    assertThat(status(id)).isEqualTo("IN_APPRAISAL");
  }

  @Test
  @DisplayName(
      "P-2: another district's task through /engine-rest: POST /task/{id}/claim is refused (403); nobody is assigned")
  void engineRestClaimOtherDistrict() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    ResponseEntity<String> res =
        as(OTHER_DISTRICT_OFFICER)
            .post()
            .uri("/engine-rest/task/" + t.getId() + "/claim")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"userId\":\"" + OTHER_DISTRICT_OFFICER + "\"}")
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    assertThat(appraisal(id).getAssignee()).isNull();
    assertThat(state()).isEqualTo(before);
  }

  private TasklistSession tasklist(String user) {
    TasklistSession s = new TasklistSession(APP_PORT);
    assertThat(s.login(user, PASSWORD)).as("Tasklist login").isEqualTo(200);
    return s;
  }

  @Test
  @DisplayName(
      "P-2: another district's task through Tasklist's API: GET task/{id} with a Tasklist session is refused (404)")
  void tasklistReadOtherDistrict() {
    Task t = appraisal(inAppraisal().id());
    HttpResponse<String> res = tasklist(OTHER_DISTRICT_OFFICER).get("task/" + t.getId());
    assertClientError(res.statusCode(), res.body(), 404);
    assertThat(tasklist(OFFICER).get("task/" + t.getId()).statusCode())
        .as("its own district's officer can")
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "P-2: another district's task through Tasklist's API: complete is refused (403); the task stays open, no decision")
  void tasklistCompleteOtherDistrict() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    HttpResponse<String> res =
        tasklist(OTHER_DISTRICT_OFFICER).post("task/" + t.getId() + "/complete", COMPLETE_PASS);
    assertClientError(res.statusCode(), res.body(), 403);
    assertThat(state()).isEqualTo(before);
    assertThat(status(id)).isEqualTo("IN_APPRAISAL");
  }

  @Test
  @DisplayName(
      "P-2: another district's task through Tasklist's API: claim is refused (403); nobody is assigned")
  void tasklistClaimOtherDistrict() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    HttpResponse<String> res =
        tasklist(OTHER_DISTRICT_OFFICER)
            .post(
                "task/" + t.getId() + "/claim", "{\"userId\":\"" + OTHER_DISTRICT_OFFICER + "\"}");
    assertClientError(res.statusCode(), res.body(), 403);
    assertThat(appraisal(id).getAssignee()).isNull();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "P-2: one variable, the form variables or the rendered form of a task one may not see answer exactly as for a "
          + "task that does not exist (404, same body), through /engine-rest and Tasklist's API: no existence oracle")
  void noExistenceOracleForOneVariable() {
    Task t = appraisal(inAppraisal().id());
    TasklistSession session = tasklist(OTHER_DISTRICT_OFFICER);
    for (String tail :
        List.of(
            "/variables/requestId",
            "/variables/noSuchVariable",
            "/form-variables",
            "/localVariables/requestId")) {
      ResponseEntity<String> hidden =
          as(OTHER_DISTRICT_OFFICER)
              .get()
              .uri("/engine-rest/task/" + t.getId() + tail)
              .retrieve()
              .toEntity(String.class);
      ResponseEntity<String> missing =
          as(OTHER_DISTRICT_OFFICER)
              .get()
              .uri("/engine-rest/task/no-such-task" + tail)
              .retrieve()
              .toEntity(String.class);
      assertThat(hidden.getStatusCode().value()).as("engine-rest " + tail).isEqualTo(404);
      assertThat(missing.getStatusCode().value()).as("engine-rest missing " + tail).isEqualTo(404);
      assertThat(hidden.getBody()).as("engine-rest " + tail).isEqualTo(missing.getBody());

      HttpResponse<String> hiddenInTasklist = session.get("task/" + t.getId() + tail);
      HttpResponse<String> missingInTasklist = session.get("task/no-such-task" + tail);
      assertThat(hiddenInTasklist.statusCode()).as("Tasklist " + tail).isEqualTo(404);
      assertThat(missingInTasklist.statusCode()).as("Tasklist missing " + tail).isEqualTo(404);
      assertThat(hiddenInTasklist.body())
          .as("Tasklist " + tail)
          .isEqualTo(missingInTasklist.body());
    }
    assertThat(
            as(OFFICER)
                .get()
                .uri("/engine-rest/task/" + t.getId() + "/variables/requestId")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .as("its own district's officer reads it")
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "P-2: completing a task one is not a candidate for (the district chief on an appraisal) is refused (403)")
  void notACandidate() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    ResponseEntity<String> res =
        as(CHIEF)
            .post()
            .uri("/engine-rest/task/" + t.getId() + "/complete")
            .contentType(MediaType.APPLICATION_JSON)
            .body(COMPLETE_PASS)
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    assertThat(state()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- another unit's data

  @Test
  @DisplayName(
      "P-2: a unit cannot read another unit's VNeID request through /api: the request, its image, preview and notice (HTML and PDF) are 403")
  void vneidOtherUnit() {
    long id = inAppraisal().id();
    for (String path :
        List.of("", "/image", "/preview", "/notice/1", "/notice/1.pdf", "/notice/1?format=pdf")) {
      ResponseEntity<String> res =
          as(OTHER_WARD)
              .get()
              .uri("/api/vneid/requests/" + id + path)
              .retrieve()
              .toEntity(String.class);
      assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    }
  }

  private NoticeRecord ihanoiNotice(String createdBy, String title, String body) {
    return notices.create(
        new CurrentUser(createdBy, Set.of(Groups.unit("UBND-P-TRUCBACH"))),
        new NoticeDraft(null, null, null, title, body, "OTHER", "NORMAL", null));
  }

  @Test
  @DisplayName(
      "P-2: a unit cannot read another unit's iHanoi notice through /api (403 with a message), nor withdraw it")
  void ihanoiOtherUnit() {
    long id =
        ihanoiNotice(
                WARD, "Lịch tiêm chủng tháng 12", "<p>Trạm y tế phường tiêm chủng mở rộng.</p>")
            .id();
    Map<String, Long> before = state();
    ResponseEntity<String> read =
        as(OTHER_WARD).get().uri("/api/ihanoi/notices/" + id).retrieve().toEntity(String.class);
    assertClientError(read.getStatusCode().value(), read.getBody(), 403);
    ResponseEntity<String> withdraw =
        as(OTHER_WARD)
            .post()
            .uri("/api/ihanoi/notices/" + id + "/withdraw")
            .retrieve()
            .toEntity(String.class);
    assertClientError(withdraw.getStatusCode().value(), withdraw.getBody(), 403);
    assertThat(state()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- one's own request

  @Test
  @DisplayName(
      "P-3: a unit's staff who is also its district's appraiser cannot appraise the unit's request (403 with the reason; task open, no decision)")
  void vneidOwnUnitRequest() {
    long id = inAppraisal().id();
    Task t = appraisal(id);
    Map<String, Long> before = state();
    ResponseEntity<String> res =
        as(BOTH)
            .post()
            .uri("/engine-rest/task/" + t.getId() + "/complete")
            .contentType(MediaType.APPLICATION_JSON)
            .body(COMPLETE_PASS)
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    assertThat(res.getBody()).contains("không được tự thẩm định");
    assertThat(state()).isEqualTo(before);
    assertThat(status(id)).isEqualTo("IN_APPRAISAL");
  }

  @Test
  @DisplayName(
      "P-3: the author of an iHanoi notice who sits on the approving committee cannot approve it (403 with the reason; task open, no decision)")
  void ihanoiOwnNotice() {
    long id =
        ihanoiNotice(
                IHANOI_SELF,
                "Thông báo lịch thu gom rác",
                "<p>Lịch thu gom rác thay đổi từ thứ Hai.</p>")
            .id();
    Task edit =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
            .singleResult();
    identityService.setAuthentication("hi.editor", List.of(Groups.editor("UBND-P-TRUCBACH")));
    try {
      taskService.complete(edit.getId());
    } finally {
      identityService.clearAuthentication();
    }
    Task approve =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
            .taskDefinitionKey(IhanoiProcess.Tasks.APPROVE)
            .singleResult();
    assertThat(approve).isNotNull();
    Map<String, Long> before = state();
    ResponseEntity<String> res =
        as(IHANOI_SELF)
            .post()
            .uri("/engine-rest/task/" + approve.getId() + "/complete")
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                "{\"variables\":{\"approvalOutcome\":{\"value\":\"APPROVE\",\"type\":\"String\"}}}")
            .retrieve()
            .toEntity(String.class);
    assertClientError(res.getStatusCode().value(), res.getBody(), 403);
    assertThat(res.getBody()).contains("không được tự phê duyệt");
    assertThat(state()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- files and bodies

  @Test
  @DisplayName(
      "V-REQ-1: an SVG uploaded as the featured image (even named .png, typed image/png) is refused; nothing stored")
  void svgAsImage() {
    Map<String, Long> before = state();
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(1)</script></svg>"
            .getBytes(StandardCharsets.UTF_8);
    assertProblem(
        postRequest(WARD, validJson(), svg, MediaType.valueOf("image/svg+xml"), "anh.svg"),
        400,
        "featuredImage");
    assertProblem(
        postRequest(WARD, validJson(), svg, MediaType.IMAGE_PNG, "anh.png"), 400, "featuredImage");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName("V-REQ-1: an HTML page uploaded as the featured image is refused; nothing stored")
  void htmlAsImage() {
    Map<String, Long> before = state();
    byte[] html =
        "<html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    assertProblem(
        postRequest(WARD, validJson(), html, MediaType.TEXT_HTML, "anh.html"),
        400,
        "featuredImage");
    assertProblem(
        postRequest(WARD, validJson(), html, MediaType.IMAGE_JPEG, "anh.jpg"),
        400,
        "featuredImage");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "V-REQ-1: file names with path traversal (../, ..\\, absolute) are refused; nothing stored")
  void pathTraversal() {
    Map<String, Long> before = state();
    for (String name :
        List.of("../../etc/passwd.png", "..\\..\\windows\\anh.png", "/etc/anh.png")) {
      assertProblem(
          postRequest(WARD, validJson(), DemoImages.banner("x"), MediaType.IMAGE_PNG, name),
          400,
          "featuredImage");
    }
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "V-REQ-1: an image over the 10 MB upload limit is refused with the limit named; nothing stored")
  void oversizedUpload() {
    Map<String, Long> before = state();
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(DemoImages.banner("x"), 0, big, 0, 100);
    ResponseEntity<JsonNode> res =
        postRequest(WARD, validJson(), big, MediaType.IMAGE_PNG, "lon.png");
    assertProblem(res, 400, "request");
    assertThat(res.getBody().toString()).contains("10 MB");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "I-LEVEL: an oversized JSON body (a 2 MB notice) is refused with a clear message; nothing stored")
  void oversizedJsonBody() {
    Map<String, Long> before = state();
    ObjectNode n =
        JSON.createObjectNode()
            .put("title", "Tin dài")
            .put("body", "<p>" + "a".repeat(2 * 1024 * 1024) + "</p>")
            .put("topic", "OTHER")
            .put("urgency", "NORMAL");
    ResponseEntity<JsonNode> res =
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body(n.toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertProblem(res, 400, "body");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "Malformed JSON is refused (400 problem+json naming the request) through /api for VNeID and iHanoi; nothing stored")
  void malformedJson() {
    Map<String, Long> before = state();
    assertProblem(
        postRequest(
            WARD,
            "{\"title\": \"x\",".getBytes(StandardCharsets.UTF_8),
            DemoImages.banner("x"),
            MediaType.IMAGE_PNG,
            "anh.png"),
        400,
        "request");
    ResponseEntity<JsonNode> ihanoi =
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"title\": [")
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(ihanoi.getStatusCode().value()).isEqualTo(400);
    assertThat(ihanoi.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "Malformed multipart (a broken boundary) is refused with 400 and a message; nothing stored")
  void malformedMultipart() {
    Map<String, Long> before = state();
    ResponseEntity<JsonNode> res =
        as(WARD)
            .post()
            .uri("/api/vneid/requests")
            .contentType(MediaType.parseMediaType("multipart/form-data; boundary=abc"))
            .body(
                "--abc\r\nContent-Disposition: form-data; name=\"request\"\r\n\r\n{\"title\""
                    .getBytes(StandardCharsets.UTF_8))
            .retrieve()
            .toEntity(JsonNode.class);
    assertProblem(res, 400, "request");
    assertThat(state()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- unknown values

  @Test
  @DisplayName(
      "Unknown enum values are refused with the field named: iHanoi topic and urgency, feed gender, audit type; nothing stored")
  void unknownEnums() {
    Map<String, Long> before = state();
    ObjectNode n =
        JSON.createObjectNode()
            .put("title", "Thông báo")
            .put("body", "<p>Nội dung</p>")
            .put("topic", "ADVERTISING")
            .put("urgency", "SUPER");
    ResponseEntity<JsonNode> res =
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body(n.toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertProblem(res, 400, "topic");
    assertThat(res.getBody().get("errors").findValuesAsText("field")).contains("urgency");
    assertProblem(
        as(WARD).get().uri("/api/feed?area=00004&gender=OTHER").retrieve().toEntity(JsonNode.class),
        400,
        "gender");
    ObjectNode vneid = VneidJson.valid().put("scope", "GALAXY");
    assertProblem(
        postRequest(
            WARD,
            vneid.toString().getBytes(StandardCharsets.UTF_8),
            DemoImages.banner("x"),
            MediaType.IMAGE_PNG,
            "anh.png"),
        400,
        "scope");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  @DisplayName(
      "The feed's query string: a missing area (a header or '!area' is no area) and an age that is no number are refused with the field named, before the other checks")
  void feedQuery() {
    ResponseEntity<JsonNode> missing =
        as(WARD)
            .get()
            .uri("/api/feed?age=abc&!area=00004")
            .header("Area", "00004")
            .retrieve()
            .toEntity(JsonNode.class);
    assertProblem(missing, 400, "area");
    assertThat(missing.getBody().get("title").asText()).isEqualTo("Thiếu tham số");
    ResponseEntity<JsonNode> age =
        as(WARD).get().uri("/api/feed?area=nowhere&age=abc").retrieve().toEntity(JsonNode.class);
    assertProblem(age, 400, "age");
    assertThat(age.getBody().get("errors").findValuesAsText("message"))
        .containsExactly("Giá trị không hợp lệ: abc");
    assertThat(
            as(WARD)
                .get()
                .uri("/api/feed?area=00004&age=30&gender=MALE")
                .retrieve()
                .toEntity(JsonNode.class)
                .getStatusCode()
                .value())
        .isEqualTo(200);
  }

  @Test
  @DisplayName(
      "Dates in the wrong format are refused with the expected format named: VNeID window, iHanoi validity, audit range")
  void wrongDates() {
    Map<String, Long> before = state();
    ObjectNode vneid = VneidJson.valid().put("publishUntil", "31/12/2026");
    assertProblem(
        postRequest(
            WARD,
            vneid.toString().getBytes(StandardCharsets.UTF_8),
            DemoImages.banner("x"),
            MediaType.IMAGE_PNG,
            "anh.png"),
        400,
        "publishUntil");
    ObjectNode n =
        JSON.createObjectNode()
            .put("title", "Thông báo")
            .put("body", "<p>Nội dung</p>")
            .put("topic", "OTHER")
            .put("urgency", "NORMAL")
            .put("validUntil", "ngày mai");
    ResponseEntity<JsonNode> res =
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body(n.toString())
            .retrieve()
            .toEntity(JsonNode.class);
    assertProblem(res, 400, "validUntil");
    assertThat(state()).isEqualTo(before);
  }

  // ---------------------------------------------------------------- markup stays text

  @Test
  @DisplayName(
      "V-REQ-1: scripts in VNeID plain-text fields are stored as typed and shown escaped in the reviewer's form, the preview and the notice")
  void vneidScriptsShownEscaped() {
    String script = "<script>alert('x')</script>";
    String img = "<img src=x onerror=alert(1)>";
    ArticleDraft d = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    d =
        new ArticleDraft(
            d.unitCode(),
            d.title(),
            d.summary(),
            d.bodyHtml(),
            Category.OTHER,
            d.scope(),
            d.targetAreaCodes(),
            d.ageMin(),
            d.ageMax(),
            d.gender(),
            d.publishFrom(),
            d.publishUntil(),
            "Lý do " + script,
            "Ghi chú " + img,
            d.letterNumber(),
            d.letterDate());
    long id = submit(d).id();
    assertThat(
            jdbc.sql("select justification from vneid_round where request_id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .as("stored as typed")
        .isEqualTo("Lý do " + script);
    Task t = appraisal(id);
    Map<String, Object> form = FormDisplayValues.of(taskService, t.getId());
    assertThat(form.get("justificationText"))
        .isEqualTo("Lý do &lt;script&gt;alert('x')&lt;/script&gt;");
    assertThat(form.get("reviewerNotesText"))
        .isEqualTo("Ghi chú &lt;img src=x onerror=alert(1)&gt;");
    assertThat(form.values())
        .allSatisfy(v -> assertThat(String.valueOf(v)).doesNotContain("<script", "<img"));

    complete(
        id,
        Tasks.APPRAISE,
        OFFICER,
        Groups.districtAppraisal("001"),
        Map.of(
            Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            Vars.APPRAISAL_REASONS,
            "Sửa " + img + script));
    runDueJobs();
    String notice =
        as(WARD).get().uri("/api/vneid/requests/" + id + "/notice/1").retrieve().body(String.class);
    assertThat(notice)
        .contains("Sửa &lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img src=x", "<script>");
    Task revise = openTask(id, Tasks.REVISE);
    assertThat((String) FormDisplayValues.of(taskService, revise.getId()).get("historyText"))
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img", "<script");
    String preview =
        as(WARD).get().uri("/api/vneid/requests/" + id + "/preview").retrieve().body(String.class);
    assertThat(preview).doesNotContain("<script>alert", "onerror=alert");
  }

  @Test
  @DisplayName(
      "I-LEVEL: scripts in iHanoi fields: active HTML in the body is refused; a title with markup is shown escaped in the form and as plain text in the feed")
  void ihanoiScripts() {
    Map<String, Long> before = state();
    ObjectNode n =
        JSON.createObjectNode()
            .put("title", "Thông báo")
            .put("body", "<p>Xin chào</p><script>alert(1)</script>")
            .put("topic", "OTHER")
            .put("urgency", "NORMAL");
    assertProblem(
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body(n.toString())
            .retrieve()
            .toEntity(JsonNode.class),
        400,
        "body");
    ObjectNode img = n.deepCopy().put("body", "<p>Ảnh</p><img src=x onerror=alert(1)>");
    assertProblem(
        as(WARD)
            .post()
            .uri("/api/ihanoi/notices")
            .contentType(MediaType.APPLICATION_JSON)
            .body(img.toString())
            .retrieve()
            .toEntity(JsonNode.class),
        400,
        "body");
    assertThat(state()).isEqualTo(before);

    // I-TEXT-1: a title is plain text; one with a tag is refused, changing nothing.
    assertThatThrownBy(
            () ->
                ihanoiNotice(
                    WARD, "Giờ mở cửa <img src=x onerror=alert(1)>", "Trạm y tế mở cửa từ 7 giờ."))
        .isInstanceOf(ValidationProblemException.class)
        .hasMessageContaining("Tiêu đề là văn bản thuần");
    assertThat(state()).isEqualTo(before);
    String title = "Giờ mở cửa <10h> & **khẩn** > 3 người";
    NoticeRecord notice =
        ihanoiNotice(WARD, title, "Trạm y tế mở cửa từ 7 giờ, trẻ < 6 tuổi được ưu tiên.");
    Task edit =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(notice.id()))
            .singleResult();
    Object shown = FormDisplayValues.of(taskService, edit.getId()).get("noticeTitle");
    assertThat(shown).isEqualTo("Giờ mở cửa &lt;10h&gt; &amp; \\*\\*khẩn\\*\\* &gt; 3 người");
    identityService.setAuthentication("hi.editor", List.of(Groups.editor("UBND-P-TRUCBACH")));
    try {
      taskService.complete(edit.getId());
    } finally {
      identityService.clearAuthentication();
    }
    Task approve =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(notice.id()))
            .singleResult();
    identityService.setAuthentication("hi.approver", List.of(Groups.approver("UBND-P-TRUCBACH")));
    try {
      taskService.complete(approve.getId(), Map.of("approvalOutcome", "APPROVE"));
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
    moveClock(Duration.ofMinutes(1));
    JsonNode feed = as(WARD).get().uri("/api/feed?area=00004").retrieve().body(JsonNode.class);
    JsonNode item = null;
    for (JsonNode i : feed) {
      if (i.get("source").asText().toLowerCase().contains("ihanoi")
          && i.get("sourceId").asLong() == notice.id()) {
        item = i;
      }
    }
    assertThat(item).as("the notice is in the feed: " + feed).isNotNull();
    assertThat(item.get("title").asText()).as("plain text, exactly as typed").isEqualTo(title);
    assertThat(item.get("bodyHtml").asText())
        .contains("&lt; 6 tuổi")
        .doesNotContain("<script", "onerror");
  }
}
