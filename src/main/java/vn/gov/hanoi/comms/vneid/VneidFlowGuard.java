package vn.gov.hanoi.comms.vneid;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProcessVariables;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.boundary.FlowGuard;
import vn.gov.hanoi.comms.security.boundary.TaskFacts;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/**
 * The VNeID flow's answers to the engine guard (T-1..T-3), from the product's tables: a start is a
 * submission checked like the product API's; a task is held by the group recorded for that step of
 * that request; a completion must be a decision the step accepts. The notice piece
 * (vneid-notify-unit) is only ever called by the request's process, never started from outside.
 */
@Component
public class VneidFlowGuard implements FlowGuard {
  private final VneidRequestService requests;
  private final VneidWorkflowService workflow;
  private final VneidRevisions revisions;

  public VneidFlowGuard(
      VneidRequestService requests, VneidWorkflowService workflow, VneidRevisions revisions) {
    this.requests = requests;
    this.workflow = workflow;
    this.revisions = revisions;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(VneidProcess.KEY, VneidProcess.NOTIFY_KEY);
  }

  @Override
  public void checkStart(String processKey, CurrentUser caller, Map<String, Object> variables) {
    if (VneidProcess.NOTIFY_KEY.equals(processKey)) {
      throw RefusedException.forbidden(
          "processDefinitionKey", "Quy trình gửi thông báo chỉ do quy trình đề nghị gọi");
    }
    if (caller == null) {
      // The product API stores the request, then starts with its id alone; the first step binds the
      // two.
      if (!Set.of(Vars.REQUEST_ID).containsAll(variables.keySet())
          || !variables.containsKey(Vars.REQUEST_ID)) {
        throw RefusedException.of(
            "variables", "Đề nghị phải được gửi qua API hoặc biểu mẫu của hệ thống");
      }
      return;
    }
    requests.readStart(caller, ProcessVariables.plain(variables));
  }

  @Override
  public void checkWorker(TaskFacts task, CurrentUser worker) {
    VneidRoles.checkWorker(request(task), task.taskKey(), worker);
  }

  @Override
  public void checkCompletion(TaskFacts task, CurrentUser worker, Map<String, Object> variables) {
    VneidRequestRecord r = request(task);
    if (Tasks.REVISE.equals(task.taskKey())) {
      revisions.check(r, variables);
      return;
    }
    boolean appraisal = Tasks.APPRAISE.equals(task.taskKey());
    workflow.checkDecision(
        r,
        new ProposedDecision(
            task.taskKey(),
            (appraisal ? Variables.APPRAISAL_OUTCOME : Variables.APPROVAL_OUTCOME).from(variables),
            (appraisal ? Variables.APPRAISAL_REASONS : Variables.APPROVAL_REASONS).from(variables),
            Variables.CLASSIFIED_OVERRIDE.from(variables),
            Variables.PERSONAL_DATA_OVERRIDE_REASON.from(variables),
            variables),
        worker);
  }

  private VneidRequestRecord request(TaskFacts task) {
    return workflow.boundTo(task.processInstanceId());
  }
}
