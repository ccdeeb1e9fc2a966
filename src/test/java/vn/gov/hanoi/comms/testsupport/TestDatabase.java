package vn.gov.hanoi.comms.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A freshly migrated product schema on H2 (in memory) or PostgreSQL, without starting Spring.
 * The PostgreSQL variant uses its own schema in {@code hanoi_comms_test} (URL from the system
 * property {@code pg.url}) and wipes it first, so test classes do not disturb each other.
 */
public final class TestDatabase {

  public enum Kind { H2, POSTGRESQL }

  public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/hanoi_comms_test";

  private final Kind kind;
  private final DataSource dataSource;

  private TestDatabase(Kind kind, DataSource dataSource) {
    this.kind = kind;
    this.dataSource = dataSource;
  }

  /**
   * @param schema PostgreSQL schema owned by the calling test class (ignored for H2, which gets
   *     a new in-memory database every time)
   */
  public static TestDatabase fresh(Kind kind, String schema) {
    return switch (kind) {
      case H2 -> migrated(kind, new DriverManagerDataSource(
          "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
      case POSTGRESQL -> {
        String url = System.getProperty("pg.url", DEFAULT_PG_URL);
        DriverManagerDataSource ds = new DriverManagerDataSource(url + "?currentSchema=" + schema,
            System.getProperty("pg.user", "postgres"), System.getProperty("pg.password", ""));
        assumeReachable(ds, url);
        yield migrated(kind, ds, schema);
      }
    };
  }

  public Kind kind() {
    return kind;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public JdbcClient jdbc() {
    return JdbcClient.create(dataSource);
  }

  public PlatformTransactionManager transactionManager() {
    return new DataSourceTransactionManager(dataSource);
  }

  private static TestDatabase migrated(Kind kind, DataSource ds, String schema) {
    var config = Flyway.configure()
        .dataSource(ds)
        .locations("classpath:db/migration")
        .table("product_schema_history")
        .cleanDisabled(false);
    if (schema != null) {
      config.schemas(schema);
    }
    Flyway flyway = config.load();
    flyway.clean();
    flyway.migrate();
    return new TestDatabase(kind, ds);
  }

  private static void assumeReachable(DataSource ds, String url) {
    try (Connection ignored = ds.getConnection()) {
      // reachable
    } catch (SQLException e) {
      if (Boolean.getBoolean("pg.required")) {
        throw new IllegalStateException("PostgreSQL required (-Dpg.required=true) but not reachable at " + url, e);
      }
      Assumptions.abort("PostgreSQL not reachable at " + url + ": " + e.getMessage());
    }
  }
}
