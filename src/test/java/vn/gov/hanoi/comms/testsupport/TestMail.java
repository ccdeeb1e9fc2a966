package vn.gov.hanoi.comms.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** One GreenMail SMTP server for the whole test JVM, on the port application-test.yaml names. */
public final class TestMail {
  public static final int PORT = 3925;
  private static GreenMail server;

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
