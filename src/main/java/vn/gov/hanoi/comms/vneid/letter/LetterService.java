package vn.gov.hanoi.comms.vneid.letter;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.security.PeopleNames;
import vn.gov.hanoi.comms.vneid.DecisionRecord;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.Routing;
import vn.gov.hanoi.comms.vneid.VneidDecisionRepository;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;

/**
 * Letters to the requesting unit (V-STEP-4, V-STEP-5): issued as a numbered official letter, kept,
 * printable (HTML and PDF), and emailed with the PDF attached. Mail failures are thrown, never
 * swallowed: the engine retries the job and then shows an incident.
 */
@Service
public class LetterService {
  private final LetterRepository letters;
  private final VneidRequestRepository requests;
  private final VneidDecisionRepository decisions;
  private final OrganisationService organisations;
  private final ProductClock clock;
  private final JavaMailSender mail;
  private final String from;
  private final PeopleNames people;
  private final ITemplateEngine templates;

  public LetterService(
      LetterRepository letters,
      VneidRequestRepository requests,
      VneidDecisionRepository decisions,
      OrganisationService organisations,
      ProductClock clock,
      JavaMailSender mail,
      MailProperties mailProperties,
      PeopleNames people,
      ITemplateEngine templates) {
    this.people = people;
    this.templates = templates;
    this.letters = letters;
    this.requests = requests;
    this.decisions = decisions;
    this.organisations = organisations;
    this.clock = clock;
    this.mail = mail;
    this.from = mailProperties.from();
  }

  /** Issues the letter of a round once; a retried call returns the one already issued. */
  @Transactional
  public LetterRecord issue(long requestId, int round, LetterKind kind) {
    var existing = letters.find(requestId, round, kind);
    if (existing.isPresent()) {
      return existing.get();
    }
    VneidRequestRecord request = requests.find(requestId).orElseThrow();
    RoundRecord r = requests.round(requestId, round);
    Organisation unit = organisations.require(request.unitCode());
    Routing routing = requests.routing(requestId);
    boolean byAppraiser = kind == LetterKind.RETURN;
    String issuer = byAppraiser ? routing.receivingPoliceName() : authorityName(routing);
    String signer = byAppraiser ? headOf(routing) : routing.approverTitle();
    int year = LocalDate.ofInstant(clock.now(), ProductClock.HANOI).getYear();
    // Official letters are numbered per issuing agency and year, with the agency's abbreviation
    // (Decree 30/2020).
    String agency =
        agencyAbbreviation(byAppraiser ? routing.appraiserGroup() : routing.approverGroup());
    int seq = letters.nextSequence(year, agency);
    String number = seq + "/TB-" + agency;
    DecisionRecord decision = decisionOf(requestId, round, kind);
    String signerName = decision == null ? null : people.of(decision.decidedBy());
    String signedAs = byAppraiser ? "TL. " + signer : signer;
    LetterRecord n =
        new LetterRecord(
            0,
            requestId,
            round,
            kind,
            number,
            issuer,
            signedAs,
            unit.name(),
            reasons(requestId, round, kind, r),
            clock.now(),
            null);
    letters.insert(n, year, seq, agency, signerName);
    return letters.find(requestId, round, kind).orElseThrow();
  }

  /** Emails the latest letter of this kind for the round to the unit's address. */
  @Transactional
  public void email(long requestId, int round, LetterKind kind) {
    LetterRecord n = letters.find(requestId, round, kind).orElseThrow();
    if (n.emailedAt() != null) {
      return;
    }
    Organisation unit = organisations.require(requests.find(requestId).orElseThrow().unitCode());
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(from);
      helper.setTo(unit.email());
      helper.setSubject("[Loa phường VNeID] Thông báo số " + n.number() + " – " + kind.subject());
      String html = render(n);
      helper.setText(html, true);
      helper.addAttachment(
          pdfFileName(n),
          new ByteArrayResource(LetterPdf.of(html)),
          MediaType.APPLICATION_PDF_VALUE);
      mail.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException(
          "Không tạo được thư thông báo " + n.number() + ": " + e.getMessage(), e);
    }
    letters.markEmailed(n.id(), clock.now());
  }

  public String render(LetterRecord n) {
    RoundRecord r = requests.round(n.requestId(), n.roundNo());
    return LetterDocument.html(templates, n, r, letters.signerName(n.id()));
  }

  /** The printed letter as a PDF (Decree 30/2020 layout, fonts embedded). */
  public byte[] pdf(LetterRecord n) {
    return LetterPdf.of(render(n));
  }

  /**
   * Where those who may read the request open the letter (HTML, to print from the browser). The
   * path keeps "notice": it is the published API.
   */
  public static String url(LetterRecord n) {
    return "/api/vneid/requests/"
        + n.requestId()
        + "/notice/"
        + n.roundNo()
        + "?kind="
        + n.kind().name();
  }

  /** The same letter as a PDF. */
  public static String pdfUrl(LetterRecord n) {
    return "/api/vneid/requests/"
        + n.requestId()
        + "/notice/"
        + n.roundNo()
        + ".pdf?kind="
        + n.kind().name();
  }

  /** "thong-bao-1-TB-CAHK.pdf" for letter 1/TB-CAHK: the number, safe in any file system. */
  public static String pdfFileName(LetterRecord n) {
    return "thong-bao-" + n.number().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf";
  }

  /** The letters of several requests in one read, by request id. */
  public Map<Long, List<LetterRecord>> forRequests(Collection<Long> requestIds) {
    return letters.forRequests(requestIds);
  }

  public List<LetterRecord> forRequest(long requestId) {
    return letters.forRequest(requestId);
  }

  /**
   * The decision a letter reports (the return or the rejection of the round), or null for a lapse.
   */
  private DecisionRecord decisionOf(long requestId, int round, LetterKind kind) {
    if (kind == LetterKind.LAPSED) {
      return null;
    }
    String outcome = kind == LetterKind.RETURN ? "RETURN" : "REJECT";
    return decisions.decisions(requestId).stream()
        .filter(d -> d.roundNo() == round && outcome.equals(d.outcome()))
        .max(Comparator.comparing(DecisionRecord::decidedAt))
        .orElse(null);
  }

  /**
   * The issuing police agency's abbreviation, from the registered units
   * (organisation.abbreviation): the police of the group's area for an area police group, the
   * CITY_POLICE unit for PC06, the MINISTRY_POLICE unit for C06. The City Police Director signs for
   * the City Police, which has no unit of its own: "CATP"; and when no unit is registered, the
   * group's area code stands in.
   */
  String agencyAbbreviation(String group) {
    String area = Groups.policeAreaOf(group);
    Predicate<Organisation> match =
        area != null
            ? o ->
                (o.kind() == OrganisationKind.DISTRICT_POLICE
                        || o.kind() == OrganisationKind.COMMUNE_POLICE)
                    && area.equals(o.homeAreaCode())
            : "pc06-appraisal".equals(group)
                ? o -> o.kind() == OrganisationKind.CITY_POLICE
                : "c06-approver".equals(group)
                    ? o -> o.kind() == OrganisationKind.MINISTRY_POLICE
                    : o -> false;
    return organisations.findAll().stream()
        .filter(match)
        .map(Organisation::abbreviation)
        .sorted()
        .findFirst()
        .orElseGet(() -> abbreviation(group));
  }

  private String reasons(long requestId, int round, LetterKind kind, RoundRecord r) {
    if (kind == LetterKind.LAPSED) {
      return "Đề nghị được phê duyệt sau thời điểm kết thúc đăng tin đã đề nghị; bài viết không được đăng tải. "
          + "Nếu còn nhu cầu, đề nghị đơn vị gửi đề nghị mới với thời gian đăng tin phù hợp.";
    }
    String outcome = kind == LetterKind.RETURN ? "RETURN" : "REJECT";
    return decisions.decisions(requestId).stream()
        .filter(d -> d.roundNo() == round && outcome.equals(d.outcome()))
        .max(Comparator.comparing(DecisionRecord::decidedAt))
        .map(DecisionRecord::reasons)
        .orElse("(không ghi lý do)");
  }

  private static String authorityName(Routing routing) {
    return routing.approverTitle().startsWith("TRƯỞNG CÔNG AN ")
        ? "Công an " + capitalise(routing.approverTitle().substring("TRƯỞNG CÔNG AN ".length()))
        : routing.approverTitle().contains("C06")
            ? "Cục Cảnh sát QLHC về TTXH (C06) – Bộ Công an"
            : "Công an Thành phố Hà Nội";
  }

  private static String headOf(Routing routing) {
    return routing.appraiserGroup().startsWith("pc06")
        ? "TRƯỞNG PHÒNG PC06"
        : "TRƯỞNG " + routing.receivingPoliceName().toUpperCase(Locale.ROOT);
  }

  private static String capitalise(String upper) {
    StringBuilder sb = new StringBuilder();
    for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
      if (!sb.isEmpty()) {
        sb.append(' ');
      }
      sb.append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return sb.toString();
  }

  static String abbreviation(String group) {
    if (group.startsWith("police-appraisal-") || group.startsWith("police-chief-")) {
      return "CA" + group.substring(group.lastIndexOf('-') + 1);
    }
    return switch (group) {
      case "pc06-appraisal" -> "PC06";
      case "c06-approver" -> "C06";
      default -> "CATP";
    };
  }
}
