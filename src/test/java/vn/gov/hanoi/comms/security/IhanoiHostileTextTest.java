package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.StepInput;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.publication.FeedItem;
import vn.gov.hanoi.comms.security.boundary.Door;

/**
 * Hostile titles and bodies through every door of the iHanoi flow (I-TEXT-1, I-TEXT-2): the product
 * API, Camunda's REST API and Tasklist's API, at the start and at the editor's steps. A title with
 * markup is refused in Vietnamese naming its field, whatever the door, and nothing changes; so is a
 * body with template text split by a comment; the feed never serves a title as markup, and a plain
 * "<" in a title reaches residents as the character.
 */
class IhanoiHostileTextTest extends TrustBoundaryProbes {
  private static final String ORG = "SO-TTTT";
  private static final String OFFICER = "hostile.tttt";
  private static final String EDITOR = "hostile.tttt.bientap";
  private static final String CITY_APPROVER = "hostile.vp";
  private static final String HOSTILE = "Thử <i>nghiệm</i> <script>alert('t')</script>";
  private static final List<String> HOSTILE_TITLES =
      List.of(
          HOSTILE,
          "Lịch <b>cắt điện</b>",
          "Tin <!-- chú thích --> ẩn",
          "Kính gửi {<!-- -->{hoTen}}",
          "<img src=x onerror=alert(1)>");

  @Autowired IhanoiNoticeService notices;
  @Autowired IhanoiNoticeRepository repository;
  @Autowired IhanoiWorkflowService workflow;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void people() {
    ensureUser(OFFICER, Groups.unit(ORG));
    ensureUser(EDITOR, Groups.editor(ORG));
    ensureUser(CITY_APPROVER, Groups.IHANOI_CITY_APPROVER);
  }

  private long notices() {
    return jdbc.sql("select count(*) from ihanoi_notice").query(Long.class).single();
  }

  private static String startVars(String title, String body) {
    return "{\"variables\":"
        + vars(
            "title", "String", title, "body", "String", body, "topic", "String", "OTHER", "urgency",
            "String", "NORMAL")
        + "}";
  }

  private static void refusedNaming(Response r, String field) {
    assertThat(r.status()).as(r.door() + ": " + r.body()).isEqualTo(400);
    assertThat(r.body())
        .contains("\"" + field + "\"")
        .containsAnyOf("văn bản thuần", "đoạn mẫu")
        .doesNotContain("ENGINE-")
        .doesNotContain("Exception:");
  }

  @Test
  @DisplayName(
      "I-TEXT-1, T-1: a title with markup, a comment or template text is refused at the start through the product "
          + "API, Camunda's REST API and Tasklist's start form, naming `title` in Vietnamese; nothing is stored")
  @SuppressWarnings("unchecked")
  void titlesAtTheStart() {
    for (String title : HOSTILE_TITLES) {
      long before = notices();
      Map<String, Object> json = new HashMap<>();
      json.put("title", title);
      json.put("body", "Nội dung thông báo thử nghiệm cho người dân.");
      json.put("topic", "OTHER");
      ResponseEntity<Map> api =
          http.withBasicAuth(OFFICER, PASSWORD)
              .postForEntity("/api/ihanoi/notices", json, Map.class);
      assertThat(api.getStatusCode()).as(title).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat((List<Map<String, String>>) api.getBody().get("errors"))
          .anySatisfy(
              e -> {
                assertThat(e.get("field")).isEqualTo("title");
                assertThat(e.get("message")).contains("văn bản thuần");
              });
      for (Door door : DOORS) {
        String path =
            door == Door.ENGINE_REST
                ? "process-definition/key/ihanoi-notice/start"
                : "process-definition/key/ihanoi-notice/submit-form";
        refusedNaming(
            call(door, OFFICER, "POST", path, startVars(title, "Nội dung thử nghiệm.")), "title");
      }
      assertThat(notices()).as(title + ": nothing stored").isEqualTo(before);
    }
  }

  @Test
  @DisplayName(
      "I-TEXT-1, I-TEXT-2, T-3: at the editor's steps a title with markup and a body with template text split by a "
          + "comment are refused through Camunda's REST API, Tasklist's task form and the duplicate revision, "
          + "naming the field; the notice keeps its text")
  void titlesAtTheEditorsSteps() {
    NoticeRecord n =
        notices.create(
            new CurrentUser(OFFICER, Set.of(Groups.unit(ORG))),
            new NoticeDraft(
                null,
                null,
                null,
                "Lịch tiếp công dân tháng tới",
                "Sở tiếp công dân vào sáng thứ năm hằng tuần tại trụ sở.",
                "OTHER",
                "NORMAL",
                null));
    Task edit =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(n.id()))
            .taskDefinitionKey(Tasks.EDIT)
            .singleResult();
    for (String title : HOSTILE_TITLES) {
      for (Door door : DOORS) {
        String path =
            "task/" + edit.getId() + (door == Door.ENGINE_REST ? "/complete" : "/submit-form");
        refusedNaming(
            call(
                door,
                EDITOR,
                "POST",
                path,
                "{\"variables\":" + vars("editedTitle", "String", title) + "}"),
            "editedTitle");
      }
    }
    refusedNaming(
        call(
            Door.ENGINE_REST,
            EDITOR,
            "POST",
            "task/" + edit.getId() + "/complete",
            "{\"variables\":"
                + vars("editedBody", "String", "<p>Kính gửi {<!-- -->{hoTen}}</p>")
                + "}"),
        "editedBody");
    // The revision of a stopped notice takes the same checks (one core check for every step).
    List<String> fields = new ArrayList<>();
    try {
      workflow.checkStep(
          n,
          Tasks.RESOLVE_DUPLICATE,
          new CurrentUser(EDITOR, Set.of(Groups.editor(ORG))),
          new StepInput(HOSTILE, null, IhanoiProcess.REVISE, null, null, null, null, null));
    } catch (RefusedException e) {
      e.errors().stream().map(FieldError::field).forEach(fields::add);
    }
    assertThat(fields).containsExactly("editedTitle");
    NoticeRecord after = repository.find(n.id()).orElseThrow();
    assertThat(after.title()).isEqualTo("Lịch tiếp công dân tháng tới");
    assertThat(taskService.createTaskQuery().taskId(edit.getId()).count()).isEqualTo(1);
  }

  @Test
  @DisplayName(
      "I-TEXT-1: the feed never serves a title as markup; a plain '<' typed in a title reaches residents as the "
          + "character, through edit, approval and sending")
  void feedServesPlainTitles() {
    String plain = "Nhiệt độ có nơi <10 độ C, người dân giữ ấm";
    NoticeRecord n =
        notices.create(
            new CurrentUser(OFFICER, Set.of(Groups.unit(ORG))),
            new NoticeDraft(
                null,
                null,
                null,
                plain,
                "Không khí lạnh tăng cường, nhiệt độ vùng núi có nơi dưới 10 độ C.",
                "OTHER",
                "NORMAL",
                null));
    completeNotice(n.id(), Tasks.EDIT, EDITOR, Groups.editor(ORG), Map.of());
    completeNotice(
        n.id(),
        Tasks.APPROVE,
        CITY_APPROVER,
        Groups.IHANOI_CITY_APPROVER,
        Map.of(IhanoiProcess.Vars.APPROVAL_OUTCOME, IhanoiProcess.APPROVE));
    runDueJobs();
    List<FeedItem> feed =
        http.withBasicAuth(OFFICER, PASSWORD)
            .exchange(
                "/api/feed?area=01",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<List<FeedItem>>() {})
            .getBody();
    assertThat(feed)
        .anySatisfy(
            i -> {
              assertThat(i.sourceId()).isEqualTo(n.id());
              assertThat(i.title()).isEqualTo(plain);
            });
    assertThat(feed)
        .filteredOn(i -> "IHANOI".equals(i.source()))
        .extracting(FeedItem::title)
        .noneMatch(t -> t.matches("(?s).*<\\s*/?\\s*[a-zA-Z].*|.*<!--.*|.*\\{\\{.*"));
  }
}
