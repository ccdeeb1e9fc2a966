package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets",
 * ch. 3.4): the signature is cut into {@code bands} bands of {@code rows} rows, and two notices
 * become candidates when they agree on every row of at least one band. A pair with Jaccard
 * similarity s becomes a candidate with probability 1 - (1 - s^rows)^bands, an S-curve whose
 * threshold is about (1/bands)^(1/rows).
 *
 * <p>Layout, chosen for a million notices: notices get a dense internal slot; each (band, band
 * hash) key maps to the head slot of a chain in one open-addressing {@link LongIntHashMap}, and the
 * chains are threaded through an int array {@code next[slot * bands + band]}. Per notice that is
 * {@code bands} map entries (12 bytes at load ≤ 0.75) + {@code bands} next links and band hashes (4
 * + 4 bytes), about 28-40 bytes per band, no boxed objects.
 *
 * <p>Thread-safe: a read-write lock lets many {@link #candidates} calls run together; add and
 * remove take the write lock (writes are rare: one per approved notice).
 */
public final class LshIndex {

  private static final int NONE = -1;

  private final int bands;
  private final int rows;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  private final LongIntHashMap slotById;
  private final LongIntHashMap headByBandKey;
  private long[] idBySlot;
  private int[] bandHashBySlot; // slot * bands + band
  private int[] nextBySlot; // slot * bands + band
  private int[] freeSlots = new int[16];
  private int freeCount;
  private int slotCount;

  public LshIndex(int bands, int rows) {
    this(bands, rows, 1024);
  }

  public LshIndex(int bands, int rows, int expectedNotices) {
    if (bands <= 0 || rows <= 0) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
    this.bands = bands;
    this.rows = rows;
    int capacity = Math.max(16, expectedNotices);
    slotById = new LongIntHashMap(capacity);
    headByBandKey =
        new LongIntHashMap((int) Math.min(Integer.MAX_VALUE / 2, (long) capacity * bands));
    idBySlot = new long[capacity];
    bandHashBySlot = new int[capacity * bands];
    nextBySlot = new int[capacity * bands];
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** Adds or replaces a notice. The signature needs at least bands × rows positions. */
  public void add(long noticeId, long[] signature) {
    checkLength(signature);
    int[] bandHashes = bandHashes(signature);
    lock.writeLock().lock();
    try {
      removeLocked(noticeId);
      int slot = allocateSlot();
      idBySlot[slot] = noticeId;
      slotById.put(noticeId, slot);
      for (int band = 0; band < bands; band++) {
        int link = slot * bands + band;
        bandHashBySlot[link] = bandHashes[band];
        long key = bandKey(band, bandHashes[band]);
        nextBySlot[link] = headByBandKey.get(key); // NO_VALUE (-1) ends a chain
        headByBandKey.put(key, slot);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void remove(long noticeId) {
    lock.writeLock().lock();
    try {
      removeLocked(noticeId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return slotById.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Ids of notices sharing at least one band with the signature: sub-linear, no corpus scan. */
  public Set<Long> candidates(long[] signature) {
    checkLength(signature);
    int[] bandHashes = bandHashes(signature);
    Set<Long> result = new HashSet<>();
    lock.readLock().lock();
    try {
      for (int band = 0; band < bands; band++) {
        int slot = headByBandKey.get(bandKey(band, bandHashes[band]));
        while (slot != NONE) {
          result.add(idBySlot[slot]);
          slot = nextBySlot[slot * bands + band];
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    return result;
  }

  private void removeLocked(long noticeId) {
    int slot = slotById.get(noticeId);
    if (slot == LongIntHashMap.NO_VALUE) {
      return;
    }
    for (int band = 0; band < bands; band++) {
      unlink(slot, band);
    }
    slotById.remove(noticeId);
    if (freeCount == freeSlots.length) {
      freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
    }
    freeSlots[freeCount++] = slot;
  }

  private void unlink(int slot, int band) {
    long key = bandKey(band, bandHashBySlot[slot * bands + band]);
    int next = nextBySlot[slot * bands + band];
    int current = headByBandKey.get(key);
    if (current == slot) {
      if (next == NONE) {
        headByBandKey.remove(key);
      } else {
        headByBandKey.put(key, next);
      }
      return;
    }
    while (current != NONE) {
      int link = current * bands + band;
      if (nextBySlot[link] == slot) {
        nextBySlot[link] = next;
        return;
      }
      current = nextBySlot[link];
    }
  }

  private int allocateSlot() {
    if (freeCount > 0) {
      return freeSlots[--freeCount];
    }
    if (slotCount == idBySlot.length) {
      int capacity = idBySlot.length * 2;
      idBySlot = Arrays.copyOf(idBySlot, capacity);
      bandHashBySlot = Arrays.copyOf(bandHashBySlot, capacity * bands);
      nextBySlot = Arrays.copyOf(nextBySlot, capacity * bands);
    }
    return slotCount++;
  }

  private int[] bandHashes(long[] signature) {
    int[] hashes = new int[bands];
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int row = 0; row < rows; row++) {
        h = Hashing.mix64(h ^ signature[band * rows + row]);
      }
      hashes[band] = (int) (h ^ (h >>> 32));
    }
    return hashes;
  }

  /** 32-bit band hashes: a rare collision only adds a candidate that the exact check rejects. */
  private static long bandKey(int band, int bandHash) {
    return ((long) band << 32) | (bandHash & 0xffffffffL);
  }

  private void checkLength(long[] signature) {
    if (signature.length < bands * rows) {
      throw new IllegalArgumentException(
          "signature has " + signature.length + " positions, banding needs " + bands * rows);
    }
  }
}
