package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.IdentityService;
import vn.gov.hanoi.comms.security.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRevisions;

/**
 * On completion of Task_Revise in Tasklist: stores the revised round from the form's fields (the API
 * stores it itself and says so with {@code revisionRound}), with the same validation as a submission.
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
    long requestId = ((Number) task.getVariable(Vars.REQUEST_ID)).longValue();
    Integer round = revisions.recordFromForm(requestId, task.getVariables(), EngineUser.completing(identityService, task));
    if (round != null) {
      task.setVariable(Vars.REVISION_ROUND, round);
    }
  }
}
