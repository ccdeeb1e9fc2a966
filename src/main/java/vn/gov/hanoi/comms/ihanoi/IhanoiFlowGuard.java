package vn.gov.hanoi.comms.ihanoi;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProcessVariables;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService.StepInput;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.boundary.FlowGuard;
import vn.gov.hanoi.comms.security.boundary.TaskFacts;

/**
 * The iHanoi flow's answers to the engine guard (T-1..T-3), from the notice as recorded: a start is
 * a draft checked like the product API's; the body's editors edit and resolve, its approvers
 * approve, never the author; a completion must be a decision the step accepts.
 */
@Component
public class IhanoiFlowGuard implements FlowGuard {
  private final IhanoiNoticeService notices;
  private final IhanoiWorkflowService workflow;

  public IhanoiFlowGuard(IhanoiNoticeService notices, IhanoiWorkflowService workflow) {
    this.notices = notices;
    this.workflow = workflow;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(IhanoiProcess.KEY);
  }

  @Override
  public void checkStart(String processKey, CurrentUser caller, Map<String, Object> variables) {
    if (caller == null) {
      if (!Set.of(Vars.NOTICE_ID).equals(variables.keySet())) {
        throw RefusedException.of(
            "variables", "Tin iHanoi phải được tạo qua API hoặc biểu mẫu của hệ thống");
      }
      return;
    }
    notices.readStartForm(caller, ProcessVariables.plain(variables));
  }

  @Override
  public void checkWorker(TaskFacts task, CurrentUser worker) {
    IhanoiRoles.checkWorker(workflow.boundTo(task.processInstanceId()), task.taskKey(), worker);
  }

  @Override
  public void checkCompletion(TaskFacts task, CurrentUser worker, Map<String, Object> variables) {
    workflow.checkStep(
        workflow.boundTo(task.processInstanceId()),
        task.taskKey(),
        worker,
        StepInput.of(variables));
  }
}
