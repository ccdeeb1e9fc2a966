package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProcessVariables;
import vn.gov.hanoi.comms.security.EngineUser;
import vn.gov.hanoi.comms.vneid.VariableSubmission;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestService;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_RegisterRequest: ties the instance to its request and sets who handles it (V-ROUTE). The
 * product API stores the request first and starts with its id; a start through Camunda's REST API
 * or Tasklist carries the article as variables, which the same submission use case validates and
 * stores here (a refusal rolls the start back). Either way the instance is bound to one request
 * that no other instance can take (T-2), the business key is the request's, and only ids and
 * routing values stay in the process.
 */
@Component("requestRegistration")
public class RequestRegistration implements JavaDelegate {
  private final VneidWorkflowService workflow;
  private final VneidRequestService requests;
  private final IdentityService identityService;

  public RequestRegistration(
      VneidWorkflowService workflow,
      VneidRequestService requests,
      IdentityService identityService) {
    this.workflow = workflow;
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(Vars.REQUEST_ID);
    long requestId =
        id instanceof Number n
            ? n.longValue()
            : requests.registerStarted(
                EngineUser.current(identityService),
                ProcessVariables.plain(execution.getVariablesTyped()),
                execution.getProcessInstanceId());
    execution.removeVariables(VariableSubmission.CONTENT_VARIABLES);
    Variables.REQUEST_ID.set(execution, requestId);
    execution.setProcessBusinessKey(VneidProcess.businessKey(requestId));
    ProcessFacts.write(execution, workflow.registered(requestId, execution.getProcessInstanceId()));
  }
}
