package vn.gov.hanoi.comms.ihanoi;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.dedup.DuplicateExplanation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.screening.PreCheckDisplay;

/**
 * What the Camunda Forms show: the notice and, when it was stopped, the earlier notice beside it
 * (I-DEDUP-4), as one Json value (common.FormDisplay); bodies are cut to an excerpt. Typed texts
 * are escaped ({@link FormText}): the form's text components render Markdown and HTML. The task
 * listener {@code process.IhanoiTaskDisplay} shows it; VNeID's counterpart is {@code
 * vneid.VneidFormData}.
 */
@Service
public class IhanoiFormData {
  /**
   * The fields of the display value {@link #forTask} makes (common.FormDisplay): what the forms may
   * read as {@code display.<field>}.
   */
  public static final Set<String> FIELDS =
      Set.of(
          "noticeTitle",
          "noticeBodyText",
          "noticeBodyHtml",
          "issuerName",
          "levelText",
          "topicText",
          "urgencyText",
          "validUntilText",
          "duplicateStopped",
          "duplicateNoticeId",
          "duplicateTitle",
          "duplicateBodyText",
          "duplicateLevel",
          "duplicateIssuer",
          "duplicateDate",
          "duplicateSimilarity",
          "historyText",
          "latestNoteText",
          "hasLatestNote",
          "duplicateExplanation",
          "duplicateBodyMarked",
          "noticeBodyMarked",
          PreCheckDisplay.TEXT,
          PreCheckDisplay.BLOCKING);

  static final int EXCERPT = 3_000;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ProductClock.HANOI);

  private final IhanoiNoticeRepository repository;
  private final IhanoiFindingRepository findings;
  private final OrganisationService organisations;
  private final NoticeContentChecks contentChecks;
  private final NoticeConversation conversation;
  private final AreaService areas;
  private final DuplicateService duplicates;

  public IhanoiFormData(
      IhanoiNoticeRepository repository,
      IhanoiFindingRepository findings,
      OrganisationService organisations,
      NoticeContentChecks contentChecks,
      NoticeConversation conversation,
      AreaService areas,
      DuplicateService duplicates) {
    this.duplicates = duplicates;
    this.contentChecks = contentChecks;
    this.conversation = conversation;
    this.areas = areas;
    this.repository = repository;
    this.findings = findings;
    this.organisations = organisations;
  }

  public Map<String, Object> forTask(long noticeId) {
    NoticeRecord n = repository.find(noticeId).orElseThrow();
    Map<String, Object> v = new HashMap<>();
    v.put("noticeTitle", FormText.escape(n.title()));
    v.put(
        "noticeBodyText",
        FormText.escape(NoticeText.excerpt(n.bodyText(), EXCERPT), EXCERPT, " …"));
    v.put("noticeBodyHtml", NoticeText.asDelivered(n.bodyHtml()));
    String issuerName =
        organisations.find(n.organisationCode()).map(o -> o.name()).orElse(n.organisationCode());
    v.put("issuerName", issuerName);
    v.put(
        "levelText",
        n.level().label()
            + " – "
            + areas.currentTree().find(n.areaCode()).map(a -> a.name()).orElse(n.areaCode()));
    v.put("topicText", n.topic().label());
    v.put("urgencyText", n.urgency().label());
    v.put(
        "validUntilText", n.validUntil() == null ? "Không thời hạn" : DATE.format(n.validUntil()));
    v.putAll(contentChecks.display(n));
    // What was said so far, for the next person (I-TALK-1).
    v.put("historyText", conversation.markdown(n));
    String latest = conversation.latestNote(n);
    v.put("latestNoteText", latest);
    v.put("hasLatestNote", !latest.isEmpty());
    Optional<DuplicateFinding> finding =
        n.status() == NoticeStatus.STOPPED_DUPLICATE
            ? findings.latestFinding(noticeId)
            : Optional.empty();
    v.put("duplicateStopped", finding.isPresent());
    finding.ifPresent(
        f -> {
          NoticeRecord earlier = repository.find(f.earlierId()).orElseThrow();
          v.put("duplicateNoticeId", f.earlierId());
          v.put("duplicateTitle", FormText.escape(earlier.title()));
          v.put(
              "duplicateBodyText",
              FormText.escape(NoticeText.excerpt(earlier.bodyText(), EXCERPT), EXCERPT, " …"));
          v.put("duplicateLevel", earlier.level().label());
          v.put(
              "duplicateIssuer",
              organisations
                  .find(earlier.organisationCode())
                  .map(o -> o.name())
                  .orElse(earlier.organisationCode()));
          v.put(
              "duplicateDate",
              f.earlierSentAt() == null
                  ? ""
                  : DATE.format(f.earlierSentAt())
                      + (earlier.status() == NoticeStatus.SENT
                          ? " (đã gửi)"
                          : " (đã duyệt, chưa gửi)"));
          v.put(
              "duplicateSimilarity",
              Math.round(Math.max(f.similarity(), f.containment()) * 100) + " %");
          DuplicateExplanation why = duplicates.explain(earlier, n, issuerName);
          v.put("duplicateExplanation", FormText.escape(why.summary()));
          v.put("duplicateBodyMarked", DuplicateComparisonDisplay.body(why.earlier(), EXCERPT));
          v.put("noticeBodyMarked", DuplicateComparisonDisplay.body(why.later(), EXCERPT));
        });
    return v;
  }
}
