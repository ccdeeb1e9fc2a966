package vn.gov.hanoi.comms.deadline;

import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.notification.Mailer;

/**
 * The reminder to a step's holders and the report to the authority above them (D-2), by mail: to
 * the task's assignee if someone took it, else to every member of the holding group with an
 * address; the report to every member of the escalation group. A mail failure is thrown, never
 * swallowed: the job is retried, then an incident.
 */
@Component
public class DeadlineMails {
  private static final Logger log = LoggerFactory.getLogger(DeadlineMails.class);

  private final Mailer mailer;
  private final TaskService tasks;
  private final String publicUrl;

  public DeadlineMails(Mailer mailer, TaskService tasks, PublicUrlProperties publicUrl) {
    this.mailer = mailer;
    this.tasks = tasks;
    this.publicUrl = publicUrl.publicUrl().replaceAll("/+$", "");
  }

  void remind(StepDeadlineRecord d, String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    Set<String> to =
        task != null && task.getAssignee() != null
            ? mailer.addressOf(task.getAssignee())
            : Set.of();
    if (to.isEmpty()) {
      to = mailer.membersOf(d.holderGroup());
    }
    send(
        to,
        "[Nhắc hạn] " + d.stepName() + " · " + d.title() + " – hạn " + DeadlineTexts.due(d.dueAt()),
        "Kính gửi "
            + d.holderName()
            + ",\n\n"
            + "Việc \""
            + d.stepName()
            + "\" đối với \""
            + d.title()
            + "\" (vòng "
            + d.round()
            + ") đến hạn xử lý lúc "
            + DeadlineTexts.due(d.dueAt())
            + " (thời hạn "
            + d.workingDays()
            + " ngày làm việc, tính từ "
            + DeadlineTexts.due(d.startedAt())
            + ").\n\n"
            + "Mở việc trong Tasklist: "
            + taskLink(taskId)
            + "\n\n"
            + "Thư này do hệ thống gửi tự động; quá hạn, việc sẽ được báo cáo cấp trên.",
        d);
  }

  void escalate(StepDeadlineRecord d, String taskId) {
    send(
        mailer.membersOf(d.escalationGroup()),
        "[Quá hạn] " + d.stepName() + " · " + d.title() + " – " + d.holderName(),
        "Kính gửi "
            + d.escalationName()
            + ",\n\n"
            + "Việc \""
            + d.stepName()
            + "\" đối với \""
            + d.title()
            + "\" (vòng "
            + d.round()
            + ") do "
            + d.holderName()
            + " xử lý đã quá hạn từ "
            + DeadlineTexts.due(d.dueAt())
            + " (thời hạn "
            + d.workingDays()
            + " ngày làm việc). Việc vẫn do "
            + d.holderName()
            + " xử lý; đề nghị đồng chí đôn đốc.\n\n"
            + "Việc đôn đốc đã được giao trong Tasklist (bộ lọc \"Việc của tôi\"): "
            + publicUrl
            + "/camunda/app/tasklist/\n\n"
            + "Thư này do hệ thống gửi tự động.",
        d);
  }

  private void send(Set<String> to, String subject, String text, StepDeadlineRecord d) {
    if (to.isEmpty()) {
      log.warn(
          "Nobody with a mail address to tell about step {} of {} {} ({})",
          d.step(),
          d.flow(),
          d.subjectId(),
          subject);
      return;
    }
    mailer.send(to, subject, text);
  }

  private String taskLink(String taskId) {
    return publicUrl
        + "/camunda/app/tasklist/default/"
        + (taskId == null ? "" : "#/?task=" + taskId);
  }
}
