package vn.gov.hanoi.comms.vneid;

import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/** A stored round seen again as the draft it was, for the pre-checks and for revisions. */
public final class DraftMapper {
  private DraftMapper() {}

  public static ArticleDraft toDraft(VneidRequestRecord request, RoundRecord r) {
    return new ArticleDraft(
        request.unitCode(),
        r.title(),
        r.summary(),
        r.bodyHtml(),
        Category.valueOf(r.category()),
        Scope.valueOf(r.scope()),
        r.targetAreaCodes(),
        r.ageMin(),
        r.ageMax(),
        Gender.valueOf(r.gender()),
        r.publishFrom(),
        r.publishUntil(),
        r.justification(),
        r.reviewerNotes(),
        r.letterNumber(),
        r.letterDate());
  }
}
