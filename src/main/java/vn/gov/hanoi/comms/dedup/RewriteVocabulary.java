package vn.gov.hanoi.comms.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word tables the rewrite comparison reads, kept as data in src/main/resources/dedup/ (each
 * file says why its entries are there): abbreviations and synonyms (synonyms.tsv), common syllables
 * (stopwords.txt), what makes a sentence contact details (contact-cues.txt) and Title-case phrases
 * that are not distinguishing names (common-names.txt). All entries are folded (no diacritics,
 * lower case), like the text they are matched against.
 */
final class RewriteVocabulary {

  static final RewriteVocabulary DEFAULT = load();

  /**
   * First syllable of a variant -> variants starting with it (longest first), each with its
   * canonical form.
   */
  private final Map<String, List<String[][]>> synonyms;

  private final Set<String> stopwords;
  private final List<String[]> contactCues;
  private final List<String[]> weakContactCues;
  private final Set<String> commonNames;
  private final List<String[]> correctionCues;

  private RewriteVocabulary(
      Map<String, List<String[][]>> synonyms,
      Set<String> stopwords,
      List<String[]> contactCues,
      List<String[]> weakContactCues,
      Set<String> commonNames,
      List<String[]> correctionCues) {
    this.correctionCues = correctionCues;
    this.synonyms = synonyms;
    this.stopwords = stopwords;
    this.contactCues = contactCues;
    this.weakContactCues = weakContactCues;
    this.commonNames = commonNames;
  }

  static RewriteVocabulary load() {
    Map<String, List<String[][]>> synonyms = new HashMap<>();
    for (String line : lines("synonyms.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("dedup/synonyms.tsv: dòng không đúng dạng: " + line);
      }
      String[] canonical = parts[0].trim().split(" +");
      for (String variant : parts[1].split("\\|")) {
        String[] words = variant.trim().split(" +");
        synonyms
            .computeIfAbsent(words[0], k -> new ArrayList<>())
            .add(new String[][] {words, canonical});
      }
    }
    synonyms.values().forEach(l -> l.sort((a, b) -> b[0].length - a[0].length));
    List<String[]> cues = new ArrayList<>();
    List<String[]> weakCues = new ArrayList<>();
    for (String line : lines("contact-cues.txt")) {
      if (line.startsWith("?")) {
        weakCues.add(line.substring(1).trim().split(" +"));
      } else {
        cues.add(line.trim().split(" +"));
      }
    }
    List<String[]> corrections = new ArrayList<>();
    for (String line : lines("correction-cues.txt")) {
      corrections.add(line.trim().split(" +"));
    }
    return new RewriteVocabulary(
        synonyms,
        new HashSet<>(lines("stopwords.txt")),
        cues,
        weakCues,
        new HashSet<>(lines("common-names.txt")),
        corrections);
  }

  /** Rewrites variants to their canonical form, longest variant first. */
  List<String> canonical(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      String[][] hit = null;
      for (String[][] entry : synonyms.getOrDefault(words.get(i), List.of())) {
        if (matchesAt(words, i, entry[0])) {
          hit = entry;
          break;
        }
      }
      if (hit == null) {
        out.add(words.get(i++));
      } else {
        out.addAll(List.of(hit[1]));
        i += hit[0].length;
      }
    }
    return out;
  }

  boolean stopword(String word) {
    return stopwords.contains(word);
  }

  boolean commonName(String name) {
    return commonNames.contains(name);
  }

  /**
   * Whether the sentence's folded words contain a contact cue, or a weak one ("phản ánh", "thắc
   * mắc": also what a notice about citizens' feedback is about; "điện thoại", "ĐT") beside a number
   * of three digits or more that is not a year (a phone number, a hotline).
   */
  boolean contact(List<String> words) {
    return containsAny(words, contactCues)
        || (containsAny(words, weakContactCues)
            && words.stream().anyMatch(RewriteVocabulary::number));
  }

  /** Three digits or more, not a year (1900-2099: "tháng 10/2025" gives no phone number). */
  private static boolean number(String word) {
    if (word.length() < 3 || !Character.isDigit(word.charAt(0))) {
      return false;
    }
    return !(word.length() == 4 && (word.startsWith("19") || word.startsWith("20")));
  }

  /** Whether the folded words say that something is corrected or rescheduled. */
  boolean correction(List<String> words) {
    return containsAny(words, correctionCues);
  }

  private static boolean containsAny(List<String> words, List<String[]> cues) {
    for (int i = 0; i < words.size(); i++) {
      for (String[] cue : cues) {
        if (matchesAt(words, i, cue)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matchesAt(List<String> words, int start, String[] phrase) {
    if (start + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(start + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  private static List<String> lines(String name) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = RewriteVocabulary.class.getResourceAsStream("/dedup/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Thiếu bảng từ dedup/" + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }
}
