package vn.gov.hanoi.comms.common;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeFormData;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidTaskDisplay;

/**
 * At start-up, gives the reviewers' tasks opened by an earlier version (one String variable per displayed
 * field) their {@code display} value, and removes the old variables: the forms now read {@code display.x},
 * and would otherwise show those tasks empty. Once every such task has it, this finds nothing.
 */
@Component
public class FormDisplayBackfill implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FormDisplayBackfill.class);

  private final JdbcClient jdbc;
  private final TaskService tasks;
  private final VneidTaskDisplay vneid;
  private final NoticeFormData ihanoi;

  public FormDisplayBackfill(JdbcClient jdbc, TaskService tasks, VneidTaskDisplay vneid, NoticeFormData ihanoi) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.vneid = vneid;
    this.ihanoi = ihanoi;
  }

  @Override
  public void run(ApplicationArguments args) {
    int done = backfill();
    if (done > 0) {
      log.info("Gave {} open review task(s) from an earlier version their form display value", done);
    }
  }

  /** The number of tasks given a display value. */
  public int backfill() {
    List<Map<String, Object>> open = jdbc.sql("""
        select t.ID_ as task_id, p.KEY_ as process_key from ACT_RU_TASK t join ACT_RE_PROCDEF p on p.ID_ = t.PROC_DEF_ID_
        where p.KEY_ in (:keys) and not exists (select 1 from ACT_RU_VARIABLE v where v.TASK_ID_ = t.ID_ and v.NAME_ = :display)
        """).param("keys", List.of(VneidProcess.KEY, IhanoiProcess.KEY)).param("display", FormDisplay.VARIABLE)
        .query().listOfRows();
    // The former version set each display field as its own task-local variable.
    Set<String> old = new HashSet<>(VneidTaskDisplay.FIELDS);
    old.addAll(NoticeFormData.FIELDS);
    int done = 0;
    for (Map<String, Object> row : open) { // case-insensitive keys: H2 answers TASK_ID, PostgreSQL task_id
      String taskId = (String) row.get("task_id");
      try {
        Map<String, Object> values = VneidProcess.KEY.equals(row.get("process_key"))
            ? vneid.forTask(id(taskId, VneidProcess.Vars.REQUEST_ID))
            : ihanoi.forTask(id(taskId, IhanoiProcess.Vars.NOTICE_ID));
        tasks.removeVariablesLocal(taskId, old);
        tasks.setVariableLocal(taskId, FormDisplay.VARIABLE, FormDisplay.value(values));
        done++;
      } catch (RuntimeException e) {
        // Another node starting at the same moment, or a task that ended meanwhile: never stop the start-up.
        log.warn("Could not give task {} its form display value: {}", taskId, e.getMessage());
      }
    }
    return done;
  }

  private long id(String taskId, String variable) {
    return ((Number) tasks.getVariable(taskId, variable)).longValue();
  }
}
