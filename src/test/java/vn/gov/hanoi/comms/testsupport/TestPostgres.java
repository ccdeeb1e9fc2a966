package vn.gov.hanoi.comms.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/**
 * The PostgreSQL run of the integration tests gets a database of its own, created for this JVM and
 * dropped when it ends: repeated runs, and builds of several checkouts on one machine, never meet
 * each other's data or migrations.
 */
final class TestPostgres {
  private static final String SERVER = System.getenv().getOrDefault("TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
  private static final String USER = System.getenv().getOrDefault("TEST_PG_USER", "postgres");
  private static String url;

  private TestPostgres() {}

  static boolean active() {
    return Arrays.asList(System.getProperty("spring.profiles.active", "").split(",")).contains("test-postgres");
  }

  /** The URL of this JVM's fresh database (created on first use). */
  static synchronized String url() {
    if (url == null) {
      String name = "hanoi_comms_it_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
      execute("create database " + name);
      url = SERVER + name;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("drop database if exists " + name + " with (force)")));
    }
    return url;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL at " + SERVER + " (user " + USER + "): " + sql + " failed: "
          + e.getMessage() + ". Start it, or skip the PostgreSQL run with -Dskip.postgres=true", e);
    }
  }
}
