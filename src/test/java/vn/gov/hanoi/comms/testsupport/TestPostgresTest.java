package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The test run's PostgreSQL: only a server the run started may be restarted, and a restart keeps
 * its data.
 */
class TestPostgresTest {

  @Test
  void neverRestartsAServerTheRunDidNotStart() {
    TestPostgres.Server system =
        TestPostgres.configured("jdbc:postgresql://127.0.0.1:5432/", "postgres", "");
    assertThat(system.startedByThisRun()).isFalse();
    assertThatThrownBy(system::restart)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not start");
  }

  @Test
  void anEmbeddedServerRestartsOnTheSamePortWithItsData() throws Exception {
    TestPostgres.Server own = TestPostgres.startEmbedded();
    assertThat(own.startedByThisRun()).isTrue();
    String db = own.createDatabase("hanoi_comms_restart_check");
    JdbcClient jdbc =
        JdbcClient.create(new DriverManagerDataSource(own.url(db), own.user(), own.password()));
    jdbc.sql("create table kept (v text)").update();
    jdbc.sql("insert into kept values ('trước khởi động lại')").update();
    String startedBefore =
        jdbc.sql("select pg_postmaster_start_time()::text").query(String.class).single();

    own.restart();

    assertThat(jdbc.sql("select pg_postmaster_start_time()::text").query(String.class).single())
        .isNotEqualTo(startedBefore);
    assertThat(jdbc.sql("select v from kept").query(String.class).single())
        .isEqualTo("trước khởi động lại");
  }
}
