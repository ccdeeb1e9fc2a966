package vn.gov.hanoi.comms.ihanoi;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.deadline.StepSubject;
import vn.gov.hanoi.comms.deadline.StepSubjects;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.organisation.OrganisationService;

/** What an iHanoi step works on, for its deadline, its task card and its reminders (D-1, D-2). */
@Component
public class IhanoiStepSubjects implements StepSubjects {
  public static final String FLOW = "IHANOI";
  private static final Map<String, String> STEP_NAMES =
      Map.of(
          Tasks.EDIT,
          "Biên tập tin",
          Tasks.RESOLVE_DUPLICATE,
          "Xử lý tin trùng lặp",
          Tasks.APPROVE,
          "Duyệt tin");

  private final IhanoiWorkflowService workflow;
  private final OrganisationService organisations;

  public IhanoiStepSubjects(IhanoiWorkflowService workflow, OrganisationService organisations) {
    this.workflow = workflow;
    this.organisations = organisations;
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(IhanoiProcess.KEY);
  }

  @Override
  public StepSubject subject(String processInstanceId, String taskKey) {
    NoticeRecord n = workflow.boundTo(processInstanceId);
    return new StepSubject(
        FLOW,
        n.id(),
        0,
        n.title(),
        n.organisationCode(),
        organisations.require(n.organisationCode()).name(),
        IhanoiRoles.requiredGroup(n, taskKey),
        STEP_NAMES.getOrDefault(taskKey, taskKey),
        "/api/ihanoi/notices/" + n.id(),
        null,
        null);
  }
}
