package vn.gov.hanoi.comms.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Working days of Vietnamese public administration (D-1): Monday to Friday, less the public
 * holidays and the days off given in exchange, plus the Saturdays worked instead. The days are data
 * (a CSV file, see {@code reference/holidays/README.md}), listed per year because Tết and Giỗ Tổ
 * follow the lunar calendar and the swaps are announced by the Government every year.
 */
public final class WorkingCalendar {
  /** What a listed day is. */
  public enum Kind {
    /** A public holiday (Labour Code 2019, art. 112). */
    HOLIDAY,
    /** A weekday off in exchange: a holiday made up, or a day swapped with a worked Saturday. */
    DAY_OFF,
    /** A Saturday or Sunday worked instead of a swapped weekday. */
    WORKDAY
  }

  /**
   * One listed day; {@code estimated} until the Government's announcement for the year is issued.
   */
  public record Day(LocalDate date, Kind kind, String name, boolean estimated) {}

  static final String HEADER = "date,kind,name,status";

  private final TreeMap<LocalDate, Day> days;

  private WorkingCalendar(Map<LocalDate, Day> days) {
    this.days = new TreeMap<>(days);
  }

  /** Reads the CSV; a file with any fault is refused whole, naming each faulty line. */
  public static WorkingCalendar parse(Reader csv) {
    Map<LocalDate, Day> days = new TreeMap<>();
    List<String> errors = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(csv)) {
      String header = in.readLine();
      if (header == null || !HEADER.equals(header.strip().replace("\uFEFF", ""))) {
        throw new IllegalArgumentException("Lịch ngày nghỉ: dòng 1 phải là '" + HEADER + "'");
      }
      String line;
      int no = 1;
      while ((line = in.readLine()) != null) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        if (f.length != 4) {
          errors.add("dòng " + no + ": cần 4 cột (" + HEADER + ")");
          continue;
        }
        try {
          LocalDate date = LocalDate.parse(f[0].strip());
          Kind kind = Kind.valueOf(f[1].strip());
          boolean weekend = isWeekend(date);
          if (kind == Kind.WORKDAY && !weekend) {
            errors.add(
                "dòng "
                    + no
                    + ": "
                    + date
                    + " không phải thứ Bảy hoặc Chủ nhật, không thể là ngày làm bù");
          } else if (kind == Kind.DAY_OFF && weekend) {
            errors.add(
                "dòng " + no + ": " + date + " là ngày nghỉ cuối tuần, không thể là ngày nghỉ bù");
          } else if (days.put(
                  date, new Day(date, kind, f[2].strip(), "ESTIMATED".equals(f[3].strip())))
              != null) {
            errors.add("dòng " + no + ": ngày " + date + " đã có ở dòng trước");
          } else if (!List.of("OFFICIAL", "ESTIMATED").contains(f[3].strip())) {
            errors.add("dòng " + no + ": trạng thái phải là OFFICIAL hoặc ESTIMATED");
          }
        } catch (DateTimeParseException e) {
          errors.add("dòng " + no + ": ngày '" + f[0] + "' không theo dạng yyyy-MM-dd");
        } catch (IllegalArgumentException e) {
          errors.add("dòng " + no + ": loại '" + f[1] + "' phải là HOLIDAY, DAY_OFF hoặc WORKDAY");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(
          "Lịch ngày nghỉ không hợp lệ: " + String.join("; ", errors));
    }
    return new WorkingCalendar(days);
  }

  public boolean isWorkingDay(LocalDate date) {
    Day d = days.get(date);
    if (d != null) {
      return d.kind() == Kind.WORKDAY;
    }
    return !isWeekend(date);
  }

  /**
   * The {@code n}-th working day after {@code date} (n ≥ 1): the day a step started does not count.
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1");
    }
    LocalDate d = date;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The working day {@code n} working days before {@code date} (n = 0: the date itself). */
  public LocalDate minusWorkingDays(LocalDate date, int n) {
    LocalDate d = date;
    for (int left = n; left > 0; ) {
      d = d.minusDays(1);
      if (isWorkingDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The listed day, if any (to name a holiday in a text). */
  public Optional<Day> day(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** The last year the file lists; later years are counted on weekdays only. */
  public int lastYear() {
    return days.isEmpty() ? 0 : days.lastKey().getYear();
  }

  public int firstYear() {
    return days.isEmpty() ? 0 : days.firstKey().getYear();
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
