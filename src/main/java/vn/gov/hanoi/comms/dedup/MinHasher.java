package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;

/**
 * MinHash signatures (Broder 1997; Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets", ch.
 * 3.3): the probability that two sets agree on one signature position equals their Jaccard
 * similarity.
 *
 * <p>Each of the {@code numHashes} "permutations" is x ↦ mix64(x XOR seed_i): SplitMix64's
 * finaliser is a bijection on 64-bit values, so this is a true permutation of the hash space, and
 * the seeds are derived from a fixed constant so signatures are the same in every JVM run.
 */
public final class MinHasher {

  public static final int DEFAULT_NUM_HASHES = 128;
  private static final long SEED_BASE = 0x1DEDB0A7C0FFEEL;

  private final long[] seeds;

  public MinHasher() {
    this(DEFAULT_NUM_HASHES);
  }

  public MinHasher(int numHashes) {
    seeds = new long[numHashes];
    for (int i = 0; i < numHashes; i++) {
      seeds[i] = Hashing.mix64(SEED_BASE + i * 0x9e3779b97f4a7c15L);
    }
  }

  public int numHashes() {
    return seeds.length;
  }

  /** Signature of a shingle set; an empty set gives all Long.MAX_VALUE (it matches nothing). */
  public long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Hashing.mix64(shingle ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }
}
