package vn.gov.hanoi.comms.common;

import vn.gov.hanoi.comms.deadline.TaskCard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.FormDisplayValues;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Scope;

class FormDisplayBackfillTest extends IntegrationTest {
  @Autowired FormDisplayBackfill backfill;
  @Autowired IhanoiNoticeService notices;

  @Test
  @DisplayName("V-STEP-2, I-LEVEL-3, upgrade: review tasks opened by the former version (one String per displayed field) get their display "
      + "value at start-up, so their forms are not empty, and lose the old variables")
  void tasksFromTheFormerVersionGetTheirDisplayValue() {
    ArticleDraft d = draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"));
    VneidRequestRecord r = submit(d);
    Task appraise = openTask(r.id(), VneidProcess.Tasks.APPRAISE);
    NoticeRecord n = notices.create(new CurrentUser("backfill.trucbach", Set.of(Groups.unit("UBND-P-TRUCBACH"))),
        new NoticeDraft(null, null, null, "Lịch cắt điện khu vực Trúc Bạch", "<p>Điện lực Ba Đình cắt điện sáng thứ bảy.</p>",
            "OTHER", "NORMAL", null));
    Task edit = taskService.createTaskQuery().processInstanceBusinessKey(IhanoiProcess.businessKey(n.id()))
        .taskDefinitionKey(IhanoiProcess.Tasks.EDIT).singleResult();
    for (Task t : List.of(appraise, edit)) { // as the former version left them
      taskService.removeVariableLocal(t.getId(), FormDisplay.VARIABLE);
      taskService.setVariableLocal(t.getId(), "articleTitle", "old copy");
      taskService.setVariableLocal(t.getId(), "noticeTitle", "old copy");
    }

    assertThat(backfill.backfill()).isEqualTo(2);

    assertThat(taskService.getVariablesLocal(appraise.getId())).containsOnlyKeys(FormDisplay.VARIABLE, TaskCard.UNIT, TaskCard.ROUND,
        TaskCard.DEADLINE);
    assertThat(FormDisplayValues.of(taskService, appraise.getId())).containsEntry("articleTitle", d.title());
    assertThat(taskService.getVariablesLocal(edit.getId())).containsOnlyKeys(FormDisplay.VARIABLE, TaskCard.UNIT, TaskCard.ROUND,
        TaskCard.DEADLINE);
    assertThat(FormDisplayValues.of(taskService, edit.getId())).containsEntry("noticeTitle", "Lịch cắt điện khu vực Trúc Bạch");
    assertThat(backfill.backfill()).as("nothing left to do").isZero();
    notices.withdraw(new CurrentUser("backfill.trucbach", Set.of(Groups.unit("UBND-P-TRUCBACH"))), n.id());
  }
}
