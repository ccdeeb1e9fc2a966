package vn.gov.hanoi.comms.security.login;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Tells the administrators (members of camunda-admin with an e-mail address) that someone is
 * guessing passwords. Sent off the login's thread: a slow mail server must not slow logins down.
 * The alert's durable record is the audit line and the metric, written before this; a mail that
 * fails is logged.
 */
@Component
public class AdminAlerts {
  private static final Logger log = LoggerFactory.getLogger(AdminAlerts.class);
  private final IdentityService identityService;
  private final JavaMailSender mail;
  private final String from;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "admin-alerts");
            t.setDaemon(true);
            return t;
          });

  public AdminAlerts(
      IdentityService identityService, JavaMailSender mail, MailProperties mailProperties) {
    this.identityService = identityService;
    this.mail = mail;
    this.from = mailProperties.from();
  }

  void loginThrottled(String who, int failures) {
    List<String> to =
        identityService.createUserQuery().memberOfGroup(Groups.ADMIN).list().stream()
            .map(User::getEmail)
            .filter(e -> e != null && !e.isBlank())
            .toList();
    if (to.isEmpty()) {
      return;
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(to.toArray(String[]::new));
    m.setSubject("[Cảnh báo] Nhiều lần sai mật khẩu: " + who);
    m.setText(
        "Hệ thống đã ghi nhận "
            + failures
            + " lần sai mật khẩu liên tiếp của "
            + who
            + ".\n"
            + "Các lần đăng nhập tiếp theo từ đó đang bị làm chậm (không khoá vĩnh viễn).\n"
            + "Xem và gỡ: GET/DELETE /api/security/login-throttles (nhật ký: /api/audit?type=LOGIN_THROTTLED).");
    sender.submit(
        () -> {
          try {
            mail.send(m);
          } catch (RuntimeException e) {
            log.warn(
                "Could not mail the administrators about login throttling of {}: {}",
                who,
                e.getMessage());
          }
        });
  }
}
