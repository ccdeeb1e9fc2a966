package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.security.EngineUser;
import vn.gov.hanoi.comms.vneid.VneidRevisions;

/**
 * On completion of Task_Revise: records the unit's choice and, for a revision entered in Tasklist's
 * form, stores the revised round (the product API stores it before completing), validated like a
 * submission. The form's text and files are then removed from the process.
 */
@Component("revisionRecorder")
public class RevisionRecorder implements TaskListener {
  private final VneidRevisions revisions;
  private final IdentityService identityService;

  public RevisionRecorder(VneidRevisions revisions, IdentityService identityService) {
    this.revisions = revisions;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    revisions.recordFromForm(
        task.getProcessInstanceId(), task.getVariables(), EngineUser.actor(identityService, task));
    // The round is in the product's tables now; its text and files leave the process.
    task.getExecution().removeVariables(VneidRevisions.FORM_CONTENT);
  }
}
