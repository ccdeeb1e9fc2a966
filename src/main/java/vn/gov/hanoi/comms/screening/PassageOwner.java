package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.BankAccounts.BANK_WORDS;
import static vn.gov.hanoi.comms.screening.BankAccounts.NOT_BANK;
import static vn.gov.hanoi.comms.screening.PhoneNumbers.PHONE_CUES;

import vn.gov.hanoi.comms.screening.Reading.Mention;

/**
 * Shared reading of a passage: the person of a table row, the words around a number, and the
 * finding itself.
 */
final class PassageOwner {
  static Mention personOfRow(Reading r, int at) {
    String s = r.text();
    int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int lineEnd = s.indexOf('\n', at);
    int end = lineEnd < 0 ? s.length() : lineEnd;
    return r.mentions().stream()
        .filter(m -> m.person() && m.start() >= lineStart && m.end() <= end)
        .findFirst()
        .orElse(null);
  }

  /**
   * A bank word soon after a number, not one of another account ("tài khoản định danh"), and in the
   * number's own table cell: "0985 667 301 | MB Bank 0901 ..." is a phone in one column and an
   * account in the next.
   */
  static boolean bankWordAfter(Reading r, int end) {
    String lower = r.lower();
    int until = Math.min(r.sentenceEnd(end), end + 25);
    ScreenedText.Cell cell = r.screened().cellAt(Math.max(0, end - 1));
    if (cell != null) {
      until = Math.min(until, cell.end());
    }
    return BANK_WORDS.findIn(lower, end, until).stream()
        .anyMatch(hit -> !NOT_BANK.startsAt(lower, hit.start()));
  }

  /**
   * A phone word right before a number, nothing but a few words between ("số điện thoại 09...").
   */
  static boolean phoneWordBefore(Reading r, int start) {
    String lower = r.lower();
    int from = Math.max(r.sentenceStart(start), start - 20);
    Words.Hit cue = PHONE_CUES.lastIn(lower, from, start);
    return cue != null && !BANK_WORDS.anyIn(lower, cue.end(), start);
  }

  static Finding finding(
      Reading r,
      FindingKind kind,
      boolean blocking,
      int start,
      int end,
      String detail,
      String suggestion) {
    ScreenedText t = r.screened();
    return new Finding(
        kind,
        blocking,
        t.field(),
        t.attachmentName(),
        start,
        end,
        t.text().substring(start, end),
        detail,
        suggestion);
  }

  static boolean headingHas(Reading r, int at, Words words) {
    String heading = r.screened().headingAt(at);
    return heading != null
        && words.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length());
  }

  static int skipLabel(String lower, int at) {
    int i = at;
    while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == ':')) {
      i++;
    }
    return i;
  }
}
