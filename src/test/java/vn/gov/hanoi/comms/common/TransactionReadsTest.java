package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Issue 14 (cost per request): a row read again within one transaction is not read from the
 * database again, but a write, the end of the transaction and the absence of one always read anew.
 */
class TransactionReadsTest {
  private final TransactionReads reads = new TransactionReads();
  private final AtomicInteger loads = new AtomicInteger();
  private final Supplier<String> row = () -> "row " + loads.incrementAndGet();

  @AfterEach
  void endTransaction() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      complete();
    }
  }

  @Test
  void withinOneTransactionTheSameReadIsAnsweredOnce() {
    begin();
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 1");
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 1");
    assertThat(reads.read("find", 8L, row)).isEqualTo("row 2");
    assertThat(loads).hasValue(2);
  }

  @Test
  void aWriteMakesTheNextReadGoToTheDatabase() {
    begin();
    reads.read("find", 7L, row);
    reads.changed();
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 2");
  }

  @Test
  void aWriteToOneTableForgetsThatTableAndUnnamedReadsButKeepsTheOthers() {
    begin();
    reads.read("vneid_request", "find", 7L, row);
    reads.read("vneid_round", "round", 7L, row);
    reads.read("find", 7L, row);
    reads.changed("vneid_round");
    assertThat(reads.read("vneid_request", "find", 7L, row)).isEqualTo("row 1");
    assertThat(reads.read("vneid_round", "round", 7L, row)).isEqualTo("row 4");
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 5");
    reads.changed();
    assertThat(reads.read("vneid_request", "find", 7L, row)).isEqualTo("row 6");
  }

  @Test
  void nothingIsKeptBeyondTheTransaction() {
    begin();
    reads.read("find", 7L, row);
    complete();
    begin();
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 2");
  }

  @Test
  void eachCallerGetsItsOwnList() {
    begin();
    List<String> first = reads.read("rows", 7L, () -> new ArrayList<>(List.of("a")));
    first.add("changed by the first caller");
    assertThat(reads.read("rows", 7L, () -> List.of("read again"))).containsExactly("a");
  }

  @Test
  void eachCallerGetsItsOwnMap() {
    begin();
    Map<String, String> first =
        reads.read("byStep", 7L, () -> new LinkedHashMap<>(Map.of("a", "1")));
    first.put("b", "changed by the first caller");
    assertThat(reads.read("byStep", 7L, () -> Map.of("c", "read again"))).containsOnlyKeys("a");
  }

  @Test
  void withoutATransactionEveryReadGoesToTheDatabase() {
    reads.read("find", 7L, row);
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 2");
  }

  @Test
  void aSuspendedTransactionsReadsAreSetAsideUntilItResumes() {
    begin();
    reads.read("find", 7L, row);
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::suspend);
    assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::resume);
    assertThat(reads.read("find", 7L, row)).isEqualTo("row 1");
  }

  private static void begin() {
    TransactionSynchronizationManager.initSynchronization();
    TransactionSynchronizationManager.setActualTransactionActive(true);
  }

  private static void complete() {
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
    TransactionSynchronizationManager.clearSynchronization();
    TransactionSynchronizationManager.setActualTransactionActive(false);
  }
}
