package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.hanoi.comms.dedup.NoticeAnalyzer.Word;

/**
 * The names and places of a notice (issue 11): runs of Title-case syllables, kept as pairs of
 * adjacent syllables so a rewrite that cuts or extends a name still shares them. A name of the
 * issuing body, or one in a contact sentence, is local.
 */
final class NameFacts {

  /**
   * Syllables before a Title-case name that make it a place ("phố Hàng Bài", "thôn Xuân Khanh").
   */
  private static final Set<String> PLACE_WORDS =
      Set.of(
          "pho", "duong", "phuong", "quan", "xa", "huyen", "thon", "ngo", "ngach", "cau", "song",
          "ho", "cho", "khu", "lang", "ap", "xom", "cum", "toa", "nha", "truong", "vien", "tram",
          "doi", "nga", "bai");

  private final RewriteVocabulary vocabulary;

  NameFacts(RewriteVocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Runs of Title-case syllables, see the class comment of {@link VietnameseTextNormalizer}. */
  List<Fact> names(
      String text, String folded, List<Word> words, boolean[] contact, Set<String> issuerNames) {
    List<Fact> out = new ArrayList<>();
    Set<String> lowerCase = new HashSet<>();
    for (Word w : words) {
      if (Character.isLowerCase(text.charAt(w.start()))) {
        lowerCase.add(w.text());
      }
    }
    int i = 0;
    while (i < words.size()) {
      if (!words.get(i).titleCase()) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < words.size()
          && words.get(j).titleCase()
          && words.get(j).sentence() == words.get(i).sentence()
          && folded.substring(words.get(j - 1).end(), words.get(j).start()).isBlank()) {
        j++;
      }
      int from = i;
      while (from < j && vocabulary.stopword(words.get(from).text())) {
        from++;
      }
      boolean sentenceStart =
          i == 0
              || words.get(i - 1).sentence() != words.get(i).sentence()
              || opensClause(folded.substring(words.get(i - 1).end(), words.get(i).start()));
      if (sentenceStart && from == i && j - from >= 2 && lowerCase.contains(words.get(i).text())) {
        // "Làm Phiếu lý lịch" opening a title: the first capital is the sentence's when the notice
        // writes the same syllable in lower case elsewhere ("cách làm"), so it is not the name's
        from++;
      }
      if (from < j && (j - from >= 2 || !(sentenceStart && from == i))) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < j; k++) {
          key.append(k > from ? " " : "").append(words.get(k).text());
        }
        int sentence = words.get(from).sentence();
        boolean place = from > 0 && PLACE_WORDS.contains(words.get(from - 1).text());
        while (from < j - 1 && PLACE_WORDS.contains(words.get(from).text())) {
          from++; // "Phường Ngọc Hà", "Hồ Văn Quán": the name is what follows
          place = true;
        }
        String name = key.toString();
        boolean local =
            issuerNames.contains(name) || (sentence < contact.length && contact[sentence]);
        String display = text.substring(words.get(from).start(), words.get(j - 1).end());
        if (j - from == 1) {
          String w = words.get(from).text();
          if (w.length() > 1 && !vocabulary.stopword(w) && !vocabulary.commonName(w)) {
            out.add(
                nameFact(
                    place,
                    w,
                    (int) Hashing.fnv1a64(w),
                    display,
                    words.get(from),
                    words.get(from),
                    local || issuerNames.contains(w)));
          }
        }
        for (int k = from; k + 1 < j; k++) {
          String pair = words.get(k).text() + " " + words.get(k + 1).text();
          if (!vocabulary.commonName(pair) && !straddlesCommonName(words, k, from, j)) {
            int hash = (int) Hashing.mix64(Hashing.fnv1a64(pair));
            out.add(
                nameFact(
                    place,
                    pair,
                    hash,
                    display,
                    words.get(from),
                    words.get(j - 1),
                    local || issuerNames.contains(pair)));
          }
        }
      }
      i = j;
    }
    return out;
  }

  /**
   * Whether the syllable pair at {@code k} joins a word to half of a common name inside the same
   * run ("Đài Hà Nội" gives "đài hà", "Công an Thành phố Hà Nội" gives "phố hà"): such a pair is
   * how the run was written, not a name; a rewrite that shortens the body's name ("Đài Hà Nội" for
   * "Đài Phát thanh và Truyền hình Hà Nội") would otherwise add a new name (I-DEDUP-3).
   */
  private boolean straddlesCommonName(List<Word> words, int k, int from, int to) {
    return (k + 2 < to
            && vocabulary.commonName(words.get(k + 1).text() + " " + words.get(k + 2).text()))
        || (k - 1 >= from
            && vocabulary.commonName(words.get(k - 1).text() + " " + words.get(k).text()));
  }

  /**
   * Whether the text between two words opens a clause whose first word is capitalised as a sentence
   * start would be: after a colon, a dash, a bullet or a list marker closed by a parenthesis ("Bước
   * 1: Cài ứng dụng", "- Khẩn cấp", "2) Cách làm", "b) Hồ sơ").
   */
  private static boolean opensClause(String between) {
    for (int k = 0; k < between.length(); k++) {
      char c = between.charAt(k);
      if (c == ':' || c == '-' || c == '–' || c == '•' || c == '+' || c == ')') {
        return true;
      }
    }
    return false;
  }

  /**
   * A name fact, one per pair of adjacent syllables ("Tết Bính Ngọ" gives "tet binh" and "binh
   * ngo"): a rewrite that cuts or extends a name still shares its pairs. Its key hash is the hash
   * of the same pair among the words ({@link NoticeAnalyzer#terms}), so a name written in lower
   * case on the other side is still found there.
   */
  private static Fact nameFact(
      boolean place,
      String key,
      int termHash,
      String display,
      Word first,
      Word last,
      boolean local) {
    return new Fact(
        place ? FactType.PLACE : FactType.NAME,
        key,
        display,
        first.start(),
        last.end(),
        local,
        termHash);
  }
}
