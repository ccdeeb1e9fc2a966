package vn.gov.hanoi.comms.vneid.content;

import vn.gov.hanoi.comms.screening.Finding;
import vn.gov.hanoi.comms.screening.PreCheckRow;

/**
 * One result of an automatic pre-check, shown to the reviewer in the Tasklist form and listed by
 * the API.
 *
 * @param messageVi what was found, in Vietnamese
 * @param finding the passage it is about, for the screening checks (personal data, links, dates);
 *     else null
 */
public record PreCheckResult(
    PreCheckName check, Severity severity, String messageVi, Finding finding) {

  public static PreCheckResult ok(PreCheckName check, String messageVi) {
    return new PreCheckResult(check, Severity.OK, messageVi, null);
  }

  public static PreCheckResult warning(PreCheckName check, String messageVi) {
    return new PreCheckResult(check, Severity.WARNING, messageVi, null);
  }

  public static PreCheckResult blocking(PreCheckName check, String messageVi) {
    return new PreCheckResult(check, Severity.BLOCKING, messageVi, null);
  }

  /**
   * The rule that produced it (docs/rules.md), e.g. "V-CHECK-2" (or the check's name where there is
   * none).
   */
  public String code() {
    return check.rule();
  }

  /** As stored in the product's tables. */
  public PreCheckRow row() {
    if (finding != null) {
      return PreCheckRow.of(finding);
    }
    return new PreCheckRow(
        check.name(), null, severity.name(), messageVi, null, null, null, null, null, null);
  }
}
