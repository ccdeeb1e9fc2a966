package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/**
 * Task_Publish: publishes the approved article to its areas and audience (V-STEP-5). Runs in its own
 * job (asyncBefore): a failing channel is retried, then becomes an incident; never lost.
 */
@Component("articlePublisher")
public class ArticlePublisher implements JavaDelegate {
  private final PublicationService publications;

  public ArticlePublisher(PublicationService publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = ((Number) execution.getVariable(Vars.REQUEST_ID)).longValue();
    int round = ((Number) execution.getVariable(Vars.ROUND)).intValue();
    publications.publishVneidArticle(requestId, round);
  }
}
