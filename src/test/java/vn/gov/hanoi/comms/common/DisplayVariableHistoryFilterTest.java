package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeFormData;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidTaskDisplay;
import vn.gov.hanoi.comms.vneid.content.Scope;

class DisplayVariableHistoryFilterTest extends IntegrationTest {
  @Autowired HistoryService historyService;
  @Autowired IhanoiNoticeService notices;

  @Test
  @DisplayName("V-STEP-2: the appraisal form's display variables are on the task but not in history; the decision and "
      + "the process variables are")
  void displayVariablesStayOutOfHistory() {
    ensureUser("hist.thamdinh", Groups.districtAppraisal("001"));
    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    Task task = openTask(r.id(), VneidProcess.Tasks.APPRAISE);

    // Every display variable the listener sets is one the filter knows (a new form field must be listed there).
    Map<String, Object> local = taskService.getVariablesLocal(task.getId());
    assertThat(local).isNotEmpty();
    assertThat(VneidTaskDisplay.VARIABLES).containsAll(local.keySet());
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();
    assertThat(historyService.createHistoricDetailQuery().taskId(task.getId()).variableUpdates().list())
        .noneMatch(d -> local.containsKey(((HistoricVariableUpdate) d).getVariableName()));

    complete(r.id(), VneidProcess.Tasks.APPRAISE, "hist.thamdinh", Groups.districtAppraisal("001"),
        Map.of(VneidProcess.Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, VneidProcess.Vars.APPRAISAL_REASONS, "Phù hợp"));
    List<String> kept = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(task.getProcessInstanceId()).list().stream().map(HistoricVariableInstance::getName).toList();
    assertThat(kept).contains(VneidProcess.Vars.REQUEST_ID, VneidProcess.Vars.APPRAISAL_OUTCOME,
        VneidProcess.Vars.APPRAISAL_REASONS).doesNotContainAnyElementsOf(VneidTaskDisplay.VARIABLES);
  }

  @Test
  @DisplayName("I-LEVEL-3: the iHanoi editing form's display variables are on the task but not in history")
  void noticeDisplayVariablesStayOutOfHistory() {
    NoticeRecord n = notices.create(new CurrentUser("hist.trucbach", Set.of(Groups.unit("UBND-P-TRUCBACH"))),
        new NoticeDraft(null, null, null, "Lịch thu gom rác cồng kềnh", "<p>Tổ dân phố thu gom rác cồng kềnh sáng chủ nhật.</p>",
            "OTHER", "NORMAL", null));
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(IhanoiProcess.businessKey(n.id()))
        .taskDefinitionKey(IhanoiProcess.Tasks.EDIT).singleResult();

    Map<String, Object> local = taskService.getVariablesLocal(task.getId());
    assertThat(local).isNotEmpty();
    assertThat(NoticeFormData.VARIABLES).containsAll(local.keySet());
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceIdIn(task.getProcessInstanceId())
        .variableName(IhanoiProcess.Vars.NOTICE_ID).count()).isEqualTo(1);
  }
}
