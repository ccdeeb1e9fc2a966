package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService.RoundFacts;

/**
 * Task_RegisterRequest: takes in a submitted request and sets who handles it (V-ROUTE). Requests
 * started through Camunda's REST API or Tasklist arrive as variables and are validated and stored
 * here, with the same rules as the product API; a refusal rolls the start back.
 */
@Component("requestRegistration")
public class RequestRegistration implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public RequestRegistration(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(Vars.REQUEST_ID);
    long requestId = id != null ? ((Number) id).longValue()
        : workflow.registerFromVariables(execution.getVariables(), execution.getProcessInstanceId());
    execution.setVariable(Vars.REQUEST_ID, requestId);
    RoundFacts facts = workflow.registered(requestId, execution.getProcessInstanceId());
    ProcessFacts.write(execution, facts);
  }
}
