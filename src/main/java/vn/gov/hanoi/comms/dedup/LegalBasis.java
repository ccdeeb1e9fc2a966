package vn.gov.hanoi.comms.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gov.hanoi.comms.dedup.NoticeAnalyzer.Word;

/** The legal basis of a notice ("Căn cứ ..."): why it is issued, not what it announces. */
final class LegalBasis {

  private LegalBasis() {}

  /** What the issuer says after the legal basis ("..., UBND phường thông báo: ..."). */
  private static final Set<String> ISSUER_VERBS =
      Set.of("thong bao", "de nghi", "yeu cau", "huong dan", "trien khai", "quyet dinh");

  /**
   * Marks local the facts of a legal basis: a sentence that opens with "Căn cứ", up to a colon or
   * to what the issuer then says after a comma ("Căn cứ Nghị định số 12/2025/NĐ-CP ngày 3/3/2025,
   * Sở Y tế thông báo: ..."). The documents and dates it cites are why the notice is issued, not
   * what it announces: a ward's rewrite drops them, and two different notices under one law share
   * them (I-DEDUP-3). Like contact facts, they count as shared when the later notice states them
   * (see {@link RewriteScorer}) and are never new there.
   */
  static void markPreamble(String folded, List<Word> words, List<Fact> facts) {
    List<int[]> spans = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int sentence = words.get(i).sentence();
      int end = i;
      while (end < words.size() && words.get(end).sentence() == sentence) {
        end++;
      }
      if (legalBasis(words, i, end)) {
        int stop = words.get(end - 1).end();
        boolean comma = false;
        for (int k = i + 1; k < end; k++) {
          String between = folded.substring(words.get(k - 1).end(), words.get(k).start());
          if (between.indexOf(':') >= 0) {
            stop = words.get(k - 1).end();
            break;
          }
          comma |= between.indexOf(',') >= 0;
          if (comma
              && k + 1 < end
              && ISSUER_VERBS.contains(words.get(k).text() + " " + words.get(k + 1).text())) {
            stop = words.get(k - 1).end();
            break;
          }
        }
        spans.add(new int[] {words.get(i).start(), stop});
      }
      i = end;
    }
    if (spans.isEmpty()) {
      return;
    }
    for (int f = 0; f < facts.size(); f++) {
      Fact fact = facts.get(f);
      for (int[] span : spans) {
        if (!fact.local() && fact.start() >= span[0] && fact.end() <= span[1]) {
          facts.set(
              f,
              new Fact(
                  fact.type(),
                  fact.key(),
                  fact.display(),
                  fact.start(),
                  fact.end(),
                  true,
                  fact.termHash()));
        }
      }
    }
  }

  /** A sentence that opens with "Căn cứ": the legal basis of the notice. */
  private static boolean legalBasis(List<Word> words, int from, int end) {
    return end - from >= 3
        && words.get(from).text().equals("can")
        && words.get(from + 1).text().equals("cu");
  }
}
