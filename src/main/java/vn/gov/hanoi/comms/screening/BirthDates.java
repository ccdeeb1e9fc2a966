package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;

/** Dates and years of birth of named persons. */
final class BirthDates {
  private final int currentYear;

  /**
   * @param currentYear the year of the publication window: later birth years are no date of birth
   */
  BirthDates(int currentYear) {
    this.currentYear = currentYear;
  }

  static final Rx DOB =
      Rx.compile(
          "(?<![\\p{L}])(?<!hy |học )(ngày,? tháng,? năm sinh|ngày tháng năm sinh"
              + "|sinh ngày|sinh năm|ngày sinh|năm sinh|sinh|sn|ns|s\\.)\\s*[:.]?\\s*");
  static final Rx DATE_OR_YEAR =
      Rx.compile(
          "(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*"
              + "|\\d{1,2}\\s+tháng\\s+\\d{1,2},?\\s+năm\\s+)?((?:19|20)\\d{2})(?![\\d/])");
  static final Rx YEAR_AFTER_NAME =
      Rx.compile("\\s*[(,–-]\\s*((?:\\d{1,2}/\\d{1,2}/)?(?:19|20)\\d{2})\\s*(?=[),;|–\\-\\n]|$)");

  /** Right before "sinh năm": a group of people born then, not one person's birth. */
  static final Words COHORT =
      Words.of("trẻ", "trẻ em", "các em", "các cháu", "thanh niên", "công dân nam", "những người");

  static final Words BIRTH_HEADINGS =
      Words.of("năm sinh", "ngày sinh", "ns", "sinh năm", "ngày tháng năm sinh");

  void datesOfBirth(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    Matcher k = DOB.matcher(lower);
    while (k.find()) {
      String keyword = k.group(1);
      Matcher date = DATE_OR_YEAR.matcher(lower).region(k.end(), lower.length());
      if (!date.lookingAt()
          || COHORT.endingAt(lower, k.start()) != null // "các gia đình có trẻ sinh năm 2026"
          || ("sinh".equals(keyword) || "s.".equals(keyword))
              && !openedBefore(lower, k.start())
              && !rightAfterName(r, k.start())) {
        continue;
      }
      Mention person = r.nearestPersonBefore(k.start(), 120);
      if (person == null) {
        person = r.personAbove(k.start());
      }
      addBirth(r, claimed, out, person, date.start(), date.end(), Integer.parseInt(date.group(1)));
    }
    for (Mention p : r.mentions()) {
      if (!p.person()) {
        continue;
      }
      Matcher y = YEAR_AFTER_NAME.matcher(r.text()).region(p.end(), r.text().length());
      if (y.lookingAt()) {
        // "Cấn Thị A (05/04/1997)": a full date in the brackets too; the year is its end
        int year = Integer.parseInt(y.group(1).substring(y.group(1).length() - 4));
        addBirth(r, claimed, out, p, y.start(1), y.end(1), year);
      }
    }
    Matcher any = DATE_OR_YEAR.matcher(lower);
    while (any.find()) {
      String heading = r.screened().headingAt(any.start());
      if (heading != null
          && BIRTH_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        addBirth(
            r,
            claimed,
            out,
            r.nearestBefore(any.start(), 300),
            any.start(),
            any.end(),
            Integer.parseInt(any.group(1)));
      }
    }
  }

  void addBirth(
      Reading r, BitSet claimed, List<Finding> out, Mention person, int start, int end, int year) {
    if (person == null
        || !person.person()
        || year < 1900
        || year > currentYear
        || isClaimed(claimed, start, end)) {
      return;
    }
    String passage = r.text().substring(start, end);
    out.add(
        finding(
            r,
            FindingKind.DATE_OF_BIRTH,
            true,
            start,
            end,
            "ngày/năm sinh \"" + passage + "\" của " + person.name(),
            Masks.birth(passage)));
    claimed.set(start, end);
  }

  /** "Trần Gia Huy sinh 2016": a name, then the birth. */
  static boolean rightAfterName(Reading r, int at) {
    Mention m = r.nearestBefore(at, 3);
    return m != null && m.person();
  }

  /**
   * "(sinh 1990)", ", sinh 1990": "sinh" alone is a birth only right after a bracket, comma or
   * dash.
   */
  static boolean openedBefore(String lower, int at) {
    int i = at;
    while (i > 0 && lower.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && "(,–-".indexOf(lower.charAt(i - 1)) >= 0;
  }
}
