package vn.gov.hanoi.comms.vneid.process;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.RequestRouting;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.VneidProcess.Variables;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;
import vn.gov.hanoi.comms.vneid.routing.RoutingFacts;
import vn.gov.hanoi.comms.vneid.routing.RoutingResult;

/**
 * End of Task_DecideRouting: records the routing table's answer in the request's row at once (the
 * decision checks and the API read it there, not from variables) and sets the candidate groups of
 * the user tasks. A table without a matching row, or with an unusable answer, fails the step with
 * its name.
 */
@Component("routingRecorder")
public class RoutingRecorder implements ExecutionListener {
  /** The engine's transient variable holding a business rule task's result. */
  static final String DECISION_RESULT = "decisionResult";

  private final RequestRouting routing;
  private final VneidWorkflowService workflow;

  public RoutingRecorder(RequestRouting routing, VneidWorkflowService workflow) {
    this.routing = routing;
    this.workflow = workflow;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long requestId = workflow.boundTo(execution.getProcessInstanceId()).id();
    DmnDecisionResult result = (DmnDecisionResult) execution.getVariableLocal(DECISION_RESULT);
    Map<String, Object> facts = new TreeMap<>();
    RoutingFacts.NAMES.forEach(name -> facts.put(name, execution.getVariableLocal(name)));
    Map<String, Object> row =
        result == null || result.isEmpty() ? null : result.getFirstResult().getEntryMap();
    Routing decided = RoutingResult.read(execution.getCurrentActivityId(), facts, row);
    routing.record(requestId, decided);
    Variables.APPRAISER_GROUP.set(execution, decided.appraiserGroup());
    Variables.APPROVER_GROUP.set(execution, decided.approverGroup());
    execution.removeVariablesLocal(RoutingFacts.NAMES);
  }
}
