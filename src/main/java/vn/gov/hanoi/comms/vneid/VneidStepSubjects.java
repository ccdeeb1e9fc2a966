package vn.gov.hanoi.comms.vneid;

import java.util.Set;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.deadline.StepSubject;
import vn.gov.hanoi.comms.deadline.StepSubjects;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/** What a VNeID step works on, for its deadline, its task card and its reminders (D-1, D-2). */
@Component
public class VneidStepSubjects implements StepSubjects {
  public static final String FLOW = "VNEID";

  private final VneidWorkflowService workflow;
  private final VneidRequestRepository repository;
  private final OrganisationService organisations;
  private final LetterService letters;
  private final String publicUrl;

  public VneidStepSubjects(
      VneidWorkflowService workflow,
      VneidRequestRepository repository,
      OrganisationService organisations,
      LetterService letters,
      PublicUrlProperties publicUrl) {
    this.letters = letters;
    this.workflow = workflow;
    this.repository = repository;
    this.organisations = organisations;
    this.publicUrl = publicUrl.publicUrl().replaceAll("/+$", "");
  }

  @Override
  public Set<String> processKeys() {
    return Set.of(VneidProcess.KEY);
  }

  @Override
  public StepSubject subject(String processInstanceId, String taskKey) {
    VneidRequestRecord r = workflow.boundTo(processInstanceId);
    RoundRecord round = repository.round(r.id(), r.currentRound());
    return new StepSubject(
        FLOW,
        r.id(),
        r.currentRound(),
        round.title(),
        r.unitCode(),
        organisations.require(r.unitCode()).name(),
        VneidRoles.requiredGroup(r, taskKey),
        StepNames.of(taskKey),
        publicUrl + "/api/vneid/requests/" + r.id() + "/preview",
        latestLetter(r),
        Groups.unit(r.unitCode()));
  }

  /** "Trả lại · số 3/TB-CABĐ ngày 02/12/2026" for the letter of the current round, if any. */
  private String latestLetter(VneidRequestRecord r) {
    return letters.forRequest(r.id()).stream()
        .filter(n -> n.roundNo() == r.currentRound())
        .reduce((a, b) -> b)
        .map(
            n ->
                LetterKinds.label(n.kind())
                    + " · số "
                    + n.number()
                    + " ngày "
                    + VneidFormData.DATE.format(n.issuedAt().atZone(ProductClock.HANOI)))
        .orElse(null);
  }
}
