package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.AddressWords.ADDRESS_CONTINUES;
import static vn.gov.hanoi.comms.screening.AddressWords.ADDRESS_START;
import static vn.gov.hanoi.comms.screening.AddressWords.ADDRESS_STOPS;
import static vn.gov.hanoi.comms.screening.AddressWords.NOT_HOUSE_NUMBER;
import static vn.gov.hanoi.comms.screening.AddressWords.NOT_PLACES;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an address starts and ends in the text, and which chunks after a name hold one
 * (HomeAddresses decides whose home it is).
 */
final class AddressSpans {
  private AddressSpans() {}

  private static final Rx NAMED_ADMIN_UNIT =
      Rx.compile(
          "(?:phường|xã|thị trấn)\\s+\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*)*\\s*(?:[.,;:)\\n|]|$)");

  /**
   * "xã Hòa Xá", "phường Trung Hòa" and nothing more in the chunk (not "xã Hòa Xá tổ chức ...").
   */
  static boolean namedAdminUnit(String s, int at) {
    return NAMED_ADMIN_UNIT.matcher(s).region(at, s.length()).lookingAt();
  }

  /**
   * "cụ Âu Văn Bính (sinh năm 1927, phố Khâm Thiên)": inside a bracket opened right after the name,
   * a street is where the person lives (in running text "phố X" is often where something happened,
   * so it is not an address start there).
   */
  static final Rx STREET = Rx.compile("(?:phố|đường)\\s+\\p{Lu}");

  static boolean inBracketAfter(String lower, int nameEnd, int at) {
    int open = lower.indexOf('(', nameEnd);
    return open >= 0
        && lower.substring(nameEnd, open).isBlank()
        && open < at
        && lower.indexOf(')', open) >= at
        && lower.substring(open, at).indexOf('\n') < 0;
  }

  /** The next ",", "(" or dash after {@code from}, before {@code end}; -1 when none. */
  static int nextChunk(String lower, int from, int end) {
    for (int j = from; j < end; j++) {
      char c = lower.charAt(j);
      if (c == ',' || c == '(' || c == '–' || c == '-' && j > 0 && lower.charAt(j - 1) == ' ') {
        return j;
      }
      if (c == ')') {
        // "Ông A (1940), số 22 ngõ 12": the bracket closes, the next chunk may follow
        int k = j + 1;
        while (k < end && lower.charAt(k) == ' ') {
          k++;
        }
        return k < end && lower.charAt(k) == ',' ? k : -1;
      }
      if (c == ';') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * An address begins here: "số 12", "ngõ 5", "tổ 3", "thôn Đông"; not "tổ trưởng", "Phòng Tư
   * pháp".
   */
  static boolean addressStarts(Reading r, int at) {
    String lower = r.lower();
    if (lower.startsWith("p", at) && lower.substring(at).matches("(?s)^p\\.?\\s?\\d{2,4}\\b.*")) {
      return true; // "P305 nhà B2": an apartment
    }
    if (!ADDRESS_START.startsAt(lower, at)
        || lower.startsWith("khu vực", at)
        || NOT_PLACES.startsAt(lower, at)
        || TitleWords.TITLES.startsAt(lower, at)
        || OrganisationWords.CAPITALISED_ORGANISATIONS.startsAt(r.text(), at)
        || OrganisationWords.ORGANISATIONS.startsAt(lower, at)) {
      return false;
    }
    int end = Math.min(lower.length(), at + 25);
    String head = r.text().substring(at, end);
    if (lower.startsWith(Fold.w("số"), at)
        && !lower.substring(at).matches(Fold.w("(?s)^số\\s*(nhà\\s*)?\\d.*"))) {
      return false; // "số điện thoại", "số tài khoản"
    }
    return head.matches(Fold.w("(?s)^\\S+(\\s+\\S+){0,3}?\\s*(số\\s*)?\\d.*"))
        || head.matches("(?s)^\\p{L}+(\\s+\\p{Ll}+){0,2}\\s+\\p{Lu}.*");
  }

  /**
   * Where an address ends: a line, a bracket, a full stop, or a comma not followed by more of the
   * address.
   */
  static int addressEnd(Reading r, int from) {
    String s = r.text();
    String lower = r.lower();
    int limit = Math.min(Math.min(s.length(), from + 150), r.sentenceEnd(from));
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '\n'
          || c == ';'
          || c == '|'
          || c == '('
          || c == ')'
          || c == '–'
          || c == '-' && i > 0 && s.charAt(i - 1) == ' '
          // "thôn Phúc Hậu: số tài khoản ...": a label after the address starts another field (not
          // the rest of a label before it: "nơi cư trú cuối cùng: số 6 ...")
          || c == ':'
              && (i + 1 >= s.length() || s.charAt(i + 1) == ' ')
              && s.substring(from, i).matches("(?s).*[\\d\\p{Lu}].*")
          || c == '.'
              && i + 1 < s.length()
              && s.charAt(i + 1) == ' '
              && !Character.isLetter(i > 0 ? s.charAt(i - 1) : ' ')) {
        return trimmed(s, from, i);
      }
      if (c == ',') {
        int next = i + 1;
        if (!ADDRESS_CONTINUES.startsAt(lower, next) && !placeNameOnly(s, next)
            || ADDRESS_STOPS.startsAt(lower, next)
            || NOT_HOUSE_NUMBER.matcher(lower).region(next, lower.length()).lookingAt()) {
          return trimmed(s, from, i);
        }
      }
      if (c == ' '
          && i > from
          && ADDRESS_STOPS.startsAt(lower, i + 1)
          && !ADDRESS_CONTINUES.startsAt(lower, i + 1)
          && (lower.substring(from, i).matches("(?s).*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*")
              || placeNameEnds(s, i))) {
        return trimmed(s, from, i);
      }
    }
    return trimmed(s, from, limit);
  }

  /**
   * "phường Khương Đình bị chiếm đoạt ...": a lowercase word after a capitalised one ends the
   * place's name (a stop word written capitalised, "thôn Yên Là", is still part of it).
   */
  static boolean placeNameEnds(String s, int space) {
    int word = space;
    while (word > 0 && Reading.isWordChar(s.charAt(word - 1))) {
      word--;
    }
    return word < space
        && Character.isUpperCase(s.charAt(word))
        && space + 1 < s.length()
        && Character.isLowerCase(s.charAt(space + 1));
  }

  static int trimmed(String s, int from, int end) {
    int e = end;
    while (e > from && ".,:; ".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /**
   * ", Hà Nội." ", Ba Đình": a comma chunk made only of capitalised words (a place) up to the end.
   */
  static boolean placeNameOnly(String s, int at) {
    Matcher m =
        Pattern.compile("\\s*(\\p{Lu}[\\p{Ll}\\p{M}]*\\s*){1,3}(?=[.,;)\\n|]|$)")
            .matcher(s)
            .region(at, s.length());
    return m.lookingAt();
  }
}
