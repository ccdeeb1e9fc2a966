package vn.gov.hanoi.comms.deadline;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.security.EngineUser;

/**
 * The supervisor's follow-up of an overdue step (Task_FollowUpOverdue): on creation it names the
 * task after the late step and shows what is late, since when and who holds it; on completion it
 * records the supervisor's note.
 */
@Component("escalationFollowUp")
public class EscalationFollowUp implements TaskListener {
  /** The display fields the follow-up form reads (forms/step-escalation-follow-up.form). */
  public static final java.util.Set<String> FIELDS =
      java.util.Set.of(
          "stepText", "titleText", "unitText", "holderText", "dueText", "remindedText");

  private final DeadlineService deadlines;
  private final StepDeadlineRepository repository;
  private final IdentityService identityService;

  public EscalationFollowUp(
      DeadlineService deadlines,
      StepDeadlineRepository repository,
      IdentityService identityService) {
    this.deadlines = deadlines;
    this.repository = repository;
    this.identityService = identityService;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = EscalationProcess.deadlineIdOf(task.getExecution().getProcessBusinessKey());
    if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      deadlines.followedUp(
          id,
          EscalationProcess.FOLLOW_UP_NOTE_VARIABLE.getOrNull(task),
          EngineUser.actor(identityService, task).userId());
      return;
    }
    StepDeadlineRecord d = repository.find(id).orElseThrow();
    task.setName(TaskCard.name("Đôn đốc: " + d.stepName() + " quá hạn", d.title()));
    task.setDueDate(null);
    Map<String, Object> card = new HashMap<>(deadlines.card(d));
    task.setVariablesLocal(card);
    Map<String, Object> display = new HashMap<>();
    display.put("stepText", FormText.escape(d.stepName()) + " – vòng " + d.round());
    display.put("titleText", FormText.escape(d.title()));
    display.put("unitText", FormText.escape(deadlines.unitName(d.unitCode())));
    display.put("holderText", FormText.escape(d.holderName()));
    display.put(
        "dueText",
        DeadlineTexts.due(d.dueAt())
            + " ("
            + d.workingDays()
            + " ngày làm việc, từ "
            + DeadlineTexts.due(d.startedAt())
            + ")");
    display.put(
        "remindedText",
        d.remindedAt() == null ? "chưa nhắc" : "đã nhắc lúc " + DeadlineTexts.due(d.remindedAt()));
    FormDisplay.show(task, display);
  }
}
