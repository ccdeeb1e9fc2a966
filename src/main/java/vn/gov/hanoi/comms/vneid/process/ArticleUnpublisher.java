package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;

/**
 * Task_Unpublish and Task_RetractPublication: takes the article down (window end, or withdrawal).
 */
@Component("articleUnpublisher")
public class ArticleUnpublisher implements JavaDelegate {
  private final VneidWorkflowService workflow;

  public ArticleUnpublisher(VneidWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    workflow.retract(execution.getProcessInstanceId());
  }
}
