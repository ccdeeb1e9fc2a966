package vn.gov.hanoi.comms.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server: an in-process SMTP server, so that a newcomer sees the notices the
 * application sends without installing anything. Demo profile only, and off when a real mail server
 * is configured (docker/compose.yaml uses Mailpit).
 */
@Component
@ConditionalOnProperty("app.demo.mail-server")
public class DemoMailServer {
  private final GreenMail greenMail;

  public DemoMailServer(DemoMailProperties properties) {
    this.greenMail =
        new GreenMail(
            new ServerSetup(properties.requiredSmtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  public record Mail(String to, String subject, String received, String body) {}

  public List<Mail> messages() throws MessagingException, IOException {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage m : greenMail.getReceivedMessages()) {
      mails.add(
          new Mail(
              Arrays.toString(m.getAllRecipients()),
              m.getSubject(),
              String.valueOf(m.getSentDate()),
              String.valueOf(m.getContent())));
    }
    return mails;
  }

  @PreDestroy
  void stop() {
    greenMail.stop();
  }
}
