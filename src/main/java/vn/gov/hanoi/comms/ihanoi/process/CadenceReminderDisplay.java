package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;

/**
 * On creation of Task_SendOverdueNotice: the task names the body and how far behind it is, its
 * description says it in Vietnamese, and the form reads the body's last notice from {@code display}
 * (I-CADENCE-2). The daily check keeps the three current while the task is open.
 */
@Component("ihanoiReminderDisplay")
public class CadenceReminderDisplay implements TaskListener {
  private final CadenceService cadence;

  public CadenceReminderDisplay(CadenceService cadence) {
    this.cadence = cadence;
  }

  @Override
  public void notify(DelegateTask task) {
    CadenceRow row = cadence.rowOf(Variables.BODY_CODE.getOrNull(task.getExecution()));
    task.setName(row.reminderName());
    task.setDescription(cadence.reminderDescription(row));
    FormDisplay.show(task, cadence.display(row));
  }
}
