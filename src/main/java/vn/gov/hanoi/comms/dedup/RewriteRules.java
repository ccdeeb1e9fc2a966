package vn.gov.hanoi.comms.dedup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * When the evidence {@link RewriteScorer} measured makes a later notice a duplicate of an earlier
 * one (issue 11): a rewrite or summary, a copy wrapped in a ward's own paragraphs, a shingle copy
 * that stands. Thresholds are data: dedup/rewrite-scoring.properties says why each has its value.
 * See docs/adr/0005.
 */
final class RewriteRules {

  private final Map<String, Double> settings = new HashMap<>();

  RewriteRules() {
    this(load());
  }

  RewriteRules(Properties properties) {
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
   * Whether the later notice is the earlier one with local paragraphs around it: every date and
   * time of the earlier notice kept, nothing new where its text stands, its title and most of its
   * facts and words repeated.
   */
  boolean wrappedCopy(RewriteScorer.Evidence e) {
    return !e.corrects()
        && e.missingDates() == 0
        && e.novelInPlace() == 0
        && e.inPlaceNovelty() <= setting("wrapped.max.in.place.novelty")
        && e.titleShare() >= setting("wrapped.min.title.share")
        && e.factRecall() >= setting("wrapped.min.fact.recall")
        && e.earlierCovered() >= setting("wrapped.min.earlier.covered");
  }

  /**
   * Whether the later notice rewrites the earlier one: not a correction, fewer than max.novel.dates
   * dates of its own, and {@link #decide} on the rest.
   *
   * @param earlierFactCount how many facts the earlier notice states
   */
  boolean rewrite(RewriteScorer.Evidence e, int earlierFactCount) {
    return !e.corrects()
        && e.novelDates() < setting("max.novel.dates")
        && decide(e, earlierFactCount);
  }

  /**
   * Whether a shingle copy (DuplicateDetector's Jaccard / containment rule) stands: not a
   * correction, no other dates, and either little new (novelty at most max.fact.novelty.copy) or,
   * for a copy wrapped in a local paragraph that names its villages and schools, every date and
   * time of the earlier notice kept and at most one of its own (a local deadline). A whole
   * republished copy (every fact and nearly every word of the earlier notice) stands whatever dates
   * it adds: what a ward appends after the full text cannot change what the text says.
   */
  boolean copyStands(RewriteScorer.Evidence e) {
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
   * Without a veto (a correction, other dates), a rewrite is a duplicate when it adds little and
   * either keeps most of the earlier notice's facts (reworded, paraphrased, reformatted) or is
   * mostly made of the earlier notice's words (a summary); or, without any conflicting fact, when
   * the weighted score of all features reaches the threshold.
   */
  boolean decide(RewriteScorer.Evidence e, int earlierFactCount) {
    double factRecall = e.factRecall();
    double factNovelty = e.factNovelty();
    double laterCovered = e.laterCovered();
    double earlierCovered = e.earlierCovered();
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
            || (e.novelFacts() == 0
                && laterCovered >= setting("summary.nothing.new.min.later.covered")))) {
      return true;
    }
    if (e.conflict() || factNovelty > setting("max.fact.novelty")) {
      return false;
    }
    double score =
        setting("weight.fact.recall") * factsPart
            + setting("weight.later.covered") * laterCovered
            + setting("weight.earlier.covered") * earlierCovered
            - setting("weight.fact.novelty") * factNovelty;
    return score >= setting("threshold");
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in =
        RewriteRules.class.getResourceAsStream("/dedup/rewrite-scoring.properties")) {
      if (in == null) {
        throw new IllegalStateException("Thiếu dedup/rewrite-scoring.properties");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
