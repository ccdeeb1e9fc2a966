package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;
import java.util.List;

/**
 * Word k-shingles (Broder 1997, "On the resemblance and containment of documents") over the
 * normalised syllables, each hashed to 64 bits. With 64-bit hashes a collision between two of a
 * million notices' shingles is negligible, so sets of hashes stand for sets of shingles.
 *
 * <p>Title and body are shingled separately and united: a new heading changes only the title's few
 * shingles, so it cannot hide a duplicate body, and no shingle straddles title and body.
 */
public final class Shingler {

  public static final int DEFAULT_SHINGLE_SIZE = 3;

  private final VietnameseTextNormalizer normalizer;
  private final int size;

  public Shingler(VietnameseTextNormalizer normalizer) {
    this(normalizer, DEFAULT_SHINGLE_SIZE);
  }

  public Shingler(VietnameseTextNormalizer normalizer, int size) {
    this.normalizer = normalizer;
    this.size = size;
  }

  /** Shingle set and fact profile of a notice, from one pass of the normaliser. */
  public record Fingerprint(long[] shingles, long[] facts) {}

  /** Sorted, distinct shingle hashes of title and body together. */
  public long[] shingles(String title, String body) {
    return fingerprint(title, body).shingles();
  }

  /** Numbers and proper names with their context, see {@link FactProfile}. */
  public long[] facts(String title, String body) {
    return fingerprint(title, body).facts();
  }

  public Fingerprint fingerprint(String title, String body) {
    List<List<VietnameseTextNormalizer.Token>> titleRuns = normalizer.analyse(title);
    List<List<VietnameseTextNormalizer.Token>> bodyRuns = normalizer.analyse(body);
    LongBuffer out = new LongBuffer(64);
    addShingles(titleRuns, out);
    addShingles(bodyRuns, out);
    return new Fingerprint(out.sortedDistinct(), FactProfile.of(List.of(titleRuns, bodyRuns)));
  }

  private void addShingles(List<List<VietnameseTextNormalizer.Token>> segments, LongBuffer out) {
    for (List<VietnameseTextNormalizer.Token> segment : segments) {
      long[] tokenHashes = new long[segment.size()];
      for (int i = 0; i < tokenHashes.length; i++) {
        tokenHashes[i] = Hashing.fnv1a64(segment.get(i).text());
      }
      if (tokenHashes.length < size) {
        if (tokenHashes.length >= 2) { // a short run (e.g. a date line) still says something
          out.add(combine(tokenHashes, 0, tokenHashes.length));
        }
        continue;
      }
      for (int i = 0; i + size <= tokenHashes.length; i++) {
        out.add(combine(tokenHashes, i, size));
      }
    }
  }

  private static long combine(long[] tokenHashes, int from, int length) {
    long h = length;
    for (int i = from; i < from + length; i++) {
      h = Long.rotateLeft(h, 23) ^ tokenHashes[i];
      h *= 0x9e3779b97f4a7c15L;
    }
    return Hashing.mix64(h);
  }

  /** Growable long array, to avoid boxing while collecting shingles. */
  private static final class LongBuffer {
    private long[] values;
    private int size;

    LongBuffer(int capacity) {
      values = new long[capacity];
    }

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sortedDistinct() {
      long[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int distinct = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (i == 0 || sorted[i] != sorted[i - 1]) {
          sorted[distinct++] = sorted[i];
        }
      }
      return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }
  }
}
