package vn.gov.hanoi.comms.vneid.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication request as the unit submits it (V-REQ-1..7), before any check. Every component may
 * be null: {@link ArticleDraftValidator} says which are missing. The featured image and attachments
 * travel separately (they are bytes, not JSON).
 *
 * @param unitCode the requesting unit (organisation code); resolved by the caller
 * @param bodyHtml rich text as typed in the editor; sanitised before storage
 * @param targetAreaCodes GSO codes of the target areas (none for {@link Scope#NATIONAL})
 * @param ageMin youngest reader targeted; null means 0
 * @param ageMax oldest reader targeted; null means 120
 * @param letterNumber number of the request letter, e.g. "125/UBND-VP"
 * @param letterDate date of the request letter
 */
public record ArticleDraft(
    String unitCode,
    String title,
    String summary,
    String bodyHtml,
    Category category,
    Scope scope,
    List<String> targetAreaCodes,
    Integer ageMin,
    Integer ageMax,
    Gender gender,
    Instant publishFrom,
    Instant publishUntil,
    String justification,
    String reviewerNotes,
    String letterNumber,
    LocalDate letterDate) {

  /** The youngest age targeted, defaulting to {@link ArticleDraftValidator#MIN_AGE}. */
  public int effectiveAgeMin() {
    return ageMin == null ? ArticleDraftValidator.MIN_AGE : ageMin;
  }

  /** The oldest age targeted, defaulting to {@link ArticleDraftValidator#MAX_AGE}. */
  public int effectiveAgeMax() {
    return ageMax == null ? ArticleDraftValidator.MAX_AGE : ageMax;
  }
}
