package vn.gov.hanoi.comms.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Decides whether a later notice is the earlier one rewritten (issue 11), from what survives a
 * rewrite: the earlier notice's facts found in the later one, rare words (weighted by how few
 * indexed notices use them) shared either way, and what the later notice adds that the earlier does
 * not say, apart from contact details. Thresholds are data: dedup/rewrite-scoring.properties says
 * why each has its value. See docs/adr/0005.
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
  }

  private final Map<String, Double> settings = new HashMap<>();

  public RewriteScorer() {
    this(load());
  }

  RewriteScorer(Properties properties) {
    for (String name : properties.stringPropertyNames()) {
      settings.put(name, Double.parseDouble(properties.getProperty(name).strip()));
    }
  }

  double setting(String name) {
    Double value = settings.get(name);
    if (value == null) {
      throw new IllegalStateException("dedup/rewrite-scoring.properties: thiếu " + name);
    }
    return value;
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

  Draft draft(
      long[] facts,
      int[] terms,
      boolean corrects,
      int[][] paragraphTerms,
      int[][] factParagraphs,
      Frequencies f) {
    double n = f.documents();
    double[] fw = new double[facts.length];
    for (int i = 0; i < facts.length; i++) {
      fw[i] = factWeight(facts[i], f, n);
    }
    double[] tw = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      tw[i] = idf(f.documentFrequency(terms[i] & 0xffffffffL), n);
    }
    return new Draft(facts, fw, terms, tw, corrects, paragraphTerms, factParagraphs);
  }

  public Evidence score(
      long[] earlierFacts,
      long[] earlierContactFacts,
      int[] earlierTerms,
      boolean earlierCorrects,
      long[] laterFacts,
      int[] laterTerms,
      boolean laterCorrects,
      int[][] laterParagraphTerms,
      int[][] laterFactParagraphs,
      Frequencies f) {
    return score(
        earlierFacts,
        earlierContactFacts,
        earlierTerms,
        earlierCorrects,
        draft(laterFacts, laterTerms, laterCorrects, laterParagraphTerms, laterFactParagraphs, f),
        f);
  }

  Evidence score(
      long[] earlierFacts,
      long[] earlierContactFacts,
      int[] earlierTerms,
      boolean earlierCorrects,
      Draft later,
      Frequencies f) {
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
    boolean wrappedCopy =
        !corrects
            && missingWhen == 0
            && novelInPlace == 0
            && inPlaceNovelty <= setting("wrapped.max.in.place.novelty")
            && titleShare >= setting("wrapped.min.title.share")
            && factRecall >= setting("wrapped.min.fact.recall")
            && earlierCovered >= setting("wrapped.min.earlier.covered");
    boolean duplicate =
        wrappedCopy
            || !corrects
                && novelWhen < setting("max.novel.dates")
                && decide(
                    factRecall,
                    factNovelty,
                    novel,
                    conflict,
                    laterCovered,
                    earlierCovered,
                    earlierFacts.length);
    return new Evidence(
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
        wrappedCopy,
        corrects,
        duplicate);
  }

  /**
   * Whether a shingle copy (DuplicateDetector's Jaccard / containment rule) stands: not a
   * correction, no other dates, and either little new (novelty at most max.fact.novelty.copy) or,
   * for a copy wrapped in a local paragraph that names its villages and schools, every date and
   * time of the earlier notice kept and at most one of its own (a local deadline). A whole
   * republished copy (every fact and nearly every word of the earlier notice) stands whatever dates
   * it adds: what a ward appends after the full text cannot change what the text says.
   */
  boolean copyStands(Evidence e) {
    if (e.corrects()) {
      return false;
    }
    if (e.missingDates() == 0
        && e.factRecall() >= setting("whole.copy.min.fact.recall")
        && e.earlierCovered() >= setting("whole.copy.min.earlier.covered")) {
      return true;
    }
    if (e.novelDates() >= setting("max.novel.dates")) {
      return false;
    }
    return e.factNovelty() <= setting("max.fact.novelty.copy")
        || (e.missingDates() == 0 && e.novelDates() <= setting("copy.max.own.dates"));
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
    double min = setting("repeated.paragraph.min.share");
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

  /**
   * Without a veto (a correction, other dates), a rewrite is a duplicate when it adds little and
   * either keeps most of the earlier notice's facts (reworded, paraphrased, reformatted) or is
   * mostly made of the earlier notice's words (a summary); or, without any conflicting fact, when
   * the weighted score of all features reaches the threshold.
   */
  boolean decide(
      double factRecall,
      double factNovelty,
      int novelFacts,
      boolean conflict,
      double laterCovered,
      double earlierCovered,
      int earlierFactCount) {
    // With fewer than min.facts facts, fact recall says little: blend it with the words' share.
    double minFacts = setting("min.facts");
    double factsPart =
        earlierFactCount >= minFacts
            ? factRecall
            : (earlierFactCount * factRecall + (minFacts - earlierFactCount) * laterCovered)
                / minFacts;
    if (factNovelty <= setting("rewrite.max.novelty")
        && (factsPart >= setting("rewrite.min.fact.recall")
            || laterCovered >= setting("summary.min.later.covered")
            || (novelFacts == 0
                && laterCovered >= setting("summary.nothing.new.min.later.covered")))) {
      return true;
    }
    if (conflict || factNovelty > setting("max.fact.novelty")) {
      return false;
    }
    double score =
        setting("weight.fact.recall") * factsPart
            + setting("weight.later.covered") * laterCovered
            + setting("weight.earlier.covered") * earlierCovered
            - setting("weight.fact.novelty") * factNovelty;
    return score >= setting("threshold");
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

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        RewriteScorer.class.getResourceAsStream("/dedup/rewrite-scoring.properties")) {
      if (in == null) {
        throw new IllegalStateException("Thiếu dedup/rewrite-scoring.properties");
      }
      p.load(new InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
