package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/** Task_Unpublish and Task_RetractPublication: takes the article down (window end, or withdrawal). */
@Component("articleUnpublisher")
public class ArticleUnpublisher implements JavaDelegate {
  private final PublicationService publications;

  public ArticleUnpublisher(PublicationService publications) {
    this.publications = publications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long requestId = ((Number) execution.getVariable(Vars.REQUEST_ID)).longValue();
    publications.withdrawVneidArticle(requestId);
  }
}
