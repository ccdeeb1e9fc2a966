package vn.gov.hanoi.comms.testsupport;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A freshly migrated product schema on H2 (in memory) or PostgreSQL, without starting Spring. The
 * PostgreSQL variant uses its own schema in this JVM's database on the run's server ({@link
 * TestPostgres}) and wipes it first, so test classes do not disturb each other.
 */
public final class TestDatabase {

  public enum Kind {
    H2,
    POSTGRESQL
  }

  private final Kind kind;
  private final DataSource dataSource;
  private final String schema;

  private TestDatabase(Kind kind, DataSource dataSource, String schema) {
    this.kind = kind;
    this.dataSource = dataSource;
    this.schema = schema;
  }

  /**
   * @param schema PostgreSQL schema owned by the calling test class (ignored for H2, which gets a
   *     new in-memory database every time)
   */
  public static TestDatabase fresh(Kind kind, String schema) {
    return freshUpTo(kind, schema, null);
  }

  /**
   * A fresh schema migrated up to and including {@code version} only (null: all), for a migration
   * test that stores rows as an earlier release did and then runs {@link #migrateRest()}.
   */
  public static TestDatabase freshUpTo(Kind kind, String schema, String version) {
    return switch (kind) {
      case H2 ->
          migrated(
              kind,
              new DriverManagerDataSource(
                  "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
              null,
              version);
      case POSTGRESQL ->
          migrated(
              kind,
              new DriverManagerDataSource(
                  TestPostgres.url() + "?currentSchema=" + schema,
                  TestPostgres.server().user(),
                  TestPostgres.server().password()),
              schema,
              version);
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

  /** The migrations after the version this database was created up to. */
  public void migrateRest() {
    flyway(dataSource, schema, null).migrate();
  }

  private static TestDatabase migrated(Kind kind, DataSource ds, String schema, String version) {
    Flyway flyway = flyway(ds, schema, version);
    flyway.clean();
    flyway.migrate();
    return new TestDatabase(kind, ds, schema);
  }

  private static Flyway flyway(DataSource ds, String schema, String version) {
    var config =
        Flyway.configure()
            .dataSource(ds)
            .locations("classpath:db/migration")
            .table("product_schema_history")
            .cleanDisabled(false);
    if (schema != null) {
      config.schemas(schema);
    }
    if (version != null) {
      config.target(version);
    }
    return config.load();
  }
}
