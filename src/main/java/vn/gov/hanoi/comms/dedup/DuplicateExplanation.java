package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a draft was stopped, for the resolve form (I-DEDUP-4, issue 11): the facts both notices state
 * and the passages they share, as marks on each text, and a sentence in words ("Cùng ngày
 * 12/12/2026, cùng địa điểm phố Hàng Bài, 78% ý chính trùng").
 *
 * @param summary the sentence
 * @param share how much of the earlier notice's facts and rare words the draft keeps, 0..1
 * @param earlier the earlier notice's text (title, line break, body; NFC) and its marks
 * @param later the draft's text and its marks
 */
public record DuplicateExplanation(
    String summary, double share, MarkedText earlier, MarkedText later) {

  /** A stretch of {@link MarkedText#text} that both notices have. */
  public record Mark(int start, int end, boolean fact) {}

  /** A text with its marks, sorted, not overlapping (a fact inside a passage is a fact mark). */
  public record MarkedText(String text, int titleEnd, List<Mark> marks) {}

  /** Shortest run of words, in a row on both sides, shown as a shared passage. */
  static final int MIN_PASSAGE_WORDS = 4;

  /** At most this many facts of one kind are named in the sentence. */
  private static final int NAMED_PER_KIND = 2;

  static DuplicateExplanation of(
      NoticeAnalyzer.Analysis earlier, NoticeAnalyzer.Analysis later, double share) {
    Set<Long> laterIds = new HashSet<>();
    later.facts().forEach(f -> laterIds.add(f.id()));
    Set<Integer> laterWords = new HashSet<>();
    later.words().forEach(w -> laterWords.add((int) Hashing.fnv1a64(w.text())));
    Set<Long> shared = new HashSet<>();
    Map<FactType, List<String>> named = new LinkedHashMap<>();
    for (Fact f : earlier.facts()) {
      if (!f.local() && laterIds.contains(f.id()) && shared.add(f.id())) {
        FactType kind = f.type() == FactType.PLACE ? FactType.PLACE : f.type();
        List<String> names = named.computeIfAbsent(kind, k -> new ArrayList<>());
        if (names.size() < NAMED_PER_KIND && !names.contains(f.display())) {
          names.add(f.display());
        }
      }
    }
    List<Mark> earlierMarks = factMarks(earlier, shared);
    List<Mark> laterMarks = factMarks(later, shared);
    passages(earlier, later, earlierMarks, laterMarks);
    return new DuplicateExplanation(
        sentence(named, share),
        share,
        new MarkedText(earlier.text(), earlier.titleEnd(), merge(earlierMarks)),
        new MarkedText(later.text(), later.titleEnd(), merge(laterMarks)));
  }

  private static String sentence(Map<FactType, List<String>> named, double share) {
    List<String> parts = new ArrayList<>();
    for (FactType kind :
        List.of(
            FactType.DATE,
            FactType.MONTH,
            FactType.TIME,
            FactType.PLACE,
            FactType.NAME,
            FactType.CODE,
            FactType.NUMBER,
            FactType.DOCUMENT)) {
      List<String> names = named.get(kind);
      if (names != null && !names.isEmpty()) {
        parts.add("cùng " + kind.label + " " + String.join(", ", names));
      }
    }
    parts.add(Math.round(share * 100) + "% ý chính trùng");
    String s = String.join("; ", parts);
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) + ".";
  }

  private static List<Mark> factMarks(NoticeAnalyzer.Analysis a, Set<Long> shared) {
    List<Mark> marks = new ArrayList<>();
    for (Fact f : a.facts()) {
      if (shared.contains(f.id())) {
        marks.add(new Mark(f.start(), f.end(), true));
      }
    }
    return marks;
  }

  /** Runs of at least {@value #MIN_PASSAGE_WORDS} words that occur in a row in both texts. */
  private static void passages(
      NoticeAnalyzer.Analysis earlier,
      NoticeAnalyzer.Analysis later,
      List<Mark> earlierMarks,
      List<Mark> laterMarks) {
    Map<String, List<Integer>> earlierGrams = new HashMap<>();
    List<NoticeAnalyzer.Word> ew = earlier.words();
    for (int i = 0; i + MIN_PASSAGE_WORDS <= ew.size(); i++) {
      earlierGrams.computeIfAbsent(gram(ew, i), k -> new ArrayList<>()).add(i);
    }
    List<NoticeAnalyzer.Word> lw = later.words();
    boolean[] earlierCovered = new boolean[ew.size()];
    boolean[] laterCovered = new boolean[lw.size()];
    for (int j = 0; j + MIN_PASSAGE_WORDS <= lw.size(); j++) {
      List<Integer> at = earlierGrams.get(gram(lw, j));
      if (at != null) {
        for (int k = 0; k < MIN_PASSAGE_WORDS; k++) {
          laterCovered[j + k] = true;
          for (int i : at) {
            earlierCovered[i + k] = true;
          }
        }
      }
    }
    addRuns(ew, earlierCovered, earlierMarks);
    addRuns(lw, laterCovered, laterMarks);
  }

  private static String gram(List<NoticeAnalyzer.Word> words, int from) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < MIN_PASSAGE_WORDS; k++) {
      sb.append(words.get(from + k).text()).append(' ');
    }
    return sb.toString();
  }

  private static void addRuns(List<NoticeAnalyzer.Word> words, boolean[] covered, List<Mark> out) {
    int i = 0;
    while (i < words.size()) {
      if (!covered[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && covered[j + 1]) {
        j++;
      }
      out.add(new Mark(words.get(i).start(), words.get(j).end(), false));
      i = j + 1;
    }
  }

  /** Sorted, without overlaps: where a fact and a passage overlap, the fact wins its stretch. */
  private static List<Mark> merge(List<Mark> marks) {
    int end = marks.stream().mapToInt(Mark::end).max().orElse(0);
    byte[] kind = new byte[end]; // 0 none, 1 passage, 2 fact
    for (Mark m : marks) {
      for (int i = m.start(); i < m.end(); i++) {
        kind[i] = (byte) Math.max(kind[i], m.fact() ? 2 : 1);
      }
    }
    List<Mark> out = new ArrayList<>();
    int i = 0;
    while (i < end) {
      if (kind[i] == 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < end && kind[j] == kind[i]) {
        j++;
      }
      out.add(new Mark(i, j, kind[i] == 2));
      i = j;
    }
    return out;
  }
}
