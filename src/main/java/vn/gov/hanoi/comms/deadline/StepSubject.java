package vn.gov.hanoi.comms.deadline;

/**
 * The request or notice a step works on, as the product recorded it, in the words an official reads
 * on a task card and in a reminder: which unit, which article or notice, which round, who holds the
 * step.
 *
 * @param flow VNEID or IHANOI
 * @param subjectId the request's or notice's id
 * @param round the submission round (VNeID); 0 to count the times the step opened for this subject
 *     (iHanoi)
 * @param title the article's or notice's title
 * @param unitCode the requesting unit or the issuing body
 * @param holderGroup the group that holds the step (VneidRoles, IhanoiRoles.requiredGroup)
 * @param stepName the step's Vietnamese name
 * @param link the product page or API address where the holder reads the whole subject
 * @param notice the latest written notice the unit received about it, shown on the card, or null
 * @param followerGroup a group that follows the step without working it (the requesting unit sees
 *     where its request stands: read-only, in its "Đề nghị của đơn vị" list), or null
 */
public record StepSubject(
    String flow,
    long subjectId,
    int round,
    String title,
    String unitCode,
    String unitName,
    String holderGroup,
    String stepName,
    String link,
    String notice,
    String followerGroup) {}
