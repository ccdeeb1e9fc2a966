package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;

/**
 * Open-addressing map from any long except {@link #EMPTY_KEY} to int, with linear probing and
 * backward-shift deletion (no tombstones). 12 bytes per slot and no boxing, which is what lets a
 * million notices' LSH buckets fit in memory. Not thread-safe; callers lock.
 */
final class LongIntHashMap {

  static final long EMPTY_KEY = Long.MIN_VALUE;
  static final int NO_VALUE = -1;
  private static final double MAX_LOAD = 0.75;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  LongIntHashMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, (int) (expected / MAX_LOAD) + 1) - 1) << 1;
    allocate(capacity);
  }

  int size() {
    return size;
  }

  int get(long key) {
    int i = slot(key);
    while (keys[i] != EMPTY_KEY) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return NO_VALUE;
  }

  void put(long key, int value) {
    if (key == EMPTY_KEY) {
      throw new IllegalArgumentException("reserved key");
    }
    int i = slot(key);
    while (keys[i] != EMPTY_KEY) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
    if (++size > MAX_LOAD * keys.length) {
      rehash(keys.length * 2);
    }
  }

  void remove(long key) {
    int i = slot(key);
    while (keys[i] != key) {
      if (keys[i] == EMPTY_KEY) {
        return;
      }
      i = (i + 1) & mask;
    }
    size--;
    // Backward-shift deletion (Knuth vol. 3, 6.4 algorithm R): keep every probe chain unbroken.
    int hole = i;
    int j = (i + 1) & mask;
    while (keys[j] != EMPTY_KEY) {
      int home = slot(keys[j]);
      boolean canMove = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (canMove) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
      j = (j + 1) & mask;
    }
    keys[hole] = EMPTY_KEY;
    values[hole] = NO_VALUE;
  }

  private int slot(long key) {
    return (int) Hashing.mix64(key) & mask;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY_KEY);
    Arrays.fill(values, NO_VALUE);
    mask = capacity - 1;
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldValues = values;
    allocate(capacity);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY_KEY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
