package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidStatus;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Keeps the request's status (as the API reports it) in step with where the process is; the product
 * refuses a move its recorded decisions do not allow (T-1).
 */
@Component("requestStatus")
public class RequestStatus {
  private final VneidWorkflowService workflow;

  public RequestStatus(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  public void update(DelegateExecution execution, String status) {
    workflow.moveTo(execution.getProcessInstanceId(), VneidStatus.valueOf(status));
  }
}
