package vn.gov.hanoi.comms.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port that is handed to the
 * application as {@code spring.mail.port} by {@link IntegrationTest} (so parallel builds on one
 * machine do not collide).
 */
public final class TestMail {
  public static final int PORT = freePort();
  private static GreenMail server;

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
      Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
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

  public static synchronized void start() {
    server();
  }
}
