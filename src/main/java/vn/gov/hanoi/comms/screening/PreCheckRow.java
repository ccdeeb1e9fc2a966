package vn.gov.hanoi.comms.screening;

/**
 * One stored pre-check result, as the API shows it and the forms mark it: which check
 * (FEATURED_IMAGE, CLASSIFICATION_MARKING, CATEGORY, PROHIBITED_TERMS, PERSONAL_DATA, LINKS,
 * EVENT_DATES), the kind of finding (a {@link FindingKind}, e.g. PHONE), how serious, the message,
 * and the evidence: field (TITLE, SUMMARY, BODY, ATTACHMENT), passage, offsets in the field's text
 * ({@code start} inclusive, {@code end} exclusive), masked suggestion. The evidence is null for
 * results without a passage (an image too small, a check that passed).
 *
 * @param severity OK, WARNING or BLOCKING
 */
public record PreCheckRow(
    String check,
    String kind,
    String severity,
    String message,
    Field field,
    String attachmentName,
    String passage,
    Integer start,
    Integer end,
    String suggestion) {

  public static final String OK = "OK";
  public static final String WARNING = "WARNING";
  public static final String BLOCKING = "BLOCKING";

  /** A row for a screening finding. */
  public static PreCheckRow of(Finding f) {
    return new PreCheckRow(
        f.kind().check().name(),
        f.kind().name(),
        f.blocking() ? BLOCKING : WARNING,
        f.messageVi(),
        f.field(),
        f.attachmentName(),
        f.passage(),
        f.start(),
        f.end(),
        f.suggestion());
  }

  /** Whether it stops a decision until someone gives a written reason (blocking personal data). */
  public boolean blockingPersonalData() {
    return BLOCKING.equals(severity) && FindingKind.Check.PERSONAL_DATA.name().equals(check);
  }
}
