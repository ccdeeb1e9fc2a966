package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Candidate generation that does not need shared word shingles (issue 11): an inverted index from
 * each notice's facts and its rarest words to the notices that have them, and the document
 * frequencies of every word and fact (the IDF weights of {@link RewriteScorer}). A paraphrase
 * shares few three-word shingles with its source but keeps its dates, places, figures and rare
 * words.
 *
 * <p>Not thread-safe: {@link DuplicateDetector} guards it with its lock.
 */
final class RewriteIndex implements RewriteScorer.Frequencies {

  /**
   * Rarest words of a notice put in the index besides its facts (enough for a summary to share
   * some).
   */
  static final int RARE_TERMS = 12;

  /** Words of a draft looked up (the rarest among those some indexed notice has). */
  static final int QUERY_TERMS = 24;

  /**
   * A key carried by more notices than this is skipped at query time: it cannot single out a source
   * (at 1 M notices a common date is in tens of thousands), and scanning it would cost the p99.
   */
  static final int MAX_POSTINGS = 4_000;

  /** Candidates returned per check, best first. */
  static final int MAX_CANDIDATES = 24;

  /** Stored per notice: facts and terms to score against, and the keys it was posted under. */
  record Entry(
      long id,
      long[] facts,
      long[] contactFacts,
      int[] terms,
      int[] years,
      long[] keys,
      boolean correction) {}

  private final LongIntHashMap frequencies = new LongIntHashMap(1 << 12);
  private final Map<Long, int[]> postings = new HashMap<>();
  private final Map<Long, Integer> ordinals = new HashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private int live;

  @Override
  public int documents() {
    return live;
  }

  @Override
  public int documentFrequency(long key) {
    return Math.max(0, frequencies.get(key));
  }

  Entry entry(long id) {
    Integer ordinal = ordinals.get(id);
    return ordinal == null ? null : entries.get(ordinal);
  }

  void add(
      long id, long[] facts, long[] contactFacts, int[] terms, int[] years, boolean correction) {
    remove(id);
    for (long f : facts) {
      increment(f, 1);
    }
    for (int t : terms) {
      increment(t & 0xffffffffL, 1);
    }
    long[] keys = keys(facts, terms, false);
    int ordinal = entries.size();
    entries.add(new Entry(id, facts, contactFacts, terms, years, keys, correction));
    ordinals.put(id, ordinal);
    live++;
    for (long key : keys) {
      int[] list = postings.get(key);
      if (list == null) {
        list = new int[3];
      } else if (list[0] + 1 == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
      }
      list[++list[0]] = ordinal;
      postings.put(key, list);
    }
  }

  void remove(long id) {
    Integer ordinal = ordinals.remove(id);
    if (ordinal == null) {
      return;
    }
    Entry e = entries.get(ordinal);
    for (long f : e.facts()) {
      increment(f, -1);
    }
    for (int t : e.terms()) {
      increment(t & 0xffffffffL, -1);
    }
    entries.set(ordinal, null); // postings keep the ordinal; a null entry is skipped
    live--;
  }

  /** Per checking thread: a score per ordinal and the ordinals touched, reset after each check. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    float[] weight = new float[1024];
    byte[] hits = new byte[1024];
    int[] touched = new int[1024];
  }

  /** Notices sharing the most (IDF-weighted) facts and rare words with the draft. */
  List<Entry> candidates(long[] facts, int[] terms) {
    long[] keys = keys(facts, terms, true);
    Scratch s = SCRATCH.get();
    if (s.weight.length < entries.size()) {
      s.weight = new float[entries.size() * 2];
      s.hits = new byte[entries.size() * 2];
    }
    int touched = 0;
    double n = live;
    for (long key : keys) {
      int[] list = postings.get(key);
      if (list == null || list[0] > MAX_POSTINGS) {
        continue;
      }
      float w = (float) RewriteScorer.idf(documentFrequency(key), n);
      for (int i = 1; i <= list[0]; i++) {
        int ordinal = list[i];
        if (s.hits[ordinal] == 0) {
          if (touched == s.touched.length) {
            s.touched = Arrays.copyOf(s.touched, touched * 2);
          }
          s.touched[touched++] = ordinal;
        }
        s.weight[ordinal] += w;
        if (s.hits[ordinal] < Byte.MAX_VALUE) {
          s.hits[ordinal]++;
        }
      }
    }
    // Best MAX_CANDIDATES by weight among those with two keys or more, by a partial selection.
    long[] best = new long[touched];
    int kept = 0;
    for (int i = 0; i < touched; i++) {
      int ordinal = s.touched[i];
      if (s.hits[ordinal] >= 2 && entries.get(ordinal) != null) {
        best[kept++] = (long) Float.floatToIntBits(s.weight[ordinal]) << 32 | ordinal;
      }
      s.weight[ordinal] = 0;
      s.hits[ordinal] = 0;
    }
    Arrays.sort(best, 0, kept); // non-negative floats sort like their bits
    List<Entry> out = new ArrayList<>();
    for (int i = kept - 1; i >= 0 && out.size() < MAX_CANDIDATES; i--) {
      out.add(entries.get((int) best[i]));
    }
    return out;
  }

  /**
   * The facts and the {@value #RARE_TERMS} rarest terms. A draft's rarest words are mostly its own
   * (no indexed notice has them: a ward's paraphrase uses its own words), so for a query only the
   * words some indexed notice has are taken, {@value #QUERY_TERMS} of them.
   */
  private long[] keys(long[] facts, int[] terms, boolean query) {
    long[] byRarity = new long[terms.length];
    int known = 0;
    for (int t : terms) {
      long key = t & 0xffffffffL;
      int df = documentFrequency(key);
      if (!query || df > 0) {
        byRarity[known++] = (long) df << 32 | key;
      }
    }
    Arrays.sort(byRarity, 0, known);
    int rare = Math.min(query ? QUERY_TERMS : RARE_TERMS, known);
    long[] keys = Arrays.copyOf(facts, facts.length + rare);
    for (int i = 0; i < rare; i++) {
      keys[facts.length + i] = byRarity[i] & 0xffffffffL;
    }
    return keys;
  }

  private void increment(long key, int by) {
    int now = Math.max(0, frequencies.get(key)) + by;
    if (now <= 0) {
      frequencies.remove(key);
    } else {
      frequencies.put(key, now);
    }
  }
}
