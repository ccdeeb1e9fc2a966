package vn.gov.hanoi.comms.vneid.api;

import java.time.Instant;
import java.util.List;
import vn.gov.hanoi.comms.screening.PreCheckRow;

/**
 * A request as the API shows it: status, who handles it, and every round with its decisions (P-3).
 */
public record VneidRequestView(
    long id,
    String status,
    String unitCode,
    String unitName,
    String scope,
    Party receivingPolice,
    List<Party> approvers,
    int currentRound,
    Instant createdAt,
    Instant updatedAt,
    List<Round> rounds) {

  public record Party(String group, String name) {}

  /**
   * One round. {@code preChecks} lists every pre-check result; a finding's {@code start}/{@code
   * end} count characters of its field: the title, the summary, an attachment's name, or {@code
   * bodyText} (the body as read).
   */
  public record Round(
      int round,
      String title,
      String summary,
      String category,
      String scope,
      List<String> targetAreaCodes,
      Instant publishFrom,
      Instant publishUntil,
      String submittedBy,
      Instant submittedAt,
      String revisionNote,
      String preCheckSummary,
      boolean classifiedMarking,
      String imageUrl,
      List<Decision> decisions,
      List<Notice> notices,
      List<PreCheckRow> preChecks,
      String bodyText) {}

  /**
   * {@code narrowing}: what the approver narrowed (window, audience) when approving, in words; null
   * if nothing.
   */
  public record Decision(
      String step,
      String outcome,
      String reasons,
      boolean classifiedOverride,
      String decidedBy,
      Instant decidedAt,
      String personalDataOverrideReason,
      String narrowing) {}

  /** A letter to the unit; the API calls it a notice (rounds[].notices), a published contract. */
  public record Notice(
      String kind, String number, Instant issuedAt, Instant emailedAt, String url, String pdfUrl) {}
}
