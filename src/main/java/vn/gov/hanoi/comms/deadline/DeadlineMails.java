package vn.gov.hanoi.comms.deadline;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The reminder to a step's holders and the report to the authority above them (D-2), by mail: to
 * the task's assignee if someone took it, else to every member of the holding group with an
 * address; the report to every member of the escalation group. A mail failure is thrown, never
 * swallowed: the job is retried, then an incident.
 */
@Component
public class DeadlineMails {
  private static final Logger log = LoggerFactory.getLogger(DeadlineMails.class);

  private final JavaMailSender mail;
  private final IdentityService identity;
  private final TaskService tasks;
  private final String from;
  private final String publicUrl;

  public DeadlineMails(
      JavaMailSender mail,
      IdentityService identity,
      TaskService tasks,
      @Value("${app.mail.from}") String from,
      @Value("${app.public-url}") String publicUrl) {
    this.mail = mail;
    this.identity = identity;
    this.tasks = tasks;
    this.from = from;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  void remind(StepDeadlineRecord d, String taskId) {
    Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
    Set<String> to =
        task != null && task.getAssignee() != null ? addressesOf(task.getAssignee()) : Set.of();
    if (to.isEmpty()) {
      to = membersOf(d.holderGroup());
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
        membersOf(d.escalationGroup()),
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
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(subject);
      helper.setText(text, false);
      mail.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Không tạo được thư: " + subject + ": " + e.getMessage(), e);
    }
  }

  private String taskLink(String taskId) {
    return publicUrl
        + "/camunda/app/tasklist/default/"
        + (taskId == null ? "" : "#/?task=" + taskId);
  }

  private Set<String> membersOf(String group) {
    Set<String> to = new LinkedHashSet<>();
    if (group != null) {
      for (User u : identity.createUserQuery().memberOfGroup(group).list()) {
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
          to.add(u.getEmail());
        }
      }
    }
    return to;
  }

  private Set<String> addressesOf(String userId) {
    User u = identity.createUserQuery().userId(userId).singleResult();
    return u == null || u.getEmail() == null || u.getEmail().isBlank()
        ? Set.of()
        : Set.of(u.getEmail());
  }
}
