package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.RequestRouting;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Start of Task_DecideRouting: gives the routing table its inputs, read from the product's tables,
 * as transient variables: the decision sees them (and Cockpit's decision view shows them), the
 * process keeps none of them, and a caller cannot supply them.
 */
@Component("routingFacts")
public class RoutingFactsProvider implements ExecutionListener {
  private final RequestRouting routing;
  private final VneidWorkflowService workflow;

  public RoutingFactsProvider(RequestRouting routing, VneidWorkflowService workflow) {
    this.routing = routing;
    this.workflow = workflow;
  }

  @Override
  public void notify(DelegateExecution execution) {
    long requestId = workflow.boundTo(execution.getProcessInstanceId()).id();
    routing
        .facts(requestId)
        .asVariables()
        .forEach(
            (name, value) -> execution.setVariableLocal(name, Variables.untypedValue(value, true)));
  }
}
