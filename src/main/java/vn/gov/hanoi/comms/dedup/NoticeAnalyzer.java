package vn.gov.hanoi.comms.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What survives a rewrite of a notice (issue 11): its facts (dates, times, figures, phone and
 * document numbers, codes, places and names, normalised so "ngày 4 tháng 8" and "04/8" meet) and
 * its words after abbreviations and synonyms are mapped to one form ({@link RewriteVocabulary}).
 *
 * <p>The text is put in NFC and folded one character at a time (diacritics dropped, case kept), so
 * every offset in the folded text is an offset in the text as written: the resolve form marks the
 * facts where the editor wrote them.
 *
 * <p>Sentences that give contact details (a phone number, "liên hệ", a hotline) and the names in
 * the issuing body ("UBND phường Định Công") are local: a ward adds them to any copy, so they are
 * neither shared information nor something new.
 */
public final class NoticeAnalyzer {

  private static final Pattern YEAR = Pattern.compile("20\\d\\d");

  private final RewriteVocabulary vocabulary;
  private final NameFacts names;

  public NoticeAnalyzer() {
    this(RewriteVocabulary.DEFAULT);
  }

  NoticeAnalyzer(RewriteVocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.names = new NameFacts(vocabulary);
  }

  /** A syllable as written, folded to lower case without diacritics. */
  record Word(String text, int start, int end, int sentence, boolean titleCase) {}

  /**
   * The analysed notice.
   *
   * @param text title, a line break, body (NFC): the offsets of facts and words refer to it
   * @param titleEnd where the title ends in {@code text}
   * @param contactSentences which sentences give contact details
   */
  public record Analysis(
      String text,
      int titleEnd,
      List<Fact> facts,
      List<Word> words,
      boolean[] contactSentences,
      boolean correction) {

    /** Distinct ids of the facts that are not local, sorted. */
    long[] factIds() {
      return facts.stream()
          .filter(f -> !f.local())
          .mapToLong(Fact::id)
          .sorted()
          .distinct()
          .toArray();
    }

    /**
     * The years 2000-2099 it names outside contact sentences ("năm 2027", "30/01/2027"), sorted and
     * distinct: a recurring notice (a yearly levy, a campaign) names its round's year.
     */
    int[] years() {
      return words.stream()
          .filter(w -> !contactSentences[w.sentence()] && YEAR.matcher(w.text()).matches())
          .mapToInt(w -> Integer.parseInt(w.text()))
          .sorted()
          .distinct()
          .toArray();
    }

    /**
     * Distinct ids of the facts given in contact sentences, sorted: when a later notice states them
     * elsewhere (a summary folds the contact line into its last sentence), they are not new.
     */
    long[] contactFactIds() {
      return facts.stream().filter(Fact::local).mapToLong(Fact::id).sorted().distinct().toArray();
    }
  }

  public Analysis analyse(String title, String body, String issuer) {
    String t = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFC);
    String b = Normalizer.normalize(body == null ? "" : body, Normalizer.Form.NFC);
    String text = t + "\n" + b;
    String folded = Syllables.fold(text);
    List<Word> words = Syllables.words(text, folded);
    int sentences = words.isEmpty() ? 0 : words.get(words.size() - 1).sentence() + 1;
    boolean[] contact = new boolean[sentences];
    List<List<String>> bySentence = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      bySentence.add(new ArrayList<>());
    }
    words.forEach(w -> bySentence.get(w.sentence()).add(w.text()));
    for (int s = 0; s < sentences; s++) {
      contact[s] = vocabulary.contact(bySentence.get(s));
    }
    Set<String> issuerNames = new HashSet<>();
    if (issuer != null && !issuer.isBlank()) {
      String i = Normalizer.normalize(issuer, Normalizer.Form.NFC);
      for (Fact f :
          names.names(
              i,
              Syllables.fold(i),
              Syllables.words(i, Syllables.fold(i)),
              new boolean[0],
              Set.of())) {
        issuerNames.add(f.key());
      }
    }
    List<Fact> facts = new ArrayList<>();
    int[] sentenceAt = Syllables.sentenceIndex(text.length(), words);
    WrittenFacts.find(new WrittenFacts.Scan(text, folded, sentenceAt, contact, facts));
    facts.addAll(names.names(text, folded, words, contact, issuerNames));
    facts.sort((x, y) -> Integer.compare(x.start(), y.start()));
    LegalBasis.markPreamble(folded, words, facts);
    boolean correction = false;
    for (int s = 0; s < sentences; s++) {
      correction |= !contact[s] && vocabulary.correction(bySentence.get(s));
    }
    return new Analysis(text, t.length(), List.copyOf(facts), words, contact, correction);
  }

  /** Sorted distinct 32-bit hashes of the words and word pairs outside contact sentences. */
  int[] terms(Analysis a) {
    return Arrays.stream(paragraphTerms(a))
        .flatMapToInt(Arrays::stream)
        .sorted()
        .distinct()
        .toArray();
  }

  /**
   * The terms of each paragraph (the title is paragraph 0; sorted, distinct; contact sentences left
   * out): which paragraphs of a later notice repeat the earlier one, see {@link RewriteScorer}.
   */
  int[][] paragraphTerms(Analysis a) {
    int[] paragraphOf = paragraphOfSentence(a);
    int paragraphs = paragraphOf.length == 0 ? 0 : paragraphOf[paragraphOf.length - 1] + 1;
    List<List<Integer>> hashes = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      hashes.add(new ArrayList<>());
    }
    List<String> sentence = new ArrayList<>();
    for (int i = 0; i < a.words().size(); i++) {
      Word w = a.words().get(i);
      if (!Character.isDigit(w.text().charAt(0))) {
        sentence.add(w.text());
      }
      boolean last = i + 1 == a.words().size() || a.words().get(i + 1).sentence() != w.sentence();
      if (last) {
        if (!a.contactSentences()[w.sentence()]) {
          addTerms(vocabulary.canonical(sentence), hashes.get(paragraphOf[w.sentence()]));
        }
        sentence.clear();
      }
    }
    int[][] out = new int[paragraphs][];
    for (int p = 0; p < paragraphs; p++) {
      out[p] = hashes.get(p).stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }
    return out;
  }

  /**
   * For each id of {@code factIds} (from {@link Analysis#factIds}), the paragraphs where the notice
   * states that fact.
   */
  static int[][] factParagraphs(Analysis a, long[] factIds) {
    int[] paragraphOf = paragraphOfSentence(a);
    List<List<Integer>> at = new ArrayList<>();
    for (int i = 0; i < factIds.length; i++) {
      at.add(new ArrayList<>());
    }
    for (Fact f : a.facts()) {
      int i = f.local() ? -1 : Arrays.binarySearch(factIds, f.id());
      if (i >= 0 && paragraphOf.length > 0) {
        at.get(i).add(paragraphOf[sentenceAt(a.words(), f.start())]);
      }
    }
    int[][] out = new int[factIds.length][];
    for (int i = 0; i < out.length; i++) {
      out[i] = at.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    return out;
  }

  /** The paragraph (counted by line breaks) of each sentence. */
  private static int[] paragraphOfSentence(Analysis a) {
    int[] out = new int[a.contactSentences().length];
    int paragraph = 0;
    int from = 0;
    for (Word w : a.words()) {
      for (int i = from; i < w.start(); i++) {
        if (a.text().charAt(i) == '\n') {
          paragraph++;
        }
      }
      from = w.start();
      out[w.sentence()] = paragraph;
    }
    return out;
  }

  /** The sentence of the first word that ends after {@code offset}. */
  private static int sentenceAt(List<Word> words, int offset) {
    int lo = 0;
    int hi = words.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return words.isEmpty() ? 0 : words.get(lo).sentence();
  }

  private void addTerms(List<String> words, List<Integer> out) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (vocabulary.stopword(w)) {
        continue;
      }
      out.add((int) Hashing.fnv1a64(w));
      if (i + 1 < words.size() && !vocabulary.stopword(words.get(i + 1))) {
        out.add((int) Hashing.mix64(Hashing.fnv1a64(w + " " + words.get(i + 1))));
      }
    }
  }
}
