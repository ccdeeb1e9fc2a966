package vn.gov.hanoi.comms.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one repository already read in the current database transaction, so that the listeners and
 * delegates of one engine step do not read the same row again (issue 14). Lives exactly as long as
 * the transaction: never shared across transactions (another node may change the rows in between),
 * and forgotten on every write through the repository, so a read after a write sees the write.
 * Outside a transaction every read goes to the database.
 */
public final class TransactionReads {

  private final Object resourceKey = new Object();

  /**
   * The value read earlier in this transaction under the same query and arguments, else loads it.
   */
  public <T> T read(String query, Object argument, Supplier<T> load) {
    return read(null, query, argument, load);
  }

  /**
   * The same, for a read of the one table named: only a write to that table ({@link
   * #changed(String)}) or an unnamed one ({@link #changed()}) forgets it (issue 14).
   */
  @SuppressWarnings("unchecked")
  public <T> T read(String table, String query, Object argument, Supplier<T> load) {
    Map<List<Object>, Object> reads = current();
    if (reads == null) {
      return load.get();
    }
    List<Object> key = Arrays.asList(table, query, argument);
    if (!reads.containsKey(key)) {
      reads.put(key, load.get());
    }
    return ownCopy((T) reads.get(key));
  }

  /**
   * Each caller gets its own list or map, as from the database, so one caller's change is not
   * another's.
   */
  @SuppressWarnings("unchecked")
  private static <T> T ownCopy(T value) {
    if (value instanceof List<?> list) {
      return (T) new ArrayList<>(list);
    }
    return value instanceof Map<?, ?> map ? (T) new LinkedHashMap<>(map) : value;
  }

  /** A write through the repository: what this transaction read before is no longer trusted. */
  public void changed() {
    Map<List<Object>, Object> reads = bound();
    if (reads != null) {
      reads.clear();
    }
  }

  /**
   * A write to one table: the reads of that table, and those that named no table, are no longer
   * trusted; the reads of the repository's other tables still are.
   */
  public void changed(String table) {
    Map<List<Object>, Object> reads = bound();
    if (reads != null) {
      reads.keySet().removeIf(key -> key.get(0) == null || key.get(0).equals(table));
    }
  }

  @SuppressWarnings("unchecked")
  private Map<List<Object>, Object> bound() {
    return (Map<List<Object>, Object>) TransactionSynchronizationManager.getResource(resourceKey);
  }

  private Map<List<Object>, Object> current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Map<List<Object>, Object> reads = bound();
    if (reads == null) {
      Map<List<Object>, Object> fresh = new HashMap<>();
      TransactionSynchronizationManager.bindResource(resourceKey, fresh);
      TransactionSynchronizationManager.registerSynchronization(new Unbind(fresh));
      reads = fresh;
    }
    return reads;
  }

  /** Unbinds the reads with their transaction, and while it is suspended (REQUIRES_NEW). */
  private final class Unbind implements TransactionSynchronization {
    private final Map<List<Object>, Object> reads;

    Unbind(Map<List<Object>, Object> reads) {
      this.reads = reads;
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(resourceKey, reads);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(resourceKey);
    }
  }
}
