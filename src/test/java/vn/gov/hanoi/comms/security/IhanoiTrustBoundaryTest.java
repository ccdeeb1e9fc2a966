package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.hanoi.comms.security.IhanoiTrustBoundaryTest.Person.APPROVER;
import static vn.gov.hanoi.comms.security.IhanoiTrustBoundaryTest.Person.AUTHOR;
import static vn.gov.hanoi.comms.security.IhanoiTrustBoundaryTest.Person.DEPARTMENT;
import static vn.gov.hanoi.comms.security.IhanoiTrustBoundaryTest.Person.EDITOR;
import static vn.gov.hanoi.comms.security.IhanoiTrustBoundaryTest.Person.WARD;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.security.boundary.Door;

/**
 * The trust boundary of iHanoi notices, tried as an attacker would (T-1..T-3): a notice changes
 * state only through the steps of ihanoi-notice, by the editors and approvers of its issuing body,
 * and never approved by its author. Every probe goes through Camunda's REST API and Tasklist's API;
 * after each, nothing an attack could change has changed and the attempt is in the audit trail with
 * who, what and the door ({@link TrustBoundaryProbes}). Tagged "db" through IntegrationTest: it
 * runs on H2 and again on PostgreSQL.
 */
class IhanoiTrustBoundaryTest extends TrustBoundaryProbes {
  private static final String TRUCBACH = "UBND-P-TRUCBACH";
  private static final String HANGBAC = "UBND-P-HANGBAC";
  private static final AtomicInteger SERIAL = new AtomicInteger();

  /** The people of the probes, each with the groups they are created in. */
  enum Person {
    /** Writes Trúc Bạch's notices and is also one of its editors and approvers. */
    AUTHOR("itb.author", Groups.unit(TRUCBACH), Groups.editor(TRUCBACH), Groups.approver(TRUCBACH)),
    EDITOR("itb.editor.trucbach", Groups.editor(TRUCBACH)),
    APPROVER("itb.approver.trucbach", Groups.approver(TRUCBACH)),
    /** Editor and approver of another commune (Hàng Bạc). */
    OTHER_EDITOR("itb.editor.hangbac", Groups.editor(HANGBAC)),
    OTHER_APPROVER("itb.approver.hangbac", Groups.approver(HANGBAC)),
    /** An ordinary ward account of Hàng Bạc. */
    WARD("itb.hangbac", Groups.unit(HANGBAC)),
    DEPARTMENT("itb.soyte", Groups.unit("SO-YTE"), Groups.editor("SO-YTE")),
    ADMIN("itb.admin", Groups.ADMIN);

    final String id;
    final String[] groups;

    Person(String id, String... groups) {
      this.id = id;
      this.groups = groups;
    }
  }

  @Autowired private IhanoiNoticeService notices;

  @BeforeEach
  void users() {
    for (Person p : Person.values()) {
      ensureUser(p.id, p.groups);
    }
  }

  // ------------------------------------------------------------------ notices to attack

  /** A Trúc Bạch notice written by AUTHOR.id, waiting at Task_EditNotice. */
  private long draft() {
    int n = SERIAL.incrementAndGet();
    return notices
        .create(
            new CurrentUser(AUTHOR.id, Set.of(Groups.unit(TRUCBACH))),
            new NoticeDraft(
                null,
                null,
                null,
                "Lịch vệ sinh hồ Trúc Bạch đợt " + n,
                "Tổ dân phố số " + n + " ra quân vớt rác ven hồ Trúc Bạch sáng Chủ nhật.",
                "OTHER",
                "NORMAL",
                null))
        .id();
  }

  /** A draft whose edit its editor submitted: waiting at Task_ApproveNotice. */
  private long inApproval() {
    long id = draft();
    identityService.setAuthentication(EDITOR.id, List.of(Groups.editor(TRUCBACH)));
    try {
      taskService.complete(task(id, Tasks.EDIT).getId());
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(task(id, Tasks.APPROVE)).as("notice " + id + " waits for its approval").isNotNull();
    return id;
  }

  /** A draft its author withdrew: its instance has ended. */
  private long withdrawn() {
    long id = draft();
    notices.withdraw(new CurrentUser(AUTHOR.id, Set.of(Groups.unit(TRUCBACH))), id);
    assertThat(noticeStatus(id)).isEqualTo("WITHDRAWN");
    return id;
  }

  private long departmentDraft() {
    return notices
        .create(
            new CurrentUser(DEPARTMENT.id, Set.of(Groups.unit("SO-YTE"))),
            new NoticeDraft(
                null,
                null,
                null,
                "Cảnh báo sốt xuất huyết",
                "Sở Y tế đề nghị người dân diệt lăng quăng, loại bỏ vật chứa nước.",
                "HEALTH",
                "NORMAL",
                null))
        .id();
  }

  private Task task(long noticeId, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(IhanoiProcess.businessKey(noticeId))
        .taskDefinitionKey(key)
        .singleResult();
  }

  private String instanceOf(long noticeId) {
    return jdbc.sql("select process_instance_id from ihanoi_notice where id = :id")
        .param("id", noticeId)
        .query(String.class)
        .single();
  }

  private String noticeStatus(long noticeId) {
    return jdbc.sql("select status from ihanoi_notice where id = :id")
        .param("id", noticeId)
        .query(String.class)
        .single();
  }

  private static String user(String id) {
    return "{\"userId\":\"" + id + "\"}";
  }

  private static String approve() {
    return "{\"variables\":" + vars("approvalOutcome", "String", "APPROVE") + "}";
  }

  // ------------------------------------------------------------------ 1. start anywhere, or again

  @Test
  @DisplayName(
      "T-1: an iHanoi start before Task_SendNotice or Task_MarkApproved with a department's draft, through both APIs: refused, the draft is not sent")
  void startInstructions() {
    long draft = departmentDraft();
    for (Door door : DOORS) {
      for (String activity : List.of("Task_SendNotice", "Task_MarkApproved")) {
        String instructions =
            "[{\"type\":\"startBeforeActivity\",\"activityId\":\""
                + activity
                + "\",\"variables\":"
                + vars("noticeId", "Long", String.valueOf(draft))
                + "}]";
        refusedAndNothingChanged(
            door + " start before " + activity,
            "StartProcessInstanceAtActivitiesCmd on ihanoi-notice",
            () ->
                call(
                    door,
                    door == Door.ENGINE_REST ? WARD.id : DEPARTMENT.id,
                    "POST",
                    "process-definition/key/ihanoi-notice/start",
                    "{\"variables\":{},\"startInstructions\":" + instructions + "}"));
      }
    }
  }

  @Test
  @DisplayName(
      "T-2: a start naming an existing notice's id, or carrying fields the start form does not have: refused")
  void startWithId() {
    long draft = departmentDraft();
    refusedAndNothingChanged(
        "ihanoi start with noticeId",
        "StartProcessInstanceCmd on ihanoi-notice",
        () ->
            rest(
                DEPARTMENT.id,
                "POST",
                "process-definition/key/ihanoi-notice/start",
                "{\"variables\":" + vars("noticeId", "Long", String.valueOf(draft)) + "}"));
    refusedAndNothingChanged(
        "ihanoi start with routing variables",
        "SubmitStartFormCmd on ihanoi-notice",
        () ->
            tasklist(
                DEPARTMENT.id,
                "POST",
                "process-definition/key/ihanoi-notice/submit-form",
                "{\"variables\":"
                    + vars(
                        "title",
                        "String",
                        "Tin thử",
                        "body",
                        "String",
                        "Nội dung thử",
                        "topic",
                        "String",
                        "HEALTH",
                        "urgency",
                        "String",
                        "NORMAL",
                        "approverGroup",
                        "String",
                        "unit-SO-YTE")
                    + "}"));
  }

  @ParameterizedTest(
      name =
          "T-2: the author starts ihanoi-notice again for their withdrawn notice through {0} {1}: refused, no second instance")
  @CsvSource({
    "ENGINE_REST, process-definition/key/ihanoi%2Dnotice/start",
    "ENGINE_REST, process-definition/key/ihanoi-notice/start/",
    "ENGINE_REST, process-definition/ID/start",
    "ENGINE_REST, process-definition/key/ihanoi-notice/submit-form",
    "WEBAPP, process-definition/key/ihanoi%2Dnotice/start",
    "WEBAPP, process-definition/key/ihanoi-notice/start/",
    "WEBAPP, process-definition/ID/submit-form",
    "WEBAPP, process-definition/key/ihanoi-notice/submit-form"
  })
  void startAgainThroughOtherUrls(Door door, String path) {
    long own = withdrawn();
    String url = path.replace("ID", processDefinitionId(IhanoiProcess.KEY));
    refusedAndNothingChanged(
        door + " " + url,
        (url.contains("submit-form") ? "SubmitStartFormCmd" : "StartProcessInstanceCmd")
            + " on ihanoi-notice",
        () ->
            call(
                door,
                AUTHOR.id,
                "POST",
                url,
                "{\"variables\":" + vars("noticeId", "Long", String.valueOf(own)) + "}"));
    assertThat(noticeStatus(own)).isEqualTo("WITHDRAWN");
  }

  // ------------------------------------------------------------------ 2. the steps' roles

  @ParameterizedTest(
      name =
          "T-3: through {0}, {1} by {2} on the notice''s {3} (for {4}): refused, nothing changes")
  @CsvSource({
    // The edit is Trúc Bạch's editors' alone.
    "ENGINE_REST, assignee,       EDITOR,         Task_EditNotice,    OTHER_EDITOR",
    "WEBAPP,      claim,          OTHER_EDITOR,   Task_EditNotice,    OTHER_EDITOR",
    "WEBAPP,      delegate,       EDITOR,         Task_EditNotice,    OTHER_EDITOR",
    "ENGINE_REST, identity-links, EDITOR,         Task_EditNotice,    OTHER_EDITOR",
    "ENGINE_REST, complete,       OTHER_EDITOR,   Task_EditNotice,",
    "WEBAPP,      submit-form,    OTHER_EDITOR,   Task_EditNotice,",
    // The approval is Trúc Bạch's approvers' alone, never the author's, whoever assigns it.
    "ENGINE_REST, assignee,       APPROVER,       Task_ApproveNotice, AUTHOR",
    "WEBAPP,      assignee,       ADMIN,          Task_ApproveNotice, AUTHOR",
    "WEBAPP,      claim,          AUTHOR,         Task_ApproveNotice, AUTHOR",
    "ENGINE_REST, claim,          EDITOR,         Task_ApproveNotice, EDITOR",
    "WEBAPP,      assignee,       APPROVER,       Task_ApproveNotice, OTHER_APPROVER",
    "ENGINE_REST, claim,          OTHER_APPROVER, Task_ApproveNotice, OTHER_APPROVER",
    "ENGINE_REST, complete,       AUTHOR,         Task_ApproveNotice,",
    "WEBAPP,      submit-form,    OTHER_APPROVER, Task_ApproveNotice,"
  })
  void outsideTheRole(Door door, String action, Person actor, String step, Person forWhom) {
    long id = step.equals(Tasks.EDIT) ? draft() : inApproval();
    String t = task(id, step).getId();
    String body =
        switch (action) {
          case "complete", "submit-form" ->
              step.equals(Tasks.EDIT)
                  ? "{\"variables\":" + vars("editedTitle", "String", "Tin đã bị sửa") + "}"
                  : approve();
          case "identity-links" ->
              "{\"groupId\":\"" + forWhom.groups[0] + "\",\"type\":\"candidate\"}";
          default -> user(forWhom.id);
        };
    String command =
        COMMANDS.get(action) + " on " + t + (body.contains("userId") ? " " + forWhom.id : "");
    refusedAndNothingChanged(
        action + " by " + actor,
        command,
        () -> call(door, actor.id, "POST", "task/" + t + "/" + action, body));
    assertThat(noticeStatus(id)).isEqualTo(step.equals(Tasks.EDIT) ? "IN_EDITING" : "IN_APPROVAL");
  }

  /** The engine command each task resource of the API ends in. */
  private static final Map<String, String> COMMANDS =
      Map.of(
          "assignee",
          "AssignTaskCmd",
          "claim",
          "ClaimTaskCmd",
          "delegate",
          "DelegateTaskCmd",
          "identity-links",
          "AddGroupIdentityLinkCmd",
          "complete",
          "CompleteTaskCmd",
          "submit-form",
          "SubmitTaskFormCmd");

  @Test
  @DisplayName(
      "T-3: the author of a notice who sits on the approving committee cannot approve it through Tasklist's API (403 with the reason)")
  void authorApprovesThroughTasklist() {
    long id = inApproval();
    String t = task(id, Tasks.APPROVE).getId();
    Response r =
        refusedAndNothingChanged(
            "the author approves in Tasklist",
            "SubmitTaskFormCmd on " + t,
            () -> tasklist(AUTHOR.id, "POST", "task/" + t + "/submit-form", approve()));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("không được tự phê duyệt");
    assertThat(noticeStatus(id)).isEqualTo("IN_APPROVAL");
  }

  // ------------------------------------------------------------------ 3. shadowed variables

  @ParameterizedTest(
      name =
          "T-2: through {0}, {1} {2} on the editor''s own notice, to shadow or re-route with {3}: refused; the edit still lands on its own notice")
  @CsvSource({
    "ENGINE_REST, PUT,  task/TASK/localVariables/noticeId,                noticeId,      SetTaskVariablesCmd",
    "WEBAPP,      POST, task/TASK/localVariables,                         noticeId,      PatchTaskVariablesCmd",
    "ENGINE_REST, PUT,  task/TASK/variables/noticeId,                     noticeId,      SetTaskVariablesCmd",
    "ENGINE_REST, POST, task/TASK/localVariables,                         editorGroup,   PatchTaskVariablesCmd",
    "WEBAPP,      PUT,  process-instance/INSTANCE/variables/approverGroup, approverGroup, SetExecutionVariablesCmd"
  })
  void shadowedVariables(
      Door door, String method, String resource, String variable, String command) {
    long own = draft();
    long other = draft();
    String t = task(own, Tasks.EDIT).getId();
    String pi = instanceOf(own);
    String path = resource.replace("TASK", t).replace("INSTANCE", pi);
    String typed =
        variable.equals("noticeId")
            ? "{\"value\":" + other + ",\"type\":\"Long\"}"
            : "{\"value\":\""
                + (variable.equals("editorGroup")
                    ? Groups.editor(HANGBAC)
                    : Groups.approver(HANGBAC))
                + "\",\"type\":\"String\"}";
    String body =
        method.equals("PUT") ? typed : "{\"modifications\":{\"" + variable + "\":" + typed + "}}";
    refusedAndNothingChanged(
        door + " " + path,
        command + " on " + (path.startsWith("task") ? t : pi) + " " + variable,
        () -> call(door, EDITOR.id, method, path, body));
    String otherTitle = title(other);
    Response done =
        rest(
            EDITOR.id,
            "POST",
            "task/" + t + "/complete",
            "{\"variables\":"
                + vars("editedTitle", "String", "Lịch vệ sinh hồ Trúc Bạch đã biên tập")
                + "}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(title(own)).isEqualTo("Lịch vệ sinh hồ Trúc Bạch đã biên tập");
    assertThat(title(other)).isEqualTo(otherTitle);
  }

  private String title(long noticeId) {
    return jdbc.sql("select title from ihanoi_notice where id = :id")
        .param("id", noticeId)
        .query(String.class)
        .single();
  }

  @Test
  @DisplayName(
      "T-3: an iHanoi editor or approver cannot send routing variables with a completion, nor set another notice's text, through either API")
  void extraVariables() {
    long draft = departmentDraft();
    String edit = task(draft, Tasks.EDIT).getId();
    String approval = task(inApproval(), Tasks.APPROVE).getId();
    for (Door door : DOORS) {
      String action = door == Door.ENGINE_REST ? "complete" : "submit-form";
      Response r =
          refusedAndNothingChanged(
              door + " edit with checkDuplicates",
              COMMANDS.get(action) + " on " + edit,
              () ->
                  call(
                      door,
                      DEPARTMENT.id,
                      "POST",
                      "task/" + edit + "/" + action,
                      "{\"variables\":"
                          + vars(
                              "editedTitle",
                              "String",
                              "Tiêu đề mới",
                              "checkDuplicates",
                              "Boolean",
                              "false",
                              "noticeId",
                              "Long",
                              "1")
                          + "}"));
      assertThat(r.status()).isEqualTo(400);
      assertThat(r.body()).contains("checkDuplicates").contains("noticeId");
      Response a =
          refusedAndNothingChanged(
              door + " approval with approverGroup",
              COMMANDS.get(action) + " on " + approval,
              () ->
                  call(
                      door,
                      APPROVER.id,
                      "POST",
                      "task/" + approval + "/" + action,
                      "{\"variables\":"
                          + vars(
                              "approvalOutcome",
                              "String",
                              "APPROVE",
                              "approverGroup",
                              "String",
                              Groups.approver(HANGBAC),
                              "noticeId",
                              "Long",
                              String.valueOf(draft))
                          + "}"));
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains("approverGroup").contains("noticeId");
    }
  }

  // ------------------------------------------------------------------ 4. repair tools

  @Test
  @DisplayName(
      "T-1: an approver cannot move a notice to Task_SendNotice by process-instance modification (nor the author, asynchronously), through either API")
  void modificationRefused() {
    long id = inApproval();
    String pi = instanceOf(id);
    for (Door door : DOORS) {
      refusedAndNothingChanged(
          door + " modification",
          "ModifyProcessInstanceCmd on " + pi,
          () ->
              call(
                  door,
                  APPROVER.id,
                  "POST",
                  "process-instance/" + pi + "/modification",
                  modification("Task_SendNotice")));
      refusedAndNothingChanged(
          door + " async modification",
          "ModifyProcessInstanceAsyncCmd on " + pi,
          () ->
              call(
                  door,
                  AUTHOR.id,
                  "POST",
                  "process-instance/" + pi + "/modification-async",
                  modification("Task_SendNotice")));
    }
    assertThat(noticeStatus(id)).isEqualTo("IN_APPROVAL");
  }

  @Test
  @DisplayName(
      "T-1: the author (or an approver, asynchronously) cannot restart a withdrawn notice's instance at Task_SendNotice, through either API")
  void restartRefused() {
    long id = withdrawn();
    String pi = instanceOf(id);
    String definition = processDefinitionId(IhanoiProcess.KEY);
    for (Door door : DOORS) {
      refusedAndNothingChanged(
          door + " restart",
          "RestartProcessInstancesCmd on " + pi + " " + definition,
          () ->
              call(
                  door,
                  AUTHOR.id,
                  "POST",
                  "process-definition/" + definition + "/restart",
                  restart(pi, "Task_SendNotice")));
      refusedAndNothingChanged(
          door + " async restart",
          "RestartProcessInstancesBatchCmd on " + pi,
          () ->
              call(
                  door,
                  APPROVER.id,
                  "POST",
                  "process-definition/" + definition + "/restart-async",
                  restart(pi, "Task_SendNotice")));
    }
    assertThat(noticeStatus(id)).isEqualTo("WITHDRAWN");
  }
}
