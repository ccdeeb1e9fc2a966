package vn.gov.hanoi.comms.screening;

/**
 * One thing the screening found: the passage (characters {@code start}..{@code end} of its field's
 * {@link ScreenedText#text()}), what it is, and a masked suggestion ("0912***678") when masking
 * helps.
 *
 * @param blocking whether the reviewer may only let the article pass with a written reason
 * @param detail what exactly was found, in Vietnamese (e.g. the link's host)
 * @param suggestion the passage masked, or what to write instead; null when there is nothing to
 *     suggest
 */
public record Finding(
    FindingKind kind,
    boolean blocking,
    Field field,
    String attachmentName,
    int start,
    int end,
    String passage,
    String detail,
    String suggestion) {

  /** The message for the reviewer: what, where, why it matters. */
  public String messageVi() {
    String where =
        field == Field.ATTACHMENT ? field.label() + " \"" + attachmentName + "\"" : field.label();
    return kind.label() + " trong " + where + ": " + detail + ". " + kind.why();
  }
}
