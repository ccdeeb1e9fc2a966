package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/** Task_FindDuplicates (ihanoi-duplicate-check): compares with higher levels, sets duplicateFound (I-DEDUP). */
@Component("ihanoiDuplicateFinder")
public class DuplicateFinder implements JavaDelegate {
  private final IhanoiWorkflowService workflow;

  public DuplicateFinder(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean found = workflow.checkDuplicates(NoticeVars.noticeId(execution), NoticeVars.string(execution, Vars.STAGE));
    execution.setVariable(Vars.DUPLICATE_FOUND, found);
  }
}
