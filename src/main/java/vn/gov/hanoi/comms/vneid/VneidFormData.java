package vn.gov.hanoi.comms.vneid;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.PublicUrlProperties;
import vn.gov.hanoi.comms.common.web.FormText;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.prechecks.PreCheckRowRepository;
import vn.gov.hanoi.comms.screening.Field;
import vn.gov.hanoi.comms.screening.PreCheckDisplay;
import vn.gov.hanoi.comms.screening.ScreenedText;
import vn.gov.hanoi.comms.security.PeopleNames;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.PreCheckName;
import vn.gov.hanoi.comms.vneid.content.Scope;
import vn.gov.hanoi.comms.vneid.letter.LetterRecord;
import vn.gov.hanoi.comms.vneid.letter.LetterRepository;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

/**
 * The strings a reviewer's Camunda Form shows, in Vietnamese (one Json value, common.FormDisplay).
 * Long texts are cut to an excerpt that reads well in the form; the whole article is one click away
 * ({@code previewUrl}). Typed texts are escaped ({@link FormText}): the form's text components
 * render Markdown and HTML. The task listener {@code process.VneidTaskDisplay} shows it; iHanoi's
 * counterpart is {@code ihanoi.IhanoiFormData}.
 */
@Component
public class VneidFormData {
  /**
   * The fields of the display value {@link #forTask} makes (common.FormDisplay): what the forms may
   * read as {@code display.<field>}.
   */
  public static final Set<String> FIELDS =
      Set.of(
          "unitName",
          "articleTitle",
          "articleSummary",
          "articleBodyText",
          "featuredImageUrl",
          "previewUrl",
          "categoryText",
          "audienceText",
          "scopeText",
          "windowText",
          "letterText",
          "justificationText",
          "reviewerNotesText",
          "preCheckSummary",
          "historyText",
          "roundText",
          "revisionText",
          "changesText",
          "attachmentsText",
          "noticesText",
          PreCheckDisplay.TEXT,
          PreCheckDisplay.BLOCKING);

  static final int MAX_TEXT = 3500;
  private static final Map<String, String> CHECK_LABELS =
      Arrays.stream(PreCheckName.values())
          .collect(Collectors.toMap(PreCheckName::name, PreCheckName::label));
  private static final String MORE = " … (xem toàn văn)";
  static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ProductClock.HANOI);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final VneidRequestRepository repository;
  private final VneidDecisionRepository decisionRepository;
  private final OrganisationService organisations;
  private final PeopleNames people;
  private final StoredFileRepository files;
  private final String publicUrl;
  private final PreCheckRowRepository preChecks;
  private final LetterRepository letters;
  private final AreaService areas;

  public VneidFormData(
      VneidRequestRepository repository,
      VneidDecisionRepository decisionRepository,
      OrganisationService organisations,
      PeopleNames people,
      StoredFileRepository files,
      PublicUrlProperties publicUrlProperties,
      PreCheckRowRepository preChecks,
      LetterRepository letters,
      AreaService areas) {
    this.preChecks = preChecks;
    this.letters = letters;
    this.areas = areas;
    this.people = people;
    this.files = files;
    this.repository = repository;
    this.decisionRepository = decisionRepository;
    this.organisations = organisations;
    String publicUrl = publicUrlProperties.publicUrl();
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public Map<String, Object> forTask(long requestId) {
    VneidRequestRecord r = repository.find(requestId).orElseThrow();
    RoundRecord round = repository.round(requestId, r.currentRound());
    Map<String, Object> v = new HashMap<>();
    v.put("unitName", organisations.require(r.unitCode()).name());
    v.put("articleTitle", FormText.escape(round.title()));
    v.put("articleSummary", FormText.escape(round.summary()));
    v.put("articleBodyText", FormText.escape(Jsoup.parse(round.bodyHtml()).text(), MAX_TEXT, MORE));
    v.put(
        "featuredImageUrl",
        publicUrl + "/api/vneid/requests/" + requestId + "/image?round=" + round.roundNo());
    v.put("previewUrl", publicUrl + "/api/vneid/requests/" + requestId + "/preview");
    v.put("categoryText", Category.valueOf(round.category()).label());
    v.put(
        "audienceText",
        "Độ tuổi "
            + round.ageMin()
            + "–"
            + round.ageMax()
            + ", giới tính: "
            + Gender.valueOf(round.gender()).label());
    v.put(
        "scopeText",
        Scope.valueOf(round.scope()).label()
            + (round.targetAreaCodes().isEmpty()
                ? ""
                : " – địa bàn: " + areaNames(round.targetAreaCodes())));
    v.put(
        "windowText",
        "Từ "
            + DATE_TIME.format(round.publishFrom())
            + " đến "
            + DATE_TIME.format(round.publishUntil()));
    v.put(
        "letterText",
        "Văn bản số "
            + FormText.escape(round.letterNumber())
            + " ngày "
            + DATE.format(round.letterDate()));
    v.put("justificationText", FormText.escape(nullToDash(round.justification())));
    v.put("reviewerNotesText", FormText.escape(nullToDash(round.reviewerNotes())));
    v.put(
        "preCheckSummary",
        FormText.escape(withoutRuleIds(nullToDash(round.preCheckSummary())), MAX_TEXT, MORE));
    v.putAll(
        PreCheckDisplay.values(
            preChecks.forRound(requestId, round.roundNo()),
            Map.of(
                Field.TITLE,
                ScreenedText.ofPlain(Field.TITLE, null, round.title()).text(),
                Field.SUMMARY,
                ScreenedText.ofPlain(Field.SUMMARY, null, round.summary()).text(),
                Field.BODY,
                ScreenedText.ofHtml(round.bodyHtml()).text()),
            CHECK_LABELS));
    v.put("historyText", cut(history(requestId)));
    v.put("roundText", "Vòng " + round.roundNo());
    RoundRecord previous =
        round.roundNo() > 1 ? repository.round(requestId, round.roundNo() - 1) : null;
    v.put(
        "revisionText", previous == null ? "" : FormText.escape(nullToDash(round.revisionNote())));
    v.put(
        "changesText",
        previous == null
            ? ""
            : RoundChanges.markdown(
                previous,
                round,
                attachmentNames(requestId, previous.roundNo()),
                attachmentNames(requestId, round.roundNo())));
    v.put("attachmentsText", attachments(requestId, round.roundNo()));
    // The forms read display.noticesText: the form field keeps its name.
    v.put("noticesText", letterLinks(requestId));
    return v;
  }

  /**
   * The target areas by name, as the unit chose them (an area no longer in the list in force keeps
   * its code).
   */
  private String areaNames(List<String> codes) {
    AreaTree tree = areas.currentTree();
    return codes.stream()
        .map(c -> tree.find(c).map(Area::name).orElse(c))
        .collect(Collectors.joining(", "));
  }

  /**
   * The request's written notices, each to open in the browser or download as a PDF to print and
   * file (V-STEP-4).
   */
  private String letterLinks(long requestId) {
    StringBuilder sb = new StringBuilder();
    for (LetterRecord n : letters.forRequest(requestId)) {
      sb.append("- Vòng ")
          .append(n.roundNo())
          .append(": Thông báo số ")
          .append(FormText.escape(n.number()))
          .append(" – ")
          .append(n.kind().subject())
          .append(" ([xem](")
          .append(publicUrl)
          .append(LetterService.url(n))
          .append(") · [tải PDF](")
          .append(publicUrl)
          .append(LetterService.pdfUrl(n))
          .append("))\n");
    }
    return sb.isEmpty() ? "Chưa có văn bản thông báo." : sb.toString();
  }

  /** Links to the round's attachments, which everyone who may read the request may open (P-2). */
  /** A round's attachments by file id, with their names, in the order they were stored. */
  private Map<Long, String> attachmentNames(long requestId, int round) {
    Map<Long, String> names = new LinkedHashMap<>();
    for (Long id : repository.attachmentIds(requestId, round)) {
      names.put(id, files.find(id).map(f -> f.fileName()).orElse("#" + id));
    }
    return names;
  }

  private String attachments(long requestId, int round) {
    StringBuilder sb = new StringBuilder();
    for (Long id : repository.attachmentIds(requestId, round)) {
      files
          .find(id)
          .ifPresent(
              f ->
                  sb.append("- [")
                      .append(FormText.escape(f.fileName()))
                      .append("](")
                      .append(publicUrl)
                      .append("/api/vneid/requests/")
                      .append(requestId)
                      .append("/attachments/")
                      .append(id)
                      .append(")\n"));
    }
    return sb.isEmpty() ? "Không có tệp đính kèm." : sb.toString();
  }

  String history(long requestId) {
    VneidRequestRecord r = repository.find(requestId).orElseThrow();
    List<DecisionRecord> decisions = decisionRepository.decisions(requestId);
    if (decisions.isEmpty()) {
      return "Chưa có quyết định nào.";
    }
    StringBuilder sb = new StringBuilder();
    for (DecisionRecord d : decisions) {
      sb.append("- Vòng ")
          .append(d.roundNo())
          .append(", ")
          .append(StepNames.of(d.step()))
          .append(": **")
          .append(OutcomeNames.of(d.outcome()))
          .append("** – ")
          .append(
              FormText.escape(
                  people.withTitle(d.decidedBy(), VneidRoles.requiredGroup(r, d.step()))))
          .append(", ")
          .append(DATE_TIME.format(d.decidedAt()));
      if (d.reasons() != null && !d.reasons().isBlank()) {
        sb.append(". Lý do: ").append(FormText.escape(d.reasons().replaceAll("\\R", " ")));
      }
      Narrowing n =
          VneidProcess.APPROVE.equals(d.outcome())
              ? decisionRepository.narrowings(requestId, d.roundNo()).get(d.step())
              : null;
      if (n != null) {
        sb.append(". Thu hẹp: ").append(FormText.escape(n.describe()));
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * Reviewers read what a check found, not the rule ids that name the checks in docs/rules.md
   * ("V-CHECK-2: ").
   */
  static String withoutRuleIds(String s) {
    return s.replaceAll("\\b[A-Z]-[A-Z]+-\\d+:\\s*", "");
  }

  private static String nullToDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  static String cut(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT) + MORE;
  }
}
