package vn.gov.hanoi.comms.ihanoi;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.common.FormDisplay;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;

/**
 * "At least one notice every 3 days" (I-CADENCE-1): the lag of every issuing body (the City Office
 * for all city notices, each district and commune committee), and one reminder, kept current, for
 * each body behind (I-CADENCE-2).
 */
@Service
public class CadenceService {
  private static final Logger log = LoggerFactory.getLogger(CadenceService.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private final IhanoiNoticeRepository repository;
  private final OrganisationService organisations;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final JavaMailSender mail;
  private final ProductClock clock;
  private final Duration maxGap;
  private final String from;
  private final CadenceClaims claims;

  public CadenceService(
      IhanoiNoticeRepository repository,
      OrganisationService organisations,
      RuntimeService runtimeService,
      TaskService taskService,
      JavaMailSender mail,
      ProductClock clock,
      CadenceProperties cadence,
      MailProperties mailProperties,
      CadenceClaims claims) {
    this.repository = repository;
    this.organisations = organisations;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.mail = mail;
    this.clock = clock;
    this.maxGap = cadence.maxGap();
    this.from = mailProperties.from();
    this.claims = claims;
  }

  /** The body a notice counts for: city notices are sent by the City Office (I-LEVEL-1). */
  public static String bodyCodeOf(NoticeRecord n) {
    return n.level() == NoticeLevel.CITY ? NoticeAccess.CITY_OFFICE : n.organisationCode();
  }

  /**
   * Every issuing body, furthest behind first (never sent counts as furthest), then the city
   * departments under their own names: their notices count for the City Office (I-CADENCE-2).
   */
  public List<CadenceRow> report() {
    Instant now = clock.now();
    List<Organisation> bodies = issuingBodies();
    List<Organisation> departments = organisations.findByKind(OrganisationKind.CITY_DEPARTMENT);
    // Three queries whatever the number of bodies (3,960 at national scale): the units above, the
    // last sent notice of every organisation and the last at city level (none per body).
    Map<String, NoticeRecord> lastByOrganisation = repository.lastSentPerOrganisation();
    Optional<NoticeRecord> lastAtCity = repository.lastSentAtLevel(NoticeLevel.CITY);
    Map<String, String> names = new HashMap<>();
    bodies.forEach(o -> names.put(o.code(), o.name()));
    departments.forEach(o -> names.put(o.code(), o.name()));
    List<CadenceRow> rows = new ArrayList<>();
    for (Organisation org : bodies) {
      NoticeLevel level = NoticeLevel.issuedBy(org.kind()).orElseThrow();
      Optional<NoticeRecord> last =
          level == NoticeLevel.CITY
              ? lastAtCity
              : Optional.ofNullable(lastByOrganisation.get(org.code()));
      rows.add(
          CadenceRow.of(
              org.code(),
              org.name(),
              level,
              last.orElse(null),
              last.map(n -> nameOf(n.organisationCode(), names)).orElse(null),
              null,
              now,
              maxGap));
    }
    rows.sort(
        Comparator.comparing(
            (CadenceRow r) -> r.lastSentAt() == null ? Instant.MIN : r.lastSentAt()));
    for (Organisation dept : departments) {
      NoticeRecord last = lastByOrganisation.get(dept.code());
      rows.add(
          CadenceRow.of(
              dept.code(),
              dept.name(),
              NoticeLevel.CITY,
              last,
              dept.name(),
              NoticeAccess.CITY_OFFICE,
              now,
              maxGap));
    }
    return rows;
  }

  /** The row of one body. */
  public CadenceRow rowOf(String bodyCode) {
    return report().stream()
        .filter(r -> r.code().equals(bodyCode))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Không có cơ quan " + bodyCode));
  }

  /**
   * Starts a reminder for each body behind that has none open yet, and brings the open ones up to
   * date (their task names the days behind as of today): one reminder per body (I-CADENCE-2), also
   * when two nodes check at the same instant ({@link #remind}). Returns the bodies for which a
   * reminder was started.
   */
  public List<String> remindBehind() {
    List<String> reminded = new ArrayList<>();
    for (CadenceRow row : report()) {
      if (!row.behind()) {
        continue;
      }
      try {
        if (remind(row)) {
          reminded.add(row.code());
        }
      } catch (PessimisticLockingFailureException heldByAnotherNode) {
        // Another node has held the body's row longer than the database waits: it is checking
        // this body's reminder itself.
        log.info("Cadence reminder of {} left to the node that holds it", row.code());
      }
    }
    return reminded;
  }

  /**
   * The body's one reminder: started when none is open, else brought up to date. The check and the
   * start run in one transaction holding the body's row ({@link CadenceClaims}), so a second node
   * waits and then finds the reminder open. True when this call started it.
   */
  boolean remind(CadenceRow row) {
    return claims.whileHolding(
        row.code(),
        () -> {
          List<ProcessInstance> open =
              runtimeService
                  .createProcessInstanceQuery()
                  .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
                  .processInstanceBusinessKey(row.code())
                  .list();
          if (open.isEmpty()) {
            runtimeService.startProcessInstanceByKey(
                IhanoiProcess.CADENCE_REMINDER_KEY,
                row.code(),
                Map.of(
                    IhanoiProcess.Vars.BODY_CODE,
                    row.code(),
                    IhanoiProcess.Vars.REMINDER_GROUP,
                    reminderGroup(row)));
            return true;
          }
          for (Task t :
              taskService
                  .createTaskQuery()
                  .processInstanceBusinessKey(row.code())
                  .processDefinitionKey(IhanoiProcess.CADENCE_REMINDER_KEY)
                  .list()) {
            t.setName(row.reminderName());
            t.setDescription(reminderDescription(row));
            taskService.saveTask(t);
            taskService.setVariableLocal(
                t.getId(), FormDisplay.VARIABLE, FormDisplay.of(display(row)));
          }
          return false;
        });
  }

  /**
   * The display fields {@link #display} fills, the ones forms/ihanoi-send-overdue.form may read.
   */
  public static final Set<String> FIELDS =
      Set.of(
          "bodyName",
          "neverSent",
          "summary",
          "lastNoticeTitle",
          "lastSentOn",
          "daysSince",
          "maxGapDays",
          "departments");

  /** What the reminder's task shows in Tasklist's list and its form (ihanoi-send-overdue). */
  public Map<String, Object> display(CadenceRow row) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("bodyName", row.name());
    d.put("neverSent", row.neverSent());
    d.put("summary", row.summary());
    d.put("lastNoticeTitle", row.lastNoticeTitle() == null ? "" : row.lastNoticeTitle());
    d.put(
        "lastSentOn",
        row.lastSentAt() == null ? "" : DAY.format(row.lastSentAt().atZone(ProductClock.HANOI)));
    d.put("daysSince", row.daysSince() == null ? "" : String.valueOf(row.daysSince()));
    d.put("maxGapDays", maxGap.toDays());
    d.put("departments", departmentsLine(row));
    return d;
  }

  /** The task's description in Tasklist (Vietnamese; the model's documentation stays English). */
  public String reminderDescription(CadenceRow row) {
    return row.name()
        + ": "
        + row.summary()
        + ". Đề nghị biên tập và gửi tin mới trên iHanoi; việc tự kết thúc khi có tin được gửi.";
  }

  /** For the City Office: the departments whose notices count for it, with their last notice. */
  private String departmentsLine(CadenceRow row) {
    if (!NoticeAccess.CITY_OFFICE.equals(row.code())) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (CadenceRow r : report()) {
      if (NoticeAccess.CITY_OFFICE.equals(r.countsFor())) {
        b.append(b.isEmpty() ? "" : "; ")
            .append(r.name())
            .append(": ")
            .append(
                r.neverSent()
                    ? CadenceRow.NEVER_SENT
                    : DAY.format(r.lastSentAt().atZone(ProductClock.HANOI)));
      }
    }
    return b.toString();
  }

  private String nameOf(String organisationCode, Map<String, String> known) {
    String name = known.get(organisationCode);
    return name != null
        ? name
        : organisations.find(organisationCode).map(Organisation::name).orElse(organisationCode);
  }

  /**
   * Emails the body's official address. A failure propagates: the job is retried, then an incident.
   */
  public void emailReminder(String bodyCode) {
    Organisation org = organisations.require(bodyCode);
    CadenceRow row = rowOf(bodyCode);
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
              + (row.neverSent()
                  ? "Đơn vị " + CadenceRow.NEVER_SENT + "."
                  : "Tin gần nhất: " + row.summary() + " (tin số " + row.lastNoticeId() + ").")
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
