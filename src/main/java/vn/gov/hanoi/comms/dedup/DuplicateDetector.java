package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * Finds earlier notices that carry "the same information" as a draft (I-DEDUP-1..3, 5).
 *
 * <p>Pipeline: normalise and shingle title + body ({@link Shingler}), MinHash the shingle set
 * ({@link MinHasher}), take candidates from LSH banding ({@link LshIndex}), then compute the exact
 * Jaccard similarity and containment on the candidates' stored shingle sets. Only candidates are
 * compared, never the whole corpus.
 *
 * <p>A pair is a duplicate when (Jaccard ≥ {@link #JACCARD_THRESHOLD} or containment ≥ {@link
 * #CONTAINMENT_THRESHOLD}) and the facts agree: no number or proper name (date, street, storm,
 * ward) of one text is replaced by a different one in the same place of the other ({@link
 * FactProfile}). A shortened copy or a copy with an added local sentence passes; the same template
 * with another street or date does not, however many shingles it shares.
 *
 * <p>Memory per indexed notice: the shingle set as a sorted long[] (8 bytes per distinct shingle,
 * ~100-200 shingles for a typical iHanoi notice, so 0.8-1.6 KB), the fact profile (8 bytes per
 * number or name, typically 20-40), the notice's metadata without its body (the title and shared
 * level/area strings) and the LSH entries ({@value #BANDS} bands × ~36 bytes, see {@link
 * LshIndex}). See benchmarks/dedup.md for measured figures.
 *
 * <p>Thread-safe: checks run concurrently; index and remove take a write lock briefly (shingling
 * and MinHash are computed before the lock is taken).
 */
public final class DuplicateDetector {

  /**
   * Jaccard of shingle sets at or above which two notices are duplicates. Chosen on
   * src/test/resources/dedup/evaluation-pairs.jsonl (DedupTuningTest prints the grid): with the
   * facts rule, recall is 1.000 and precision 0.997 for any tJ in [0.25, 0.45] (with tC = 0.70);
   * the lowest true duplicate (a district's shortened copy plus a local sentence) has J = 0.50, the
   * highest non-duplicate whose facts agree, apart from the one case the facts rule misses (a
   * lower-case disease name swapped), J = 0.03 (two notices sharing only boilerplate). 0.40 sits
   * inside the plateau, leaving room for heavier rewording than the evaluation set has.
   */
  public static final double JACCARD_THRESHOLD = 0.40;

  /**
   * Containment (share of the smaller side's shingles found in the other) at or above which two
   * notices are duplicates: catches a shortened copy (Jaccard ≈ kept fraction) and a higher-level
   * text plus a local sentence. Same measurement: recall is 1.000 for tC in [0.60, 0.70] and drops
   * from 0.75 on; the lowest true duplicate has containment 0.74, the highest boilerplate-only pair
   * 0.06.
   */
  public static final double CONTAINMENT_THRESHOLD = 0.70;

  /** Containment is only trusted when the smaller side has this many shingles (one sentence). */
  public static final int MIN_SHINGLES_FOR_CONTAINMENT = 8;

  /** Matches weaker than this on both measures are not reported at all. */
  public static final double REPORT_FLOOR = 0.15;

  /**
   * LSH banding: {@value #BANDS} bands × {@value #ROWS} rows of a {@value #NUM_HASHES}-position
   * signature (126 used), S-curve threshold ≈ (1/42)^(1/3) = 0.29. Measured by DedupTuningTest on
   * the evaluation set + 2,000 fillers: 32 × 4 (threshold 0.42) makes only 93.5% of shortened and
   * 98.6% of locally extended copies candidates (a 50% copy has Jaccard ≈ 0.5, candidate
   * probability 1 - (1 - 0.5^4)^32 = 0.87); 42 × 3 makes every duplicate a candidate for ~8% more
   * candidates per query; 64 × 2 adds candidates for no gain. So one index with more bands and
   * fewer rows serves both Jaccard- and containment-style duplicates, still sub-linear.
   */
  public static final int BANDS = 42;

  public static final int ROWS = 3;
  public static final int NUM_HASHES = 128;

  private final Shingler shingler;
  private final MinHasher minHasher;
  private final LshIndex lsh;
  private final NoticeAnalyzer analyzer = new NoticeAnalyzer();
  private final RewriteScorer scorer = new RewriteScorer();
  private final RewriteIndex rewrites = new RewriteIndex();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<Long, IndexedNotice> notices = new HashMap<>();
  private final Map<String, String> internedLabels = new HashMap<>();

  public DuplicateDetector() {
    this(BANDS, ROWS, 1024);
  }

  public DuplicateDetector(int bands, int rows, int expectedNotices) {
    VietnameseTextNormalizer normalizer = new VietnameseTextNormalizer();
    this.shingler = new Shingler(normalizer);
    this.minHasher = new MinHasher(Math.max(NUM_HASHES, bands * rows));
    this.lsh = new LshIndex(bands, rows, expectedNotices);
  }

  /** Adds (or replaces) a sent or approved notice. */
  public void index(StoredNotice notice) {
    Shingler.Fingerprint fingerprint = shingler.fingerprint(notice.title(), notice.body());
    long[] shingles = fingerprint.shingles();
    long[] facts = fingerprint.facts();
    long[] signature = shingles.length == 0 ? null : minHasher.signature(shingles);
    NoticeAnalyzer.Analysis analysis = analyzer.analyse(notice.title(), notice.body(), null);
    long[] keyFacts = analysis.factIds();
    int[] terms = analyzer.terms(analysis);
    lock.writeLock().lock();
    try {
      StoredNotice metadata =
          new StoredNotice(
              notice.id(),
              intern(notice.level()),
              intern(notice.areaCode()),
              notice.sentAt(),
              notice.title(),
              "");
      notices.put(notice.id(), new IndexedNotice(metadata, shingles, facts));
      rewrites.add(
          notice.id(),
          keyFacts,
          analysis.contactFactIds(),
          terms,
          analysis.years(),
          analysis.correction());
      if (signature == null) {
        lsh.remove(notice.id()); // only boilerplate: nothing to match on
      } else {
        lsh.add(notice.id(), signature);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  public void remove(long noticeId) {
    lock.writeLock().lock();
    try {
      notices.remove(noticeId);
      lsh.remove(noticeId);
      rewrites.remove(noticeId);
    } finally {
      lock.writeLock().unlock();
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return notices.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Earlier notices resembling the draft, most similar first.
   *
   * @param eligible which stored notices count (e.g. higher level and own district, I-DEDUP-1/2);
   *     it receives the notice's metadata: the body is not kept in memory and is "".
   */
  public List<Match> check(String title, String body, Predicate<StoredNotice> eligible) {
    return check(title, body, null, eligible);
  }

  /**
   * Like {@link #check(String, String, Predicate)}, knowing who issues the draft: the names in
   * {@code issuer} ("UBND phường Định Công") are the ward's own, not new information.
   */
  public List<Match> check(
      String title, String body, String issuer, Predicate<StoredNotice> eligible) {
    Shingler.Fingerprint fingerprint = shingler.fingerprint(title, body);
    long[] draft = fingerprint.shingles();
    NoticeAnalyzer.Analysis analysis = analyzer.analyse(title, body, issuer);
    long[] draftKeyFacts = analysis.factIds();
    int[] draftTerms = analyzer.terms(analysis);
    int[] draftYears = analysis.years();
    if (draft.length == 0 && draftTerms.length == 0) {
      return List.of();
    }
    long[] draftFacts = fingerprint.facts();
    long[] signature = draft.length == 0 ? null : minHasher.signature(draft);
    List<Match> matches = new ArrayList<>();
    lock.readLock().lock();
    try {
      Set<Long> candidates = new LinkedHashSet<>();
      if (signature != null) {
        candidates.addAll(lsh.candidates(signature));
      }
      for (RewriteIndex.Entry e : rewrites.candidates(draftKeyFacts, draftTerms)) {
        candidates.add(e.id());
      }
      RewriteScorer.Draft weighed =
          scorer.draft(
              new RewriteScorer.Later(
                  draftKeyFacts,
                  draftTerms,
                  analysis.correction(),
                  analyzer.paragraphTerms(analysis),
                  NoticeAnalyzer.factParagraphs(analysis, draftKeyFacts)),
              rewrites);
      for (Long candidateId : candidates) {
        IndexedNotice earlier = notices.get(candidateId);
        RewriteIndex.Entry entry = rewrites.entry(candidateId);
        if (earlier != null && entry != null && eligible.test(earlier.metadata())) {
          Match copy = compare(candidateId, draft, draftFacts, earlier);
          RewriteScorer.Evidence evidence =
              scorer.score(
                  new RewriteScorer.Earlier(
                      entry.facts(), entry.contactFacts(), entry.terms(), entry.correction()),
                  weighed,
                  rewrites);
          Match match = combine(copy, evidence, anotherYear(entry.years(), draftYears));
          if (reported(match, evidence)) {
            matches.add(match);
          }
        }
      }
    } finally {
      lock.readLock().unlock();
    }
    matches.sort(
        Comparator.comparing(Match::duplicate)
            .thenComparingDouble(
                m -> m.rewrite() == null ? m.similarity() : m.rewrite().sharedShare())
            .reversed());
    return matches;
  }

  /**
   * Whether a match is worth showing: a duplicate always, however little of the earlier notice it
   * keeps (a short summary of a long notice keeps a tenth of its facts and words); otherwise only
   * above {@link #REPORT_FLOOR} on the shingles or on what the two notices share.
   */
  static boolean reported(Match match, RewriteScorer.Evidence evidence) {
    return match.duplicate()
        || Math.max(Math.max(match.similarity(), match.containment()), evidence.sharedShare())
            >= REPORT_FLOOR;
  }

  /**
   * What the two notices share, marked on both texts and said in words, for the editor (I-DEDUP-4).
   * The share weighs facts and words by how rare they are among the indexed notices.
   */
  public DuplicateExplanation explain(
      String earlierTitle,
      String earlierBody,
      String laterTitle,
      String laterBody,
      String laterIssuer) {
    NoticeAnalyzer.Analysis earlier = analyzer.analyse(earlierTitle, earlierBody, null);
    NoticeAnalyzer.Analysis later = analyzer.analyse(laterTitle, laterBody, laterIssuer);
    RewriteScorer.Evidence evidence;
    lock.readLock().lock();
    try {
      evidence =
          scorer.score(
              new RewriteScorer.Earlier(
                  earlier.factIds(),
                  earlier.contactFactIds(),
                  analyzer.terms(earlier),
                  earlier.correction()),
              new RewriteScorer.Later(
                  later.factIds(),
                  analyzer.terms(later),
                  later.correction(),
                  analyzer.paragraphTerms(later),
                  NoticeAnalyzer.factParagraphs(later, later.factIds())),
              rewrites);
    } finally {
      lock.readLock().unlock();
    }
    return DuplicateExplanation.of(earlier, later, evidence.sharedShare());
  }

  /**
   * A copy (shingles) or a rewrite (facts and rare words) is a duplicate, unless the draft adds
   * facts of its own: what a later notice adds beyond contact details is what makes it new.
   */
  Match combine(Match copy, RewriteScorer.Evidence evidence, boolean anotherYear) {
    boolean copyDuplicate = copy.duplicate() && scorer.rules().copyStands(evidence);
    return new Match(
        copy.noticeId(),
        copy.similarity(),
        copy.containment(),
        !anotherYear && (copyDuplicate || evidence.duplicate()),
        evidence);
  }

  /**
   * Both notices name years and share none ("lệ phí môn bài năm 2025" and "... năm 2027"): the same
   * recurring notice for another round, not a copy of the earlier one.
   */
  static boolean anotherYear(int[] earlierYears, int[] laterYears) {
    if (earlierYears.length == 0 || laterYears.length == 0) {
      return false;
    }
    for (int year : laterYears) {
      if (Arrays.binarySearch(earlierYears, year) >= 0) {
        return false;
      }
    }
    return true;
  }

  static Match compare(long id, long[] draft, long[] draftFacts, IndexedNotice earlier) {
    long[] stored = earlier.shingles();
    int common = ShingleSets.intersectionSize(draft, stored);
    double jaccard = (double) common / (draft.length + stored.length - common);
    double containment =
        Math.min(draft.length, stored.length) < MIN_SHINGLES_FOR_CONTAINMENT
            ? jaccard
            : Math.max((double) common / draft.length, (double) common / stored.length);
    boolean similarEnough = jaccard >= JACCARD_THRESHOLD || containment >= CONTAINMENT_THRESHOLD;
    return new Match(
        id, jaccard, containment, similarEnough && factsAgree(draftFacts, earlier.facts()));
  }

  /**
   * No fact (number, proper name) is swapped for another in the same context, see {@link
   * FactProfile}.
   */
  static boolean factsAgree(long[] a, long[] b) {
    return !FactProfile.conflict(a, b);
  }

  private String intern(String label) {
    return label == null ? null : internedLabels.computeIfAbsent(label, l -> l);
  }

  /** What is kept per notice: metadata without the body, shingle set, fact profile. */
  record IndexedNotice(StoredNotice metadata, long[] shingles, long[] facts) {}
}
