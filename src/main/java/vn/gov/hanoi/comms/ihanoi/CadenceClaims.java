package vn.gov.hanoi.comms.ihanoi;

import java.sql.Timestamp;
import java.util.function.BooleanSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hanoi.comms.common.ProductClock;

/**
 * Who may check and start a body's cadence reminder right now (I-CADENCE-2): the database's lock on
 * the body's row of {@code ihanoi_cadence_claim}, held until the transaction that checks for an
 * open reminder and starts one has ended. Two nodes starting at the same instant take turns, and
 * the second sees the reminder the first started; H2 and PostgreSQL lock an updated row alike.
 */
@Repository
class CadenceClaims {
  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate ownTransaction;
  private final ProductClock clock;

  CadenceClaims(JdbcClient jdbc, PlatformTransactionManager transactions, ProductClock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Runs {@code checkAndStart} holding the body's row, in one transaction with it (joining the
   * caller's, if any): the reminder it starts is committed before another node may look.
   */
  boolean whileHolding(String bodyCode, BooleanSupplier checkAndStart) {
    ensureRow(bodyCode);
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              jdbc.sql("update ihanoi_cadence_claim set claimed_at = :at where body_code = :b")
                  .param("at", Timestamp.from(clock.now()))
                  .param("b", bodyCode)
                  .update();
              return checkAndStart.getAsBoolean();
            }));
  }

  /**
   * The body's row, inserted in a transaction of its own: when another node inserts it at the same
   * moment, the unique key refuses one of the two, and that one uses the other's row.
   */
  private void ensureRow(String bodyCode) {
    try {
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.sql(
                      "insert into ihanoi_cadence_claim (body_code, claimed_at) select :b, :at"
                          + " where not exists (select 1 from ihanoi_cadence_claim where body_code = :b)")
                  .param("b", bodyCode)
                  .param("at", Timestamp.from(clock.now()))
                  .update());
    } catch (DuplicateKeyException insertedByAnotherNode) {
      // the row exists now, which is all this needs
    }
  }
}
