package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One submission round of a request: what the unit sent that time (V-REQ), and its pre-check
 * result.
 */
public record RoundRecord(
    long requestId,
    int roundNo,
    String title,
    String summary,
    String bodyHtml,
    String category,
    String scope,
    List<String> targetAreaCodes,
    int ageMin,
    int ageMax,
    String gender,
    Instant publishFrom,
    Instant publishUntil,
    String justification,
    String reviewerNotes,
    String letterNumber,
    LocalDate letterDate,
    long featuredImageId,
    String preCheckSummary,
    boolean classifiedMarking,
    String revisionNote,
    String submittedBy,
    Instant submittedAt) {}
