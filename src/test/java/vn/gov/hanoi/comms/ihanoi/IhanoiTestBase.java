package vn.gov.hanoi.comms.ihanoi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/**
 * Helpers of the iHanoi tests: create notices as a unit's officer, complete tasks as Tasklist
 * would.
 */
abstract class IhanoiTestBase extends IntegrationTest {
  @Autowired IhanoiNoticeService notices;
  @Autowired IhanoiNoticeRepository repository;
  @Autowired IhanoiDecisionRepository decisions;
  @Autowired IhanoiFindingRepository findings;
  @Autowired DuplicateIndexEvents indexEvents;

  static CurrentUser officer(String org) {
    return new CurrentUser("canbo-" + org.toLowerCase(), Set.of(Groups.unit(org)));
  }

  NoticeRecord create(String org, String title, String body, NoticeTopic topic) {
    return notices.create(
        officer(org), new NoticeDraft(null, null, null, title, body, topic.name(), "NORMAL", null));
  }

  ProcessInstance instance(long id) {
    return runtimeService
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
        .processDefinitionKey(IhanoiProcess.KEY)
        .singleResult();
  }

  Task noticeTask(long id, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(IhanoiProcess.businessKey(id))
        .taskDefinitionKey(key)
        .singleResult();
  }

  void completeAs(long id, String key, String user, String group, Map<String, Object> vars) {
    Task t = noticeTask(id, key);
    if (t == null) {
      throw new AssertionError("no open task " + key + " for notice " + id);
    }
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(t.getId(), vars);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void submitEdit(long id, String org) {
    completeAs(id, Tasks.EDIT, "bientap-" + org.toLowerCase(), Groups.editor(org), Map.of());
  }

  void approve(long id, String org, boolean city) {
    decide(id, org, city, IhanoiProcess.APPROVE, "Đồng ý gửi");
  }

  void decide(long id, String org, boolean city, String outcome, String reasons) {
    String group = city ? Groups.IHANOI_CITY_APPROVER : Groups.approver(org);
    completeAs(
        id,
        Tasks.APPROVE,
        city ? "vp.ttdt" : "duyet-" + org.toLowerCase(),
        group,
        reasons == null
            ? Map.of(Vars.APPROVAL_OUTCOME, outcome)
            : Map.of(Vars.APPROVAL_OUTCOME, outcome, Vars.APPROVAL_REASONS, reasons));
  }

  /** Creates, edits, approves and sends a notice (the send job runs). */
  NoticeRecord sent(String org, boolean city, String title, String body, NoticeTopic topic) {
    NoticeRecord n = create(org, title, body, topic);
    submitEdit(n.id(), org);
    approve(n.id(), org, city);
    runDueJobs();
    return repository.find(n.id()).orElseThrow();
  }

  NoticeStatus statusOf(long id) {
    return repository.find(id).orElseThrow().status();
  }

  long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
