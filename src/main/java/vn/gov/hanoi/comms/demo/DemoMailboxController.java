package vn.gov.hanoi.comms.demo;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The demo mailbox: every mail the application sent, newest last (demo profile only). */
@RestController
@ConditionalOnProperty("app.demo.mail-server")
public class DemoMailboxController {
  private final DemoMailServer server;

  public DemoMailboxController(DemoMailServer server) {
    this.server = server;
  }

  @GetMapping(value = "/api/demo/mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<DemoMailServer.Mail> list() throws MessagingException, IOException {
    return server.messages();
  }
}
