package vn.gov.hanoi.comms.screening;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates of events in an article compared with its publication window: an event that is over before
 * the article appears, or that starts after it is taken down, is flagged for the reviewer. Dates
 * that are not events are left alone: a legal reference's date ("Nghị định 13/2023/NĐ-CP ngày
 * 17/4/2023"), the date a document was signed or takes effect, a letterhead date ("Hà Nội, ngày
 * ..."), dates of birth and issue. A range ("từ ngày 1/12 đến ngày 31/12/2026") is one event: over
 * when its end has passed. Dates more than a year before the window are history ("ngày
 * 19/12/1946"), not stale announcements.
 */
final class EventDateCheck {
  private static final Rx NUMERIC =
      Rx.compile(
          "(?<![\\d/.\\-])(\\d{1,2})\\s?([/.\\-])\\s?(\\d{1,2})(?:\\s?\\2\\s?(\\d{4}|\\d{2}))?(?![\\d/]|\\.\\d)");
  private static final Rx WORDED =
      Rx.compile(
          "ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})(?:\\s*(?:,\\s*)?(?:năm\\s+)?(\\d{4}))?");
  private static final Rx MONTH =
      Rx.compile("(?<!\\d\\s)tháng\\s+(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");

  /**
   * "chi trả lương hưu tháng 01/2027 và tháng 02/2027 cùng kỳ": two months joined, read as one
   * period only where that changes the verdict: it starts while the text is out (months that both
   * fall after it stay events of their own: "trong tháng 10/2027 và tháng 11/2027").
   */
  private static final Rx MONTHS_JOINED = Rx.compile("^\\s*(?:và|,)\\s*$");

  private static final Rx DAY_RANGE =
      Rx.compile("(?<![\\d/.\\-])(\\d{1,2})\\s?[-–]\\s?(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])");

  /** Before a year-less "15/12": words that make it a date rather than a fraction ("2/3 số hộ"). */
  private static final Rx DATE_CUE =
      Rx.compile(
          "(ngày|từ|đến|tới|hạn|trước|sau|thứ \\p{L}+|thứ \\d|chủ nhật|sáng|chiều|tối|trưa|đêm|hôm|lúc|giờ|\\dh|\\dh\\d\\d"
              + "|\\d:\\d\\d|,|\\(|-|–)\\s*$");

  /** "24/7" without a year or "ngày" before it: every hour of every day, not a date. */
  private static final Rx ROUND_THE_CLOCK = Rx.compile("24\\s?/\\s?7");

  /** "từ ngày", "kể từ": a date that starts something open-ended. */
  private static final Rx SINCE =
      Rx.compile(
          "(?:^|[^\\p{L}])(?:kể từ|bắt đầu từ|từ)\\s+(?:(?:đầu|cuối|giữa)\\s+)?(?:ngày\\s+)?$");

  /**
   * "đã rời khỏi nhà từ ngày 25/11/2026": a missing person's last-seen day, an event that is over,
   * not a start that goes on.
   */
  private static final Rx LEFT_HOME =
      Rx.compile(
          "(?:khỏi nhà|bỏ nhà|rời nhà|bỏ đi|mất tích|mất liên lạc|đi lạc|thất lạc)[^.;\\n]{0,25}$");

  private static final Rx RANGE_BETWEEN =
      Rx.compile("^\\s*,?\\s*(?:đến|tới|-|–|—|~)\\s*(?:hết\\s+)?(?:ngày\\s+)?$");

  private static final Rx UNTIL = Rx.compile("(?<![\\p{L}])đến\\s+(?:hết\\s+)?$");

  /** "từ 22h00 ngày 05/12/2026 đến 5h00 ngày 10/01/2027": the range's end given with its hour. */
  private static final Rx RANGE_TO_HOUR =
      Rx.compile(
          "^\\s*,?\\s*(?:đến|tới|-|–|—|~)\\s*(?:hết\\s+)?"
              + "\\d{1,2}\\s?(?:h|giờ|:)\\s?(?:\\d{2})?\\s*(?:phút\\s+)?"
              + "(?:(?:sáng|chiều|tối|trưa|đêm)\\s+)?(?:ngày\\s+)?$");

  private final LocalDate windowStart;
  private final LocalDate windowEnd;

  /**
   * @param windowEnd the last day of publication, or null when the notice has no end
   */
  EventDateCheck(LocalDate windowStart, LocalDate windowEnd) {
    this.windowStart = windowStart;
    this.windowEnd = windowEnd;
  }

  /** A date found: the span, the first and last day it covers, and whether its year was written. */
  private record Dated(
      int start, int end, LocalDate first, LocalDate last, boolean yearWritten, boolean period) {
    Dated(int start, int end, LocalDate first, LocalDate last, boolean yearWritten) {
      this(start, end, first, last, yearWritten, false);
    }
  }

  List<Finding> find(ScreenedText t, BitSet claimed) {
    List<Dated> dates = dates(t, claimed);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      Dated d = dates.get(i);
      String between =
          i + 1 < dates.size() ? t.lower().substring(d.end(), dates.get(i + 1).start()) : null;
      if (between != null
          && (RANGE_BETWEEN.matcher(between).matches()
              // a range given with hours is read as one only where that changes the verdict: it
              // starts while the text is out
              || RANGE_TO_HOUR.matcher(between).matches()
                  && windowEnd != null
                  && !d.first().isAfter(windowEnd)
              || d.period()
                  && dates.get(i + 1).period()
                  && MONTHS_JOINED.matcher(between).matches()
                  && windowEnd != null
                  && !d.first().isAfter(windowEnd))) {
        Dated to = dates.get(++i);
        LocalDate first =
            d.yearWritten() || !to.yearWritten()
                ? d.first()
                : withYear(
                    d.first(),
                    to.first().getYear()
                        - (d.first().getMonthValue() > to.first().getMonthValue() ? 1 : 0));
        // "từ tháng 12/2023 đến tháng 6/2026": a range that ends with a month is a period too
        d = new Dated(d.start(), to.end(), first, to.last(), true, to.period());
      } else if (d.period()
          && UNTIL.matcher(t.lower().substring(Math.max(0, d.start() - 12), d.start())).find()) {
        // "chiến dịch ... đến hết tháng 2/2027", "học đến hết tháng 3/2027": the end of something
        // already on, given as a month (a deadline given alone is a day: "đến hết ngày ...")
        continue;
      } else if (SINCE.matcher(t.lower().substring(Math.max(0, d.start() - 20), d.start())).find()
          && !LEFT_HOME
              .matcher(t.lower().substring(Math.max(0, d.start() - 40), d.start()))
              .find()) {
        // "áp dụng từ ngày 01/01/2027", "học kỳ II bắt đầu từ ngày 18/01/2027": a start that goes
        // on is neither over nor an event after the window (docs/prechecks.md).
        continue;
      }
      judge(t, d, out);
    }
    return out;
  }

  private void judge(ScreenedText t, Dated d, List<Finding> out) {
    String passage = t.text().substring(d.start(), d.end());
    if (d.last().isBefore(windowStart.minusYears(1))) {
      return; // history ("ngày 19/12/1946"), not an event the article announces
    }
    if (d.last().isBefore(windowStart) && !d.period()) {
      out.add(
          new Finding(
              FindingKind.DATE_PAST,
              false,
              t.field(),
              t.attachmentName(),
              d.start(),
              d.end(),
              passage,
              "\"" + passage + "\" đã qua khi tin bắt đầu được đăng (" + format(windowStart) + ")",
              null));
    } else if (windowEnd != null && d.first().isAfter(windowEnd)) {
      out.add(
          new Finding(
              FindingKind.DATE_AFTER_WINDOW,
              false,
              t.field(),
              t.attachmentName(),
              d.start(),
              d.end(),
              passage,
              "\"" + passage + "\" sau ngày tin hết thời gian đăng (" + format(windowEnd) + ")",
              null));
    }
  }

  private List<Dated> dates(ScreenedText t, BitSet claimed) {
    String lower = t.lower();
    List<Dated> found = new ArrayList<>();
    BitSet taken = (BitSet) claimed.clone();
    Matcher r = DAY_RANGE.matcher(lower);
    while (r.find()) {
      LocalDate first = date(r.group(1), r.group(3), r.group(4));
      LocalDate last = date(r.group(2), r.group(3), r.group(4));
      if (first != null
          && last != null
          && !PersonalDataDetector.isClaimed(taken, r.start(), r.end())
          && EventOrDocument.isEvent(t, r.start())) {
        found.add(new Dated(r.start(), r.end(), first, last, true));
      }
      taken.set(r.start(), r.end());
    }
    Matcher w = WORDED.matcher(lower);
    while (w.find()) {
      // The date starts at its day: "ngày" stays in front, where the checks of isEvent look for it.
      addDay(t, found, taken, w.start(1), w.end(), w.group(1), w.group(2), w.group(3));
    }
    Matcher n = NUMERIC.matcher(lower);
    while (n.find()) {
      boolean slash = "/".equals(n.group(2));
      if (n.group(4) == null
          && slash
          && ROUND_THE_CLOCK.matcher(n.group()).matches()
          && !lower
              .substring(Math.max(0, n.start() - 6), n.start())
              .matches(Fold.w("(?s).*ngày\\s*$"))) {
        continue; // "hotline 024 ... (24/7)": round the clock, not the 24th of July
      }
      if (n.group(4) == null
          && !(slash
              && DATE_CUE
                  .matcher(lower.substring(Math.max(0, n.start() - 12), n.start()))
                  .find())) {
        continue;
      }
      addDay(t, found, taken, n.start(), n.end(), n.group(1), n.group(3), n.group(4));
    }
    Matcher m = MONTH.matcher(lower);
    while (m.find()) {
      if (PersonalDataDetector.isClaimed(taken, m.start(), m.end())
          || !EventOrDocument.isEvent(t, m.start())) {
        continue;
      }
      try {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        // A month alone is a period ("kết quả tháng 11/2026", "trong tháng 11/2026 đã xử phạt"):
        // a report of a past month is no stale event; a month after the window still is.
        found.add(new Dated(m.start(), m.end(), ym.atDay(1), ym.atEndOfMonth(), true, true));
        taken.set(m.start(), m.end());
      } catch (DateTimeException e) {
        // not a month: left alone
      }
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  private void addDay(
      ScreenedText t,
      List<Dated> found,
      BitSet taken,
      int start,
      int end,
      String day,
      String month,
      String year) {
    if (PersonalDataDetector.isClaimed(taken, start, end)) {
      return;
    }
    LocalDate date = year == null ? yearless(day, month) : date(day, month, year);
    if (date != null && EventOrDocument.isEvent(t, start)) {
      found.add(new Dated(start, end, date, date, year != null));
    }
    taken.set(start, end);
  }

  private LocalDate yearless(String day, String month) {
    LocalDate d = date(day, month, String.valueOf(windowStart.getYear()));
    if (d == null) {
      return null;
    }
    if (d.isBefore(windowStart.minusDays(180))) {
      return withYear(d, d.getYear() + 1);
    }
    return d.isAfter(windowStart.plusDays(185)) ? withYear(d, d.getYear() - 1) : d;
  }

  private static LocalDate date(String day, String month, String year) {
    try {
      int y = Integer.parseInt(year);
      return LocalDate.of(y < 100 ? 2000 + y : y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static LocalDate withYear(LocalDate d, int year) {
    try {
      return d.withYear(year);
    } catch (DateTimeException e) {
      return d;
    }
  }

  private static String format(LocalDate d) {
    return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
  }
}
