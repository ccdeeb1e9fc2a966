package vn.gov.hanoi.comms.deadline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Deadlines of review steps (D-1, D-2): fixed from the deadline table when a step opens, closed
 * when it ends, and the reminder and escalation recorded when their timers fire. The flows' models
 * call it through {@link StepDeadlines}; the facts come from the product's tables through each
 * flow's {@link StepSubjects}. A step is its task id in the model (a string: the analyst edits the
 * models and the deadline table, so the steps are not a closed set known in Java).
 */
@Service
public class DeadlineService {
  private final StepDeadlineRepository repository;
  private final DeadlineTable table;
  private final HolidayCalendar calendar;
  private final AreaService areas;
  private final IdentityService identity;
  private final ObjectProvider<RuntimeService> runtime;
  private final ProductClock clock;
  private final List<StepSubjects> flows;
  private final DeadlineMails mails;
  private final OrganisationService organisations;

  public DeadlineService(
      StepDeadlineRepository repository,
      DeadlineTable table,
      HolidayCalendar calendar,
      AreaService areas,
      IdentityService identity,
      ObjectProvider<RuntimeService> runtime,
      ProductClock clock,
      List<StepSubjects> flows,
      DeadlineMails mails,
      OrganisationService organisations) {
    this.mails = mails;
    this.organisations = organisations;
    this.repository = repository;
    this.table = table;
    this.calendar = calendar;
    this.areas = areas;
    this.identity = identity;
    this.runtime = runtime;
    this.clock = clock;
    this.flows = flows;
  }

  /**
   * Fixes the deadline of a step that opens now: the deadline table's row for it, counted on the
   * working-day calendar. A flow never opens one step twice at once: an earlier record of it still
   * open is closed first.
   */
  @Transactional
  public StepDeadlineRecord open(
      String decisionKey, String processKey, String processInstanceId, String taskKey) {
    repository.markDone(processInstanceId, taskKey, clock.now());
    StepSubject s = subjects(processKey).subject(processInstanceId, taskKey);
    String area = Groups.policeAreaOf(s.holderGroup());
    String areaName =
        area == null ? null : areas.currentTree().find(area).map(a -> a.name()).orElse(area);
    DeadlineRule rule =
        table.ruleFor(
            decisionKey,
            new StepFacts(
                s.flow(),
                taskKey,
                s.holderGroup(),
                area,
                areaName,
                s.unitCode(),
                s.unitName(),
                areaTiers()));
    Instant now = clock.now();
    DeadlinePlan plan =
        DeadlinePlan.of(now, rule.workingDays(), rule.reminderDaysBefore(), calendar.calendar());
    int round =
        s.round() > 0 ? s.round() : repository.timesOpened(s.flow(), s.subjectId(), taskKey) + 1;
    repository.insert(
        new StepDeadlineRecord(
            0,
            processInstanceId,
            null,
            null,
            s.flow(),
            s.subjectId(),
            round,
            taskKey,
            s.stepName(),
            s.title(),
            s.unitCode(),
            s.holderGroup(),
            groupName(s.holderGroup()),
            rule.workingDays(),
            now,
            plan.remindAt(),
            plan.dueAt(),
            rule.escalationGroup(),
            rule.escalationName(),
            null,
            null,
            null));
    return require(processInstanceId, taskKey);
  }

  /** The open step of that name in that instance. */
  public StepDeadlineRecord require(String processInstanceId, String step) {
    return repository
        .openStep(processInstanceId, step)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Bước " + step + " của quy trình " + processInstanceId + " chưa có thời hạn"));
  }

  /**
   * The step ended (done, or cancelled by a withdrawal): it stops counting, and its follow-up, if
   * any, ends.
   */
  @Transactional
  public void closed(String processInstanceId, String step) {
    repository
        .openStep(processInstanceId, step)
        .ifPresent(
            d -> {
              repository.markDone(processInstanceId, step, clock.now());
              if (d.escalatedAt() != null) {
                runtime
                    .getObject()
                    .createMessageCorrelation(EscalationProcess.STEP_DONE_MESSAGE)
                    .processInstanceBusinessKey(EscalationProcess.businessKey(d.id()))
                    .correlateAllWithResult();
              }
            });
  }

  /** A group's display name ("Công an Ba Đình – cán bộ thẩm định"), or its id. */
  public String groupName(String groupId) {
    if (groupId == null) {
      return null;
    }
    var g = identity.createGroupQuery().groupId(groupId).singleResult();
    return g == null || g.getName() == null ? groupId : g.getName();
  }

  /** Ties the step's deadline to the task that opened for it. */
  @Transactional
  public StepDeadlineRecord linkTask(
      String processInstanceId, String step, String activityInstanceId, String taskId) {
    StepDeadlineRecord d = require(processInstanceId, step);
    repository.linkTask(d.id(), activityInstanceId, taskId);
    return repository.find(d.id()).orElseThrow();
  }

  /** The holder of an open step is reminded of its deadline (the step's reminder timer fired). */
  @Transactional
  public void remind(String processInstanceId, String step) {
    repository
        .openStep(processInstanceId, step)
        .ifPresent(
            d -> {
              mails.remind(d, taskOf(d));
              repository.markReminded(d.id(), clock.now());
            });
  }

  /**
   * An open step passed its deadline (its overdue timer fired): recorded, and, when the table names
   * an authority above the holder, a follow-up for that authority starts
   * (bpmn/step-escalation.bpmn); the task stays with its holder.
   */
  @Transactional
  public void escalate(String processInstanceId, String step) {
    repository
        .openStep(processInstanceId, step)
        .ifPresent(
            d -> {
              if (d.escalatedAt() != null) {
                return;
              }
              repository.markEscalated(d.id(), clock.now());
              if (d.escalationGroup() != null) {
                runtime
                    .getObject()
                    .startProcessInstanceByKey(
                        EscalationProcess.KEY,
                        EscalationProcess.businessKey(d.id()),
                        Map.of(
                            EscalationProcess.DEADLINE_ID,
                            d.id(),
                            EscalationProcess.ESCALATION_GROUP,
                            d.escalationGroup()));
              }
            });
  }

  /** The supervising authority is told by mail (the follow-up's first step). */
  public void mailEscalation(long deadlineId) {
    StepDeadlineRecord d = repository.find(deadlineId).orElseThrow();
    mails.escalate(d, taskOf(d));
  }

  /** The supervisor's note on the follow-up, recorded with who and when (P-3). */
  @Transactional
  public void followedUp(long deadlineId, String note, String by) {
    repository.markFollowedUp(
        deadlineId, note == null || note.isBlank() ? null : note.strip(), by, clock.now());
  }

  private String taskOf(StepDeadlineRecord d) {
    return d.taskId();
  }

  public String unitName(String unitCode) {
    return organisations.find(unitCode).map(o -> o.name()).orElse(unitCode);
  }

  /** The variables a task card shows (Tasklist filters' properties.variables). */
  public Map<String, Object> card(StepDeadlineRecord d) {
    Map<String, Object> v = new HashMap<>();
    v.put(TaskCard.UNIT, unitName(d.unitCode()));
    v.put(TaskCard.ROUND, "Vòng " + d.round());
    v.put(
        TaskCard.DEADLINE,
        DeadlineTexts.due(d.dueAt()) + " (" + d.workingDays() + " ngày làm việc)");
    return v;
  }

  /** What a step of a running instance works on (its flow's StepSubjects). */
  public StepSubject subject(String processKey, String processInstanceId, String taskKey) {
    return subjects(processKey).subject(processInstanceId, taskKey);
  }

  StepSubjects subjects(String processKey) {
    return flows.stream()
        .filter(f -> f.processKeys().contains(processKey))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Quy trình " + processKey + " không có thời hạn các bước"));
  }

  private int areaTiers() {
    return areas.currentTree().all().stream().anyMatch(a -> a.level() == AreaLevel.DISTRICT)
        ? 3
        : 2;
  }
}
