package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.deadline.EscalationFollowUp;
import vn.gov.hanoi.comms.deadline.TaskCard;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.ihanoi.IhanoiFormData;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidFormData;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

class DisplayVariableHistoryFilterTest extends IntegrationTest {
  @Autowired HistoryService historyService;
  @Autowired IhanoiNoticeService notices;

  @Test
  @DisplayName(
      "V-STEP-2, D-1: the appraisal form's display value is one Json variable on the task, beside the task card's "
          + "unit, round and deadline; none of them in history; the decision and the process variables are")
  void displayVariablesStayOutOfHistory() {
    ensureUser("hist.thamdinh", Groups.districtAppraisal("001"));
    VneidRequestRecord r = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    Task task = openTask(r.id(), VneidProcess.Tasks.APPRAISE);

    // One Json variable holds what the form shows; its fields are the ones the forms may read.
    assertThat(taskService.getVariablesLocal(task.getId()))
        .containsOnlyKeys(FormDisplay.VARIABLE, TaskCard.UNIT, TaskCard.ROUND, TaskCard.DEADLINE);
    assertThat(
            taskService
                .getVariableLocalTyped(task.getId(), FormDisplay.VARIABLE, false)
                .getType()
                .getName())
        .isEqualTo("json");
    assertThat(FormDisplayValues.of(taskService, task.getId()).keySet())
        .isNotEmpty()
        .isSubsetOf(VneidFormData.FIELDS);
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count())
        .isZero();
    assertThat(
            historyService
                .createHistoricDetailQuery()
                .taskId(task.getId())
                .variableUpdates()
                .list())
        .noneMatch(
            d -> FormDisplay.VARIABLE.equals(((HistoricVariableUpdate) d).getVariableName()));

    complete(
        r.id(),
        VneidProcess.Tasks.APPRAISE,
        "hist.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.PASS,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Phù hợp"));
    List<String> kept =
        historyService
            .createHistoricVariableInstanceQuery()
            .processInstanceIdIn(task.getProcessInstanceId())
            .list()
            .stream()
            .map(HistoricVariableInstance::getName)
            .toList();
    assertThat(kept)
        .contains(
            VneidProcess.Vars.REQUEST_ID,
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.Vars.APPRAISAL_REASONS)
        .doesNotContain(FormDisplay.VARIABLE);
  }

  @Test
  @DisplayName(
      "I-LEVEL-3: the iHanoi editing form's display value is on the task but not in history")
  void noticeDisplayVariablesStayOutOfHistory() {
    NoticeRecord n =
        notices.create(
            new CurrentUser("hist.trucbach", Set.of(Groups.unit("UBND-P-TRUCBACH"))),
            new NoticeDraft(
                null,
                null,
                null,
                "Lịch thu gom rác cồng kềnh",
                "<p>Tổ dân phố thu gom rác cồng kềnh sáng chủ nhật.</p>",
                "OTHER",
                "NORMAL",
                null));
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(IhanoiProcess.businessKey(n.id()))
            .taskDefinitionKey(IhanoiProcess.Tasks.EDIT)
            .singleResult();

    assertThat(taskService.getVariablesLocal(task.getId()))
        .containsOnlyKeys(FormDisplay.VARIABLE, TaskCard.UNIT, TaskCard.ROUND, TaskCard.DEADLINE);
    assertThat(FormDisplayValues.of(taskService, task.getId()).keySet())
        .isNotEmpty()
        .isSubsetOf(IhanoiFormData.FIELDS);
    assertThat(historyService.createHistoricVariableInstanceQuery().taskIdIn(task.getId()).count())
        .isZero();
    assertThat(
            historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(task.getProcessInstanceId())
                .variableName(IhanoiProcess.Vars.NOTICE_ID)
                .count())
        .isEqualTo(1);
  }

  @Test
  @DisplayName(
      "V-STEP-2, I-DEDUP-4: every display field a form reads ({{display.x}}, =display.x) is one the listeners fill")
  void formsReadOnlyKnownDisplayFields() throws Exception {
    Set<String> known = new HashSet<>(VneidFormData.FIELDS);
    known.addAll(IhanoiFormData.FIELDS);
    known.addAll(EscalationFollowUp.FIELDS);
    known.addAll(CadenceService.FIELDS);
    Pattern field = Pattern.compile("display\\.([A-Za-z]+)");
    int read = 0;
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        String text = Files.readString(form);
        Matcher bare =
            Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}|\"=(?:not\\()?([A-Za-z]+)").matcher(text);
        while (bare.find()) {
          String name = bare.group(1) != null ? bare.group(1) : bare.group(2);
          assertThat(known).as(form + " reads " + name + " without display.").doesNotContain(name);
        }
        Matcher m = field.matcher(text);
        while (m.find()) {
          assertThat(known).as(form + " reads display." + m.group(1)).contains(m.group(1));
          read++;
        }
      }
    }
    assertThat(read).as("display fields read by the forms").isGreaterThan(50);
  }
}
