package vn.gov.hanoi.comms.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.MailProperties;

/**
 * Plain-text mails in UTF-8 from the product's address ({@code app.mail.from}), and the addresses
 * of Camunda users and groups. A failure throws: the caller decides whether it fails its job.
 */
@Component
public class Mailer {
  private final JavaMailSender mail;
  private final IdentityService identity;
  private final String from;

  public Mailer(JavaMailSender mail, IdentityService identity, MailProperties mailProperties) {
    this.mail = mail;
    this.identity = identity;
    this.from = mailProperties.from();
  }

  public void send(Collection<String> to, String subject, String text) {
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

  /** The e-mail addresses of the members of a group (those that have one). */
  public Set<String> membersOf(String group) {
    Set<String> to = new LinkedHashSet<>();
    if (group != null && !group.isBlank()) {
      for (User u : identity.createUserQuery().memberOfGroup(group).list()) {
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
          to.add(u.getEmail());
        }
      }
    }
    return to;
  }

  /** The e-mail address of a user, if the user exists and has one. */
  public Set<String> addressOf(String userId) {
    User u = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return u == null || u.getEmail() == null || u.getEmail().isBlank()
        ? Set.of()
        : Set.of(u.getEmail());
  }
}
