package vn.gov.hanoi.comms.ihanoi;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;

/**
 * "At least one notice every 3 days" (I-CADENCE-1): the lag of every issuing body (the City Office
 * for all city notices, each district and commune committee), and a reminder for those behind.
 */
@Service
public class CadenceService {
  private final IhanoiNoticeRepository repository;
  private final OrganisationService organisations;
  private final RuntimeService runtimeService;
  private final JavaMailSender mail;
  private final ProductClock clock;
  private final Duration maxGap;
  private final String from;

  public CadenceService(
      IhanoiNoticeRepository repository,
      OrganisationService organisations,
      RuntimeService runtimeService,
      JavaMailSender mail,
      ProductClock clock,
      @Value("${app.ihanoi.cadence.max-gap:P3D}") Duration maxGap,
      @Value("${app.mail.from}") String from) {
    this.repository = repository;
    this.organisations = organisations;
    this.runtimeService = runtimeService;
    this.mail = mail;
    this.clock = clock;
    this.maxGap = maxGap;
    this.from = from;
  }

  /** The body a notice counts for: city notices are sent by the City Office (I-LEVEL-1). */
  public static String bodyCodeOf(NoticeRecord n) {
    return n.level() == NoticeLevel.CITY ? NoticeAccess.CITY_OFFICE : n.organisationCode();
  }

  /** Every body, furthest behind first (never sent counts as furthest). */
  public List<CadenceRow> report() {
    Instant now = clock.now();
    List<CadenceRow> rows = new ArrayList<>();
    for (Organisation org : issuingBodies()) {
      NoticeLevel level = NoticeLevel.issuedBy(org.kind()).orElseThrow();
      Optional<NoticeRecord> last =
          level == NoticeLevel.CITY
              ? repository.lastSentAtLevel(NoticeLevel.CITY)
              : repository.lastSentByOrganisation(org.code());
      Instant at = last.map(NoticeRecord::sentAt).orElse(null);
      boolean behind = at == null || !at.plus(maxGap).isAfter(now);
      rows.add(
          new CadenceRow(
              org.code(),
              org.name(),
              level,
              last.map(NoticeRecord::id).orElse(null),
              at,
              at == null ? null : Duration.between(at, now).toDays(),
              behind));
    }
    rows.sort(
        Comparator.comparing(
            (CadenceRow r) -> r.lastSentAt() == null ? Instant.MIN : r.lastSentAt()));
    return rows;
  }

  /** Starts a reminder for each body behind that has none open yet; returns the bodies reminded. */
  public List<String> remindBehind() {
    List<String> reminded = new ArrayList<>();
    for (CadenceRow row : report()) {
      boolean open =
          runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
                  .processInstanceBusinessKey(row.code())
                  .count()
              > 0;
      if (row.behind() && !open) {
        runtimeService.startProcessInstanceByKey(
            IhanoiProcess.CADENCE_REMINDER_KEY,
            row.code(),
            Map.of(
                IhanoiProcess.Vars.BODY_CODE,
                row.code(),
                IhanoiProcess.Vars.REMINDER_GROUP,
                reminderGroup(row)));
        reminded.add(row.code());
      }
    }
    return reminded;
  }

  /**
   * Emails the body's official address. A failure propagates: the job is retried, then an incident.
   */
  public void emailReminder(String bodyCode) {
    Organisation org = organisations.require(bodyCode);
    CadenceRow row =
        report().stream().filter(r -> r.code().equals(bodyCode)).findFirst().orElseThrow();
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(org.email());
      helper.setSubject(
          "[iHanoi] Nhắc gửi tin: "
              + org.name()
              + " chưa gửi tin trong "
              + maxGap.toDays()
              + " ngày");
      helper.setText(
          "Kính gửi "
              + org.name()
              + ",\n\n"
              + "Theo Công điện số 05/CĐ-UBND, mỗi đơn vị gửi tối thiểu 03 ngày 01 tin trên iHanoi. "
              + (row.lastSentAt() == null
                  ? "Đơn vị chưa gửi tin nào."
                  : "Tin gần nhất của đơn vị được gửi cách đây "
                      + row.daysSince()
                      + " ngày (tin số "
                      + row.lastNoticeId()
                      + ").")
              + "\nĐề nghị đơn vị biên tập và gửi tin mới; nhiệm vụ đã được tạo trong Tasklist.\n\n"
              + "Trung tâm Thông tin điện tử Thành phố",
          false);
      mail.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Không gửi được thư nhắc cho " + bodyCode, e);
    }
  }

  private List<Organisation> issuingBodies() {
    List<Organisation> bodies = new ArrayList<>();
    bodies.addAll(organisations.findByKind(OrganisationKind.CITY_OFFICE));
    bodies.addAll(organisations.findByKind(OrganisationKind.DISTRICT_COMMITTEE));
    bodies.addAll(organisations.findByKind(OrganisationKind.COMMUNE_COMMITTEE));
    return bodies;
  }

  private static String reminderGroup(CadenceRow row) {
    return row.level() == NoticeLevel.CITY
        ? Groups.IHANOI_CITY_APPROVER
        : Groups.editor(row.code());
  }
}
