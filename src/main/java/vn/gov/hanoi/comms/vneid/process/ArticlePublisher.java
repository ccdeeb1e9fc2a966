package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_Publish: publishes the approved article to its areas and audience (V-STEP-5). Runs in its
 * own job (asyncBefore): a failing channel is retried, then becomes an incident; never lost.
 */
@Component("articlePublisher")
public class ArticlePublisher implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public ArticlePublisher(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.publish(execution.getProcessInstanceId());
  }
}
