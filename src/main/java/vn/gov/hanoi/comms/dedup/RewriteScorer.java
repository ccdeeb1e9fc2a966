package vn.gov.hanoi.comms.dedup;

import java.util.Arrays;

/**
 * Measures what survives a rewrite of an earlier notice in a later one (issue 11): the earlier
 * notice's facts found in the later one, rare words (weighted by how few indexed notices use them)
 * shared either way, and what the later notice adds that the earlier does not say, apart from
 * contact details. {@link RewriteRules} decides from these measures whether it is a duplicate. See
 * docs/adr/0005.
 */
public final class RewriteScorer {

  /** How rare a term or fact is among the indexed notices. */
  public interface Frequencies {
    int documents();

    int documentFrequency(long key);
  }

  /** Everything the decision was made from, for the tuning report and the resolve form. */
  public record Evidence(
      double factRecall,
      double factNovelty,
      int novelFacts,
      boolean conflict,
      double laterCovered,
      double earlierCovered,
      int novelDates,
      int missingDates,
      int novelInPlace,
      double inPlaceNovelty,
      double titleShare,
      boolean wrappedCopy,
      boolean corrects,
      boolean duplicate) {

    /**
     * "Ý chính trùng": how much of the earlier notice's facts and rare words the later one keeps.
     */
    public double sharedShare() {
      return Math.max(0, Math.min(1, (factRecall + earlierCovered) / 2));
    }

    /** These measures with the decision taken from them. */
    Evidence decided(boolean wrappedCopy, boolean duplicate) {
      return new Evidence(
          factRecall,
          factNovelty,
          novelFacts,
          conflict,
          laterCovered,
          earlierCovered,
          novelDates,
          missingDates,
          novelInPlace,
          inPlaceNovelty,
          titleShare,
          wrappedCopy,
          corrects,
          duplicate);
    }
  }

  /**
   * The earlier notice's side of a check.
   *
   * @param facts ids of its facts that are not local, sorted
   * @param contactFacts ids of the facts of its contact sentences and legal basis, sorted
   * @param terms its terms, sorted
   * @param corrects whether it says it corrects another notice
   */
  public record Earlier(long[] facts, long[] contactFacts, int[] terms, boolean corrects) {}

  /**
   * The later notice's side of a check, before it is weighed.
   *
   * @param facts ids of its facts that are not local, sorted
   * @param terms its terms, sorted
   * @param corrects whether it says it corrects another notice
   * @param paragraphTerms the terms of each paragraph (the title is paragraph 0)
   * @param factParagraphs for each fact, the paragraphs that state it
   */
  public record Later(
      long[] facts,
      int[] terms,
      boolean corrects,
      int[][] paragraphTerms,
      int[][] factParagraphs) {}

  private final RewriteRules rules;

  public RewriteScorer() {
    this(new RewriteRules());
  }

  RewriteScorer(RewriteRules rules) {
    this.rules = rules;
  }

  /** The thresholds and decisions the evidence is judged by. */
  RewriteRules rules() {
    return rules;
  }

  /**
   * The draft's side, weighed once per check rather than once per candidate.
   *
   * @param paragraphTerms the terms of each paragraph of the draft (the title is paragraph 0)
   * @param factParagraphs for each fact, the paragraphs that state it
   */
  public record Draft(
      long[] facts,
      double[] factWeights,
      int[] terms,
      double[] termWeights,
      boolean corrects,
      int[][] paragraphTerms,
      int[][] factParagraphs) {}

  Draft draft(Later later, Frequencies f) {
    long[] facts = later.facts();
    int[] terms = later.terms();
    double n = f.documents();
    double[] fw = new double[facts.length];
    for (int i = 0; i < facts.length; i++) {
      fw[i] = factWeight(facts[i], f, n);
    }
    double[] tw = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      tw[i] = idf(f.documentFrequency(terms[i] & 0xffffffffL), n);
    }
    return new Draft(
        facts, fw, terms, tw, later.corrects(), later.paragraphTerms(), later.factParagraphs());
  }

  public Evidence score(Earlier earlier, Later later, Frequencies f) {
    return score(earlier, draft(later, f), f);
  }

  Evidence score(Earlier earlier, Draft later, Frequencies f) {
    long[] earlierFacts = earlier.facts();
    long[] earlierContactFacts = earlier.contactFacts();
    int[] earlierTerms = earlier.terms();
    boolean earlierCorrects = earlier.corrects();
    long[] laterFacts = later.facts();
    int[] laterTerms = later.terms();
    boolean laterCorrects = later.corrects();
    double n = f.documents();
    double earlierWeight = 0;
    double sharedWeight = 0;
    int missingWhen = 0;
    for (long id : earlierFacts) {
      double w = factWeight(id, f, n);
      earlierWeight += w;
      if (found(id, laterFacts, laterTerms)) {
        sharedWeight += w;
      } else if (when(type(id))) {
        missingWhen++;
      }
    }
    // a fact of the earlier notice's contact sentences or legal basis that the later one states as
    // its own (a summary folds "căn cứ Luật ..." or the office's address into a sentence) is
    // shared;
    // left out, it is neither shared nor missing
    for (long id : earlierContactFacts) {
      if (Arrays.binarySearch(laterFacts, id) >= 0 && Arrays.binarySearch(earlierFacts, id) < 0) {
        double w = factWeight(id, f, n);
        earlierWeight += w;
        sharedWeight += w;
      }
    }
    double laterWeight = 0;
    double novelWeight = 0;
    int novel = 0;
    int novelWhen = 0;
    boolean conflict = false;
    double[] paragraphShare = new double[later.paragraphTerms().length];
    boolean[] repeated = repeatedParagraphs(earlierTerms, later, paragraphShare);
    double titleShare = paragraphShare.length == 0 ? 0 : paragraphShare[0];
    int novelInPlace = 0;
    double inPlaceWeight = 0;
    double inPlaceNovelWeight = 0;
    for (int i = 0; i < laterFacts.length; i++) {
      long id = laterFacts[i];
      double w = later.factWeights()[i];
      laterWeight += w;
      boolean inPlace = inAny(later.factParagraphs()[i], repeated);
      inPlaceWeight += inPlace ? w : 0;
      // what the earlier notice gives in its contact sentences is neither shared nor new
      if (!found(id, earlierFacts, earlierTerms)
          && Arrays.binarySearch(earlierContactFacts, id) < 0) {
        novelWeight += w;
        inPlaceNovelWeight += inPlace ? w : 0;
        FactType type = type(id);
        if (type.distinguishing) {
          novel++;
          if (type != FactType.NAME && inPlace) {
            novelInPlace++;
          }
          if (when(type)) {
            novelWhen++;
          }
          if (hasType(earlierFacts, type)) {
            conflict = true;
          }
        }
      }
    }
    double laterTermWeight = 0;
    double earlierTermWeight = 0;
    double sharedTermWeight = 0;
    for (int i = 0; i < laterTerms.length; i++) {
      double w = later.termWeights()[i];
      laterTermWeight += w;
      if (Arrays.binarySearch(earlierTerms, laterTerms[i]) >= 0) {
        sharedTermWeight += w;
      }
    }
    for (int t : earlierTerms) {
      earlierTermWeight += idf(f.documentFrequency(t & 0xffffffffL), n);
    }
    double factRecall = earlierWeight == 0 ? 0 : sharedWeight / earlierWeight;
    double factNovelty = laterWeight == 0 ? 0 : novelWeight / laterWeight;
    double laterCovered = laterTermWeight == 0 ? 0 : sharedTermWeight / laterTermWeight;
    double earlierCovered = earlierTermWeight == 0 ? 0 : sharedTermWeight / earlierTermWeight;
    boolean corrects = laterCorrects && !earlierCorrects && novel > 0;
    double inPlaceNovelty = inPlaceWeight == 0 ? 0 : inPlaceNovelWeight / inPlaceWeight;
    Evidence measured =
        new Evidence(
            factRecall,
            factNovelty,
            novel,
            conflict,
            laterCovered,
            earlierCovered,
            novelWhen,
            missingWhen,
            novelInPlace,
            inPlaceNovelty,
            titleShare,
            false,
            corrects,
            false);
    boolean wrappedCopy = rules.wrappedCopy(measured);
    return measured.decided(
        wrappedCopy, wrappedCopy || rules.rewrite(measured, earlierFacts.length));
  }

  /**
   * The paragraphs of the later notice that stand in the place of the earlier notice's text: those
   * that repeat its wording (at least repeated.paragraph.min.share of their terms, weighted by
   * rarity, are the earlier notice's) and those between two such paragraphs of the body. A new date
   * or code there replaces one of the earlier notice's (a template's next round, a correction); a
   * new fact in a paragraph before or after the repeated text is what a ward wraps around a copy
   * (its villages, its own distribution day).
   */
  private boolean[] repeatedParagraphs(int[] earlierTerms, Draft later, double[] share) {
    int[][] paragraphs = later.paragraphTerms();
    boolean[] out = new boolean[paragraphs.length];
    double min = rules.setting("repeated.paragraph.min.share");
    int first = -1;
    int last = -1;
    for (int p = 0; p < paragraphs.length; p++) {
      double all = 0;
      double shared = 0;
      for (int t : paragraphs[p]) {
        int at = Arrays.binarySearch(later.terms(), t);
        double w = at >= 0 ? later.termWeights()[at] : 0;
        all += w;
        if (Arrays.binarySearch(earlierTerms, t) >= 0) {
          shared += w;
        }
      }
      share[p] = all == 0 ? 0 : shared / all;
      out[p] = share[p] >= min;
      if (out[p] && p > 0) {
        first = first < 0 ? p : first;
        last = p;
      }
    }
    for (int p = first + 1; p < last; p++) {
      out[p] = true;
    }
    return out;
  }

  private static boolean inAny(int[] sentences, boolean[] marked) {
    for (int s : sentences) {
      if (s < marked.length && marked[s]) {
        return true;
      }
    }
    return false;
  }

  private static boolean when(FactType type) {
    return type == FactType.DATE || type == FactType.TIME || type == FactType.MONTH;
  }

  /** A fact is on the other side as a fact, or (a name) among its words. */
  private static boolean found(long id, long[] facts, int[] terms) {
    return Arrays.binarySearch(facts, id) >= 0
        || (type(id) == FactType.NAME && Arrays.binarySearch(terms, (int) id) >= 0);
  }

  private static double factWeight(long id, Frequencies f, double n) {
    return type(id).weight * idf(f.documentFrequency(id), n);
  }

  /** ln((N + 1) / (df + 0.5)), at least 0.05: a fact every notice has still counts a little. */
  static double idf(int df, double n) {
    return Math.max(0.05, Math.log((n + 1) / (df + 0.5)));
  }

  static FactType type(long id) {
    return FactType.values()[(int) (id >>> 56) - 1];
  }

  private static boolean hasType(long[] facts, FactType type) {
    for (long id : facts) {
      if (type(id) == type) {
        return true;
      }
    }
    return false;
  }
}
