package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * V-CHECK-2: finds state-secret classification markings ("Mật", "Tối mật", "Tuyệt mật") in a text,
 * in any case, with or without diacritics, NFC or NFD.
 *
 * <p>The hard part is the single syllable "mật": it is part of many ordinary words ("mật khẩu"
 * password, "mật ong" honey, "mật độ" density, "thân mật", "bảo mật"), and the seed itself asks
 * units to respect "bảo vệ bí mật nhà nước" (protect state secrets), which is not a marking. The
 * decision, documented here and in the tests:
 *
 * <ul>
 *   <li>"tuyệt mật" and "tối mật" (or "tuyet mat", "toi mat") are flagged anywhere;
 *   <li>"mật" forming a known compound with its neighbour is never flagged ("bí mật", "mật khẩu",
 *       "Độ mật: ..." the label itself);
 *   <li>otherwise "mật" is flagged only where it reads as a stamp: at the start of a line or text,
 *       enclosed in brackets or quotes, written in capitals ("MẬT"), or next to a colon ("Độ mật:
 *       Mật").
 * </ul>
 *
 * A plain sentence ending "...ngọt như mật." is not flagged. Only the syllable "mật" itself (or
 * "mat" written without any diacritic) counts: "mặt", "mất", "mắt" are other words. A false alarm
 * costs the reviewer one explicit override; a miss could publish a secret, so ambiguous unaccented
 * text ("toi mat") errs on the side of flagging.
 */
public class ClassificationMarkingDetector {

  public static final String SECRET = "Mật";
  public static final String TOP_SECRET = "Tối mật";
  public static final String ABSOLUTE_SECRET = "Tuyệt mật";

  /** Words that follow "mật" in ordinary compounds (folded: no diacritics, đ → d). */
  private static final Set<String> ORDINARY_NEXT =
      Set.of(
          "ong",
          "khau",
          "do",
          "thiet",
          "ma",
          "bao",
          "tham",
          "vu",
          "dam",
          "uoc",
          "lenh",
          "danh",
          "thu",
          "phuc",
          "mia",
          "gau",
          "ngot",
          "nghi",
          "phai",
          // Only reachable as unaccented "mat", i.e. "mặt ...": mặt trời, mặt trận, mặt khác...
          "troi",
          "tran",
          "tien",
          "hang",
          "bang",
          "na",
          "dat",
          "nuoc",
          "khac",
          "trai");

  /** Words that precede "mật" in ordinary compounds (folded). */
  private static final Set<String> ORDINARY_PREVIOUS =
      Set.of(
          "bi", "bao", "than", "co", "tui", "soi", "duong", "nghiem", "chu", "tinh", "nhu", "ong",
          "do");

  private static final String OPENERS = "([{\"'“‘«<";
  private static final String CLOSERS = ")]}\"'”’»>";

  /** The markings found, each once, most severe first. */
  public List<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    String nfc = VietnameseText.nfc(text);
    List<Syllable> syllables = syllables(nfc);
    Set<String> found = new LinkedHashSet<>();
    for (int i = 0; i < syllables.size(); i++) {
      Syllable s = syllables.get(i);
      if (!s.is("mật", "mat")) {
        continue;
      }
      Syllable previous =
          i > 0 && onlySpaceBetween(nfc, syllables.get(i - 1), s) ? syllables.get(i - 1) : null;
      Syllable next =
          i + 1 < syllables.size() && onlySpaceBetween(nfc, s, syllables.get(i + 1))
              ? syllables.get(i + 1)
              : null;
      if (previous != null && previous.is("tuyệt", "tuyet")) {
        found.add(ABSOLUTE_SECRET);
      } else if (previous != null && previous.is("tối", "toi")) {
        found.add(TOP_SECRET);
      } else if ((next == null || !ORDINARY_NEXT.contains(next.folded))
          && (previous == null || !ORDINARY_PREVIOUS.contains(previous.folded))
          && readsAsStamp(nfc, s)) {
        found.add(SECRET);
      }
    }
    List<String> ordered = new ArrayList<>();
    for (String marking : List.of(ABSOLUTE_SECRET, TOP_SECRET, SECRET)) {
      if (found.contains(marking)) {
        ordered.add(marking);
      }
    }
    return ordered;
  }

  private static boolean readsAsStamp(String text, Syllable s) {
    char before = previousNonSpace(text, s.start);
    char after = nextNonSpace(text, s.end);
    boolean capitals = s.original.equals(s.original.toUpperCase(Locale.ROOT));
    boolean enclosed = OPENERS.indexOf(before) >= 0 && CLOSERS.indexOf(after) >= 0;
    boolean nextToColon = before == ':' || after == ':';
    return capitals || enclosed || nextToColon || startsLine(text, s.start);
  }

  /** Nothing but spaces, bullets and punctuation between the line's start and this position. */
  private static boolean startsLine(String text, int position) {
    for (int i = position - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (VietnameseText.isWordChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static char previousNonSpace(String text, int position) {
    for (int i = position - 1; i >= 0; i--) {
      if (!VietnameseText.isSpace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return '\0';
  }

  private static char nextNonSpace(String text, int position) {
    for (int i = position; i < text.length(); i++) {
      if (!VietnameseText.isSpace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return '\0';
  }

  /**
   * Adjacent words: only spaces, or the "-" and "_" that join words in file names
   * ("TUYET-MAT.docx").
   */
  private static boolean onlySpaceBetween(String text, Syllable left, Syllable right) {
    for (int i = left.end; i < right.start; i++) {
      char c = text.charAt(i);
      if (!VietnameseText.isSpace(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static List<Syllable> syllables(String text) {
    List<Syllable> result = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (!VietnameseText.isWordChar(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && VietnameseText.isWordChar(text.charAt(i))) {
        i++;
      }
      result.add(new Syllable(text.substring(start, i), start, i));
    }
    return result;
  }

  /** One space-separated word (a Vietnamese syllable) and where it stands. */
  private static final class Syllable {
    final String original;
    final String lower;
    final String folded;
    final int start;
    final int end;

    Syllable(String original, int start, int end) {
      this.original = original;
      this.lower = original.toLowerCase(Locale.ROOT);
      this.folded = VietnameseText.fold(original);
      this.start = start;
      this.end = end;
    }

    /** This exact syllable with its diacritics, or written with none at all. */
    boolean is(String withDiacritics, String without) {
      return lower.equals(withDiacritics) || lower.equals(without);
    }
  }
}
