package vn.gov.hanoi.comms.dedup;

/**
 * One earlier notice that resembles a draft (I-DEDUP-4 shows it to the editor).
 *
 * @param similarity Jaccard similarity |A∩B| / |A∪B| of the two shingle sets
 * @param containment max(|A∩B|/|A|, |A∩B|/|B|), A = the draft's shingles, B = the earlier notice's:
 *     the first catches a draft that is a shortened copy, the second a copy with an added local
 *     sentence
 * @param duplicate whether the pair is "the same information" under I-DEDUP-3
 * @param rewrite the facts and rare words compared (issue 11), null when not computed
 */
public record Match(
    long noticeId,
    double similarity,
    double containment,
    boolean duplicate,
    RewriteScorer.Evidence rewrite) {

  /** A copy judged on shingles alone. */
  public Match(long noticeId, double similarity, double containment, boolean duplicate) {
    this(noticeId, similarity, containment, duplicate, null);
  }
}
