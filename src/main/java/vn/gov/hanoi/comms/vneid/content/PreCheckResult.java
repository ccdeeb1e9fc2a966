package vn.gov.hanoi.comms.vneid.content;

/**
 * One finding of an automatic pre-check, shown to the reviewer in the Tasklist form.
 *
 * @param code      the rule that produced it (docs/rules.md), e.g. "V-CHECK-2"
 * @param messageVi what was found, in Vietnamese
 */
public record PreCheckResult(String code, Severity severity, String messageVi) {

    public static PreCheckResult ok(String code, String messageVi) {
        return new PreCheckResult(code, Severity.OK, messageVi);
    }

    public static PreCheckResult warning(String code, String messageVi) {
        return new PreCheckResult(code, Severity.WARNING, messageVi);
    }

    public static PreCheckResult blocking(String code, String messageVi) {
        return new PreCheckResult(code, Severity.BLOCKING, messageVi);
    }
}
