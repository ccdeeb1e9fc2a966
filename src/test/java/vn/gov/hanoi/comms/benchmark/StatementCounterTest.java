package vn.gov.hanoi.comms.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 (a): the benchmark's statement counter counts each statement (each of a batch) under its
 * family, so that a request's cost is explained per statement.
 */
class StatementCounterTest {
  @Test
  void countsPreparedPlainAndBatchedStatementsByFamily() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:statement-counter;DB_CLOSE_DELAY=-1");
    StatementCounter counter = new StatementCounter();
    DataSource ds = (DataSource) counter.postProcessAfterInitialization(h2, "dataSource");

    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table item (id int primary key)");
      try (PreparedStatement insert = c.prepareStatement("insert into item (id) values (?)")) {
        for (int i = 0; i < 3; i++) {
          insert.setInt(1, i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      try (PreparedStatement select = c.prepareStatement("select id from item where id = ?")) {
        select.setInt(1, 1);
        select.executeQuery().close();
      }
    }

    assertThat(counter.families())
        .containsEntry("insert ITEM", 3L)
        .containsEntry("select ITEM", 1L)
        .containsEntry("create", 1L);
    assertThat(counter.snapshot()).containsEntry("statements", 5L).containsEntry("roundTrips", 3L);
  }
}
