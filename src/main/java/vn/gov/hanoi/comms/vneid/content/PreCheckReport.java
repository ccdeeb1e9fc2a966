package vn.gov.hanoi.comms.vneid.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The automatic pre-checks of one request (V-CHECK), for the reviewer.
 *
 * @param results every result, in check order
 * @param classifiedMarkings markings found by V-CHECK-2 ("Tuyệt mật", "Tối mật", "Mật")
 */
public record PreCheckReport(List<PreCheckResult> results, List<String> classifiedMarkings) {

  /** Longest {@link #summaryVi()}: what fits a text area of the Tasklist form. */
  public static final int SUMMARY_MAX = 1_500;

  public PreCheckReport {
    results = List.copyOf(results);
    classifiedMarkings = List.copyOf(classifiedMarkings);
  }

  /** Whether appraisal needs an explicit override by the reviewer. */
  public boolean hasBlocking() {
    return count(Severity.BLOCKING) > 0;
  }

  /**
   * The personal data that stops appraisal until the reviewer writes why it may pass all the same.
   */
  public long blockingPersonalData() {
    return results.stream()
        .filter(r -> r.check() == PreCheckName.PERSONAL_DATA && r.severity() == Severity.BLOCKING)
        .count();
  }

  public long count(Severity severity) {
    return results.stream().filter(r -> r.severity() == severity).count();
  }

  /**
   * A few lines in Vietnamese, blocking findings first, at most {@link #SUMMARY_MAX} characters;
   * what does not fit is counted at the end.
   */
  public String summaryVi() {
    String header =
        "Kiểm tra tự động: "
            + count(Severity.BLOCKING)
            + " chặn, "
            + count(Severity.WARNING)
            + " cảnh báo, "
            + count(Severity.OK)
            + " đạt.";
    List<PreCheckResult> ordered = new ArrayList<>(results);
    ordered.sort(Comparator.comparing(PreCheckResult::severity).reversed());
    StringBuilder summary = new StringBuilder(header);
    for (int i = 0; i < ordered.size(); i++) {
      PreCheckResult r = ordered.get(i);
      String line = "\n[" + r.severity().label() + "] " + r.check().label() + ": " + r.messageVi();
      String overflow = "\n… và " + (ordered.size() - i) + " mục khác.";
      int reserve =
          i + 1 < ordered.size()
              ? ("\n… và " + (ordered.size() - i - 1) + " mục khác.").length()
              : 0;
      if (summary.length() + line.length() + reserve > SUMMARY_MAX) {
        if (summary.length() + overflow.length() <= SUMMARY_MAX) {
          summary.append(overflow);
        }
        break;
      }
      summary.append(line);
    }
    return summary.length() <= SUMMARY_MAX ? summary.toString() : summary.substring(0, SUMMARY_MAX);
  }
}
