package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrase lists matched as whole words in lower-case NFC text ("liệt" must not match inside "liệt
 * sĩ" when the list says so by holding "liệt sĩ" out, and "ban" never matches inside "bản").
 * Vietnamese words are syllables separated by spaces: a phrase matches when it is not glued to a
 * letter or digit on either side.
 */
final class Words {
  /** A phrase found: where, and which one. */
  record Hit(int start, int end, String phrase) {}

  private final Pattern plain;

  /**
   * Words whose folded form is mostly another, commoner word: "bạn" and "ban" (a board), "bố" and
   * "bộ", "dì" and "đi", "nói" and "nơi" ("noi thuong tru"), "máu trắng" (leukaemia) and "màu
   * trắng" (white: "xe dap dien mau trang"). Not looked for in texts typed without diacritics (nor
   * by {@link Fold#in}).
   */
  static final Set<String> NOT_FOLDED = Set.of("bạn", "bố", "dì", "nói", "máu trắng");

  /**
   * In a listed phrase, a count or a share: "đứt # ngón" matches "đứt hai ngón", "suy giảm # khả
   * năng lao động" matches "suy giảm 35% khả năng lao động".
   */
  static final String COUNT = "#";

  private static final String A_COUNT =
      "(?:\\d+(?:[.,]\\d+)?\\s*%|\\d+|một|hai|ba|bốn|năm|mot|bon|nam)";

  /** The same phrases without diacritics, for texts typed so ({@link Fold}). */
  private final Pattern folded;

  /** Each folded phrase and the phrase as written, which a hit reports. */
  private final Map<String, String> written = new HashMap<>();

  /** The phrases as listed, for {@link #with}. */
  private final List<String> phrases;

  Words(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(
        Comparator.comparingInt(String::length)
            .reversed()); // longest first: "chủ tịch" before "chủ"
    for (String p : sorted) {
      written.putIfAbsent(Fold.fold(p), p);
    }
    plain = compile(sorted);
    folded = compile(sorted.stream().filter(p -> !NOT_FOLDED.contains(p)).map(Fold::fold).toList());
  }

  private static Pattern compile(List<String> phrases) {
    StringBuilder alternatives = new StringBuilder();
    for (String p : phrases) {
      if (!alternatives.isEmpty()) {
        alternatives.append('|');
      }
      alternatives.append(
          Pattern.quote(p).replace(" ", "\\E\\s+\\Q").replace(COUNT, "\\E" + A_COUNT + "\\Q"));
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}\\p{M}])(?:" + alternatives + ")(?![\\p{L}\\p{N}\\p{M}])");
  }

  private Pattern pattern() {
    return Fold.active() ? folded : plain;
  }

  /** The phrase a match stands for: as written in the list, also when the text is folded. */
  private String phrase(String match) {
    if (!Fold.active()) {
      return match;
    }
    return written.getOrDefault(match.replaceAll("\\s+", " "), match);
  }

  static Words of(String... phrases) {
    return new Words(List.of(phrases));
  }

  /** These phrases and {@code more}: a list that shares some of its words with another. */
  Words with(String... more) {
    List<String> all = new ArrayList<>(phrases);
    all.addAll(List.of(more));
    return new Words(all);
  }

  List<Hit> findAll(String lower) {
    return findIn(lower, 0, lower.length());
  }

  List<Hit> findIn(String lower, int from, int to) {
    List<Hit> hits = new ArrayList<>();
    Matcher m = pattern().matcher(lower).region(Math.max(0, from), Math.min(lower.length(), to));
    m.useTransparentBounds(true);
    while (m.find()) {
      hits.add(new Hit(m.start(), m.end(), phrase(m.group())));
    }
    return hits;
  }

  /** The last hit ending at or before {@code to} and starting at or after {@code from}, or null. */
  Hit lastIn(String lower, int from, int to) {
    List<Hit> hits = findIn(lower, from, to);
    return hits.isEmpty() ? null : hits.get(hits.size() - 1);
  }

  boolean anyIn(String lower, int from, int to) {
    return !findIn(lower, from, to).isEmpty();
  }

  /** Whether one of the phrases starts exactly at {@code at} (after blanks). */
  boolean startsAt(String lower, int at) {
    int i = at;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    Matcher m = pattern().matcher(lower).region(i, lower.length());
    m.useTransparentBounds(true);
    return m.lookingAt();
  }

  /** The phrase ending exactly at {@code at} (before blanks), or null. */
  Hit endingAt(String lower, int at) {
    int i = at;
    while (i > 0 && lower.charAt(i - 1) == ' ') {
      i--;
    }
    Hit last = lastIn(lower, Math.max(0, i - 40), i);
    return last != null && last.end() == i ? last : null;
  }
}
