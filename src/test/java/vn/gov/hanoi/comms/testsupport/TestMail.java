package vn.gov.hanoi.comms.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port that is handed to the
 * application as {@code spring.mail.port} by {@link IntegrationTest} (so parallel builds on one
 * machine do not collide).
 */
public final class TestMail {
  public static final int PORT = freePort();
  private static volatile GreenMail server;
  private static boolean stopHookAdded;

  public static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private TestMail() {}

  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      if (!stopHookAdded) {
        // One hook for the JVM, stopping whichever server is running then (stop() and start() make
        // new ones), without waiting on a test thread that holds the lock.
        Runtime.getRuntime().addShutdownHook(new Thread(TestMail::stopAtExit, "test-mail-stop"));
        stopHookAdded = true;
      }
    }
    return server;
  }

  /** Stops the server: the mail server is "down" until {@link #start()}. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  private static void stopAtExit() {
    GreenMail running = server;
    if (running != null) {
      running.stop();
    }
  }

  public static synchronized void start() {
    server();
  }

  /**
   * The mails to this address, once each (GreenMail keeps a copy per recipient's mailbox, and the
   * operators' mail also goes to any administrator with an address).
   */
  public static List<MimeMessage> to(String address) throws Exception {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage m : server().getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
        byId.putIfAbsent(m.getMessageID(), m);
      }
    }
    return List.copyOf(byId.values());
  }

  /** The subjects of the mails to this address, oldest first. */
  public static List<String> subjectsTo(String address) throws Exception {
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : to(address)) {
      subjects.add(m.getSubject());
    }
    return subjects;
  }

  /** The texts of the mails to this address, oldest first. */
  public static List<String> bodiesTo(String address) throws Exception {
    List<String> bodies = new ArrayList<>();
    for (MimeMessage m : to(address)) {
      bodies.add(String.valueOf(m.getContent()));
    }
    return bodies;
  }
}
