package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The trust boundary of iHanoi notices, tried as an attacker would (T-1..T-3): a notice changes state only
 * through the steps of ihanoi-notice, by the editors and approvers of its issuing body, and never approved by
 * its author. Every probe goes through Camunda's REST API and Tasklist's API; after each, nothing an attack
 * could change has changed and the attempt is in the audit trail with who, what and the door
 * ({@link TrustBoundaryProbes}). Tagged "db" through IntegrationTest: it runs on H2 and again on PostgreSQL.
 */
class IhanoiTrustBoundaryTest extends TrustBoundaryProbes {
  private static final String TRUCBACH = "UBND-P-TRUCBACH";
  private static final String HANGBAC = "UBND-P-HANGBAC";
  private static final AtomicInteger SERIAL = new AtomicInteger();

  /** Writes Trúc Bạch's notices and is also one of its editors and approvers. */
  private static final String AUTHOR = "itb.author";
  /** Trúc Bạch's editor and approver. */
  private static final String EDITOR = "itb.editor.trucbach";
  private static final String APPROVER = "itb.approver.trucbach";
  /** Editor and approver of another commune (Hàng Bạc). */
  private static final String OTHER_EDITOR = "itb.editor.hangbac";
  private static final String OTHER_APPROVER = "itb.approver.hangbac";
  /** An ordinary ward account of Hàng Bạc, a department's staff and editor, an administrator. */
  private static final String WARD = "itb.hangbac";
  private static final String DEPARTMENT = "itb.soyte";
  private static final String ADMIN = "itb.admin";

  @Autowired private IhanoiNoticeService notices;

  @BeforeEach
  void users() {
    ensureUser(AUTHOR, Groups.unit(TRUCBACH), Groups.editor(TRUCBACH), Groups.approver(TRUCBACH));
    ensureUser(EDITOR, Groups.editor(TRUCBACH));
    ensureUser(APPROVER, Groups.approver(TRUCBACH));
    ensureUser(OTHER_EDITOR, Groups.editor(HANGBAC));
    ensureUser(OTHER_APPROVER, Groups.approver(HANGBAC));
    ensureUser(WARD, Groups.unit(HANGBAC));
    ensureUser(DEPARTMENT, Groups.unit("SO-YTE"), Groups.editor("SO-YTE"));
    ensureUser(ADMIN, Groups.ADMIN);
  }

  // ------------------------------------------------------------------ notices to attack

  /** A Trúc Bạch notice written by AUTHOR, waiting at Task_EditNotice. */
  private long draft() {
    int n = SERIAL.incrementAndGet();
    return notices.create(new CurrentUser(AUTHOR, Set.of(Groups.unit(TRUCBACH))), new NoticeDraft(null, null, null,
        "Lịch vệ sinh hồ Trúc Bạch đợt " + n, "Tổ dân phố số " + n + " ra quân vớt rác ven hồ Trúc Bạch sáng Chủ nhật.",
        "OTHER", "NORMAL", null)).id();
  }

  /** A draft whose edit its editor submitted: waiting at Task_ApproveNotice. */
  private long inApproval() {
    long id = draft();
    identityService.setAuthentication(EDITOR, List.of(Groups.editor(TRUCBACH)));
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
    notices.withdraw(new CurrentUser(AUTHOR, Set.of(Groups.unit(TRUCBACH))), id);
    assertThat(noticeStatus(id)).isEqualTo("WITHDRAWN");
    return id;
  }

  private long departmentDraft() {
    return notices.create(new CurrentUser(DEPARTMENT, Set.of(Groups.unit("SO-YTE"))), new NoticeDraft(null, null,
        null, "Cảnh báo sốt xuất huyết", "Sở Y tế đề nghị người dân diệt lăng quăng, loại bỏ vật chứa nước.", "HEALTH",
        "NORMAL", null)).id();
  }

  private Task task(long noticeId, String key) {
    return taskService.createTaskQuery().processInstanceBusinessKey(IhanoiProcess.businessKey(noticeId))
        .taskDefinitionKey(key).singleResult();
  }

  private String instanceOf(long noticeId) {
    return jdbc.sql("select process_instance_id from ihanoi_notice where id = :id").param("id", noticeId)
        .query(String.class).single();
  }

  private String noticeStatus(long noticeId) {
    return jdbc.sql("select status from ihanoi_notice where id = :id").param("id", noticeId).query(String.class).single();
  }

  private static String user(String id) {
    return "{\"userId\":\"" + id + "\"}";
  }

  private static String approve() {
    return "{\"variables\":" + vars("approvalOutcome", "String", "APPROVE") + "}";
  }

  // ------------------------------------------------------------------ 1. start anywhere, or again

  @Test
  @DisplayName("T-1: an iHanoi start before Task_SendNotice with a department's draft, through both APIs: refused, the draft is not sent")
  void startInstructions() {
    long draft = departmentDraft();
    refusedAndNothingChanged("ihanoi start before Task_SendNotice", "StartProcessInstanceAtActivitiesCmd on ihanoi-notice", () -> rest(WARD, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":{},\"startInstructions\":[{\"type\":"
            + "\"startBeforeActivity\",\"activityId\":\"Task_SendNotice\",\"variables\":"
            + vars("noticeId", "Long", String.valueOf(draft)) + "}]}"));
    refusedAndNothingChanged("Tasklist ihanoi start before Task_MarkApproved", "StartProcessInstanceAtActivitiesCmd on ihanoi-notice", () -> tasklist(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":{},\"startInstructions\":[{\"type\":"
            + "\"startBeforeActivity\",\"activityId\":\"Task_MarkApproved\",\"variables\":"
            + vars("noticeId", "Long", String.valueOf(draft)) + "}]}"));
  }

  @Test
  @DisplayName("T-2: a start naming an existing notice's id, or carrying fields the start form does not have: refused")
  void startWithId() {
    long draft = departmentDraft();
    refusedAndNothingChanged("ihanoi start with noticeId", "StartProcessInstanceCmd on ihanoi-notice", () -> rest(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/start", "{\"variables\":" + vars("noticeId", "Long", String.valueOf(draft)) + "}"));
    refusedAndNothingChanged("ihanoi start with routing variables", "SubmitStartFormCmd on ihanoi-notice", () -> tasklist(DEPARTMENT, "POST",
        "process-definition/key/ihanoi-notice/submit-form", "{\"variables\":" + vars("title", "String", "Tin thử",
            "body", "String", "Nội dung thử", "topic", "String", "HEALTH", "urgency", "String", "NORMAL",
            "approverGroup", "String", "unit-SO-YTE") + "}"));
  }

  @ParameterizedTest(name = "T-2: the author starts ihanoi-notice again for their withdrawn notice through {0} {1}: refused, no second instance")
  @CsvSource({"ENGINE_REST, process-definition/key/ihanoi%2Dnotice/start", "ENGINE_REST, process-definition/key/ihanoi-notice/start/",
      "ENGINE_REST, process-definition/ID/start", "ENGINE_REST, process-definition/key/ihanoi-notice/submit-form",
      "WEBAPP, process-definition/key/ihanoi%2Dnotice/start", "WEBAPP, process-definition/key/ihanoi-notice/start/",
      "WEBAPP, process-definition/ID/submit-form", "WEBAPP, process-definition/key/ihanoi-notice/submit-form"})
  void startAgainThroughOtherUrls(Door door, String path) {
    long own = withdrawn();
    String url = path.replace("ID", processDefinitionId(IhanoiProcess.KEY));
    refusedAndNothingChanged(door + " " + url, (url.contains("submit-form") ? "SubmitStartFormCmd" : "StartProcessInstanceCmd")
        + " on ihanoi-notice", () -> call(door, AUTHOR, "POST", url, "{\"variables\":" + vars("noticeId", "Long", String.valueOf(own)) + "}"));
    assertThat(noticeStatus(own)).isEqualTo("WITHDRAWN");
  }

  // ------------------------------------------------------------------ 2. the steps' roles

  @Test
  @DisplayName("T-3: an editor of another commune can neither be handed a notice's edit, nor claim it, nor complete it, through either API")
  void editOutsideTheRole() {
    long id = draft();
    String t = task(id, Tasks.EDIT).getId();
    String edit = "{\"variables\":" + vars("editedTitle", "String", "Tin đã bị sửa") + "}";
    refusedAndNothingChanged("assign to another commune's editor", "AssignTaskCmd on " + t + " " + OTHER_EDITOR,
        () -> rest(EDITOR, "POST", "task/" + t + "/assignee", user(OTHER_EDITOR)));
    refusedAndNothingChanged("another commune's editor claims", "ClaimTaskCmd on " + t,
        () -> tasklist(OTHER_EDITOR, "POST", "task/" + t + "/claim", user(OTHER_EDITOR)));
    refusedAndNothingChanged("delegate to another commune's editor", "DelegateTaskCmd on " + t + " " + OTHER_EDITOR,
        () -> tasklist(EDITOR, "POST", "task/" + t + "/delegate", user(OTHER_EDITOR)));
    refusedAndNothingChanged("candidate group of another commune added", "AddGroupIdentityLinkCmd on " + t, () -> rest(EDITOR, "POST",
        "task/" + t + "/identity-links", "{\"groupId\":\"" + Groups.editor(HANGBAC) + "\",\"type\":\"candidate\"}"));
    refusedAndNothingChanged("another commune's editor completes", "CompleteTaskCmd on " + t,
        () -> rest(OTHER_EDITOR, "POST", "task/" + t + "/complete", edit));
    refusedAndNothingChanged("another commune's editor submits the form", "SubmitTaskFormCmd on " + t,
        () -> tasklist(OTHER_EDITOR, "POST", "task/" + t + "/submit-form", edit));
    assertThat(noticeStatus(id)).isEqualTo("IN_EDITING");
  }

  @Test
  @DisplayName("T-3: a notice's approval cannot be handed to its author (not even by an administrator) or to another commune's approver, claimed by them, or completed by them")
  void approvalOutsideTheRole() {
    long id = inApproval();
    String t = task(id, Tasks.APPROVE).getId();
    refusedAndNothingChanged("assign to the author", "AssignTaskCmd on " + t + " " + AUTHOR, () -> rest(APPROVER, "POST", "task/" + t + "/assignee", user(AUTHOR)));
    refusedAndNothingChanged("administrator assigns to the author", "AssignTaskCmd on " + t + " " + AUTHOR,
        () -> tasklist(ADMIN, "POST", "task/" + t + "/assignee", user(AUTHOR)));
    refusedAndNothingChanged("the author claims", "ClaimTaskCmd on " + t + " " + AUTHOR, () -> tasklist(AUTHOR, "POST", "task/" + t + "/claim", user(AUTHOR)));
    refusedAndNothingChanged("the commune's editor claims", "ClaimTaskCmd on " + t,
        () -> rest(EDITOR, "POST", "task/" + t + "/claim", user(EDITOR)));
    refusedAndNothingChanged("assign to another commune's approver", "AssignTaskCmd on " + t + " " + OTHER_APPROVER,
        () -> tasklist(APPROVER, "POST", "task/" + t + "/assignee", user(OTHER_APPROVER)));
    refusedAndNothingChanged("another commune's approver claims", "ClaimTaskCmd on " + t,
        () -> rest(OTHER_APPROVER, "POST", "task/" + t + "/claim", user(OTHER_APPROVER)));
    refusedAndNothingChanged("the author completes", "CompleteTaskCmd on " + t, () -> rest(AUTHOR, "POST", "task/" + t + "/complete", approve()));
    refusedAndNothingChanged("another commune's approver submits the form", "SubmitTaskFormCmd on " + t,
        () -> tasklist(OTHER_APPROVER, "POST", "task/" + t + "/submit-form", approve()));
    assertThat(noticeStatus(id)).isEqualTo("IN_APPROVAL");
  }

  @Test
  @DisplayName("T-3: the author of a notice who sits on the approving committee cannot approve it through Tasklist's API (403 with the reason)")
  void authorApprovesThroughTasklist() {
    long id = inApproval();
    String t = task(id, Tasks.APPROVE).getId();
    Response r = refusedAndNothingChanged("the author approves in Tasklist", "SubmitTaskFormCmd on " + t,
        () -> tasklist(AUTHOR, "POST", "task/" + t + "/submit-form", approve()));
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("không được tự phê duyệt");
    assertThat(noticeStatus(id)).isEqualTo("IN_APPROVAL");
  }

  // ------------------------------------------------------------------ 3. shadowed variables

  @Test
  @DisplayName("T-2: an editor cannot set a task-local noticeId (or any variable) on their own task to shadow another notice; the edit still lands on its own notice")
  void shadowedNoticeId() {
    long own = draft();
    long other = draft();
    String t = task(own, Tasks.EDIT).getId();
    String pi = instanceOf(own);
    refusedAndNothingChanged("local noticeId", "SetTaskVariablesCmd on " + t + " noticeId", () -> rest(EDITOR, "PUT", "task/" + t + "/localVariables/noticeId",
        "{\"value\":" + other + ",\"type\":\"Long\"}"));
    refusedAndNothingChanged("Tasklist local noticeId", "PatchTaskVariablesCmd on " + t + " noticeId", () -> tasklist(EDITOR, "POST", "task/" + t + "/localVariables",
        "{\"modifications\":" + vars("noticeId", "Long", String.valueOf(other)) + "}"));
    refusedAndNothingChanged("task variable noticeId", "SetTaskVariablesCmd on " + t + " noticeId", () -> rest(EDITOR, "PUT", "task/" + t + "/variables/noticeId",
        "{\"value\":" + other + ",\"type\":\"Long\"}"));
    refusedAndNothingChanged("local editorGroup", "PatchTaskVariablesCmd on " + t + " editorGroup", () -> rest(EDITOR, "POST", "task/" + t + "/localVariables",
        "{\"modifications\":" + vars("editorGroup", "String", Groups.editor(HANGBAC)) + "}"));
    refusedAndNothingChanged("Tasklist instance variable approverGroup", "SetExecutionVariablesCmd on " + pi + " approverGroup", () -> tasklist(EDITOR, "PUT",
        "process-instance/" + pi + "/variables/approverGroup", "{\"value\":\"" + Groups.approver(HANGBAC) + "\",\"type\":\"String\"}"));
    String otherTitle = jdbc.sql("select title from ihanoi_notice where id = :id").param("id", other).query(String.class).single();
    Response done = rest(EDITOR, "POST", "task/" + t + "/complete", "{\"variables\":"
        + vars("editedTitle", "String", "Lịch vệ sinh hồ Trúc Bạch đã biên tập") + "}");
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(jdbc.sql("select title from ihanoi_notice where id = :id").param("id", own).query(String.class).single())
        .isEqualTo("Lịch vệ sinh hồ Trúc Bạch đã biên tập");
    assertThat(jdbc.sql("select title from ihanoi_notice where id = :id").param("id", other).query(String.class).single())
        .isEqualTo(otherTitle);
  }

  @Test
  @DisplayName("T-3: an iHanoi editor cannot send routing variables with an edit, nor set another notice's text")
  void extraVariables() {
    long draft = departmentDraft();
    Task edit = taskService.createTaskQuery().processInstanceBusinessKey(IhanoiProcess.businessKey(draft)).singleResult();
    Response r = refusedAndNothingChanged("edit with checkDuplicates", "SubmitTaskFormCmd on " + edit.getId(), () -> tasklist(DEPARTMENT, "POST",
        "task/" + edit.getId() + "/submit-form", "{\"variables\":" + vars("editedTitle", "String", "Tiêu đề mới",
            "checkDuplicates", "Boolean", "false", "noticeId", "Long", "1") + "}"));
    assertThat(r.body()).contains("checkDuplicates").contains("noticeId");
  }

  // ------------------------------------------------------------------ 4. repair tools

  @Test
  @DisplayName("T-1: an approver cannot move a notice to Task_SendNotice by process-instance modification (nor the author, asynchronously), through either API")
  void modificationRefused() {
    long id = inApproval();
    String pi = instanceOf(id);
    for (Door door : DOORS) {
      refusedAndNothingChanged(door + " modification", "ModifyProcessInstanceCmd on " + pi,
          () -> call(door, APPROVER, "POST", "process-instance/" + pi + "/modification", modification("Task_SendNotice")));
      refusedAndNothingChanged(door + " async modification", "ModifyProcessInstanceAsyncCmd on " + pi,
          () -> call(door, AUTHOR, "POST", "process-instance/" + pi + "/modification-async", modification("Task_SendNotice")));
    }
    assertThat(noticeStatus(id)).isEqualTo("IN_APPROVAL");
  }

  @Test
  @DisplayName("T-1: the author (or an approver, asynchronously) cannot restart a withdrawn notice's instance at Task_SendNotice, through either API")
  void restartRefused() {
    long id = withdrawn();
    String pi = instanceOf(id);
    String definition = processDefinitionId(IhanoiProcess.KEY);
    for (Door door : DOORS) {
      refusedAndNothingChanged(door + " restart", "RestartProcessInstancesCmd on " + pi + " " + definition,
          () -> call(door, AUTHOR, "POST", "process-definition/" + definition + "/restart", restart(pi, "Task_SendNotice")));
      refusedAndNothingChanged(door + " async restart", "RestartProcessInstancesBatchCmd on " + pi,
          () -> call(door, APPROVER, "POST", "process-definition/" + definition + "/restart-async", restart(pi, "Task_SendNotice")));
    }
    assertThat(noticeStatus(id)).isEqualTo("WITHDRAWN");
  }
}
