package vn.gov.hanoi.comms.quota;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.common.MailProperties;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Quotas as data (V-QUOTA-4), each unit's compliance in a month (V-QUOTA-1..3) and the mid-month
 * reminder.
 */
@Service
public class QuotaService {
  private final QuotaRepository repository;
  private final OrganisationService organisations;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final JavaMailSender mail;
  private final ProductClock clock;
  private final String from;

  public QuotaService(
      QuotaRepository repository,
      OrganisationService organisations,
      RuntimeService runtimeService,
      HistoryService historyService,
      JavaMailSender mail,
      ProductClock clock,
      MailProperties mailProperties) {
    this.repository = repository;
    this.organisations = organisations;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.mail = mail;
    this.clock = clock;
    this.from = mailProperties.from();
  }

  public List<Quota> list() {
    return repository.findAll();
  }

  public List<Quota> page(String unit, Paging paging) {
    return repository.page(unit, paging);
  }

  public long count(String unit) {
    return repository.count(unit);
  }

  public Quota get(long id) {
    return repository
        .find(id)
        .orElseThrow(() -> new NotFoundException("Không có định mức số " + id));
  }

  public Quota create(QuotaInput in) {
    Quota q = validate(in);
    return get(repository.insert(q));
  }

  public Quota update(long id, QuotaInput in) {
    get(id);
    repository.update(id, validate(in));
    return get(id);
  }

  public void delete(long id) {
    if (!repository.delete(id)) {
      throw new NotFoundException("Không có định mức số " + id);
    }
  }

  /**
   * Every fault at once, in words an administrator can act on; nothing is stored when one is found.
   */
  Quota validate(QuotaInput in) {
    List<FieldError> errors = new ArrayList<>();
    String unit = blankToNull(in.unitCode());
    String kind = blankToNull(in.organisationKind());
    if ((unit == null) == (kind == null)) {
      errors.add(
          new FieldError(
              "unitCode",
              "Nêu đúng một trong hai: mã đơn vị (unitCode) hoặc loại đơn vị (organisationKind)"));
    }
    if (unit != null && organisations.find(unit).isEmpty()) {
      errors.add(new FieldError("unitCode", "Không có đơn vị mã " + unit));
    }
    if (kind != null) {
      try {
        OrganisationKind.valueOf(kind);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("organisationKind", "Loại đơn vị không hợp lệ: " + kind));
      }
    }
    YearMonth fromMonth = month(in.fromMonth(), "fromMonth", true, errors);
    YearMonth untilMonth = month(in.untilMonth(), "untilMonth", false, errors);
    if (fromMonth != null && untilMonth != null && untilMonth.isBefore(fromMonth)) {
      errors.add(new FieldError("untilMonth", "Tháng kết thúc phải từ tháng bắt đầu trở đi"));
    }
    if (in.minimumPerMonth() == null || in.minimumPerMonth() < 0 || in.minimumPerMonth() > 100) {
      errors.add(new FieldError("minimumPerMonth", "Số bài tối thiểu mỗi tháng phải từ 0 đến 100"));
    }
    if (in.note() != null && in.note().length() > 500) {
      errors.add(new FieldError("note", "Ghi chú tối đa 500 ký tự"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Định mức không hợp lệ", errors);
    }
    return new Quota(
        null, unit, kind, fromMonth, untilMonth, in.minimumPerMonth(), blankToNull(in.note()));
  }

  /**
   * The minimum a unit must publish in a month: the largest of the quotas that apply (0 if none).
   */
  public static int required(List<Quota> quotas, Organisation org, YearMonth month) {
    return quotas.stream()
        .filter(q -> q.appliesTo(org, month))
        .mapToInt(Quota::minimumPerMonth)
        .max()
        .orElse(0);
  }

  /**
   * Compliance of every unit with a quota in {@code month}, counting publications up to {@code
   * until}.
   */
  public List<QuotaCompliance> compliance(YearMonth month, Predicate<Organisation> units) {
    return compliance(month, month, units);
  }

  /**
   * {@link #compliance(YearMonth, Predicate)} of every month from {@code first} to {@code last}, in
   * month order, with one read of the publications for all of them (issue 14: a yearly report).
   */
  public List<QuotaCompliance> compliance(
      YearMonth first, YearMonth last, Predicate<Organisation> units) {
    List<Quota> quotas = repository.findAll();
    List<Organisation> all = organisations.findAll();
    List<YearMonth> months = new ArrayList<>();
    List<Instant> bounds = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
      bounds.add(m.atDay(1).atStartOfDay(ProductClock.HANOI).toInstant());
    }
    if (months.isEmpty()) {
      return List.of();
    }
    bounds.add(last.plusMonths(1).atDay(1).atStartOfDay(ProductClock.HANOI).toInstant());
    List<Map<String, Integer>> published = repository.publishedByUnit(bounds);
    List<QuotaCompliance> rows = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      YearMonth month = months.get(i);
      List<QuotaCompliance> ofMonth = new ArrayList<>();
      for (Organisation org : all) {
        int req = required(quotas, org, month);
        if (req > 0 && units.test(org)) {
          ofMonth.add(
              new QuotaCompliance(
                  org.code(),
                  org.name(),
                  month,
                  req,
                  published.get(i).getOrDefault(org.code(), 0)));
        }
      }
      ofMonth.sort(
          Comparator.comparing(QuotaCompliance::met).thenComparing(QuotaCompliance::unitCode));
      rows.addAll(ofMonth);
    }
    return rows;
  }

  public YearMonth currentMonth() {
    return YearMonth.from(clock.now().atZone(ProductClock.HANOI));
  }

  /**
   * Starts one reminder per unit below quota this month (once a month per unit); returns the units
   * reminded.
   */
  public List<String> remindBelow() {
    YearMonth month = currentMonth();
    List<String> reminded = new ArrayList<>();
    for (QuotaCompliance c : compliance(month, o -> true)) {
      String key = QuotaProcess.businessKey(c.unitCode(), month);
      boolean already =
          historyService
                  .createHistoricProcessInstanceQuery()
                  .processDefinitionKey(QuotaProcess.REMINDER_KEY)
                  .processInstanceBusinessKey(key)
                  .count()
              > 0;
      if (!c.met() && !already) {
        runtimeService.startProcessInstanceByKey(
            QuotaProcess.REMINDER_KEY,
            key,
            Map.of(
                QuotaProcess.Vars.UNIT_CODE,
                c.unitCode(),
                QuotaProcess.Vars.MONTH,
                month.toString(),
                QuotaProcess.Vars.UNIT_GROUP,
                Groups.unit(c.unitCode()),
                QuotaProcess.Vars.REQUIRED,
                c.required(),
                QuotaProcess.Vars.PUBLISHED,
                c.published()));
        reminded.add(c.unitCode());
      }
    }
    return reminded;
  }

  /**
   * Emails the unit's official address. A failure propagates: the job is retried, then an incident.
   */
  public void emailReminder(String unitCode, YearMonth month, int required, int published) {
    Organisation org = organisations.require(unitCode);
    try {
      MimeMessage message = mail.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
      helper.setFrom(from);
      helper.setTo(org.email());
      helper.setSubject(
          "[VNeID] Nhắc định mức tháng "
              + month.getMonthValue()
              + "/"
              + month.getYear()
              + ": "
              + org.name()
              + " mới đăng "
              + published
              + "/"
              + required
              + " bài");
      helper.setText(
          "Kính gửi "
              + org.name()
              + ",\n\n"
              + "Theo Kế hoạch triển khai \"Loa phường\" trên VNeID, đơn vị phải đăng ít nhất "
              + required
              + " bài trong tháng "
              + month.getMonthValue()
              + "/"
              + month.getYear()
              + ". Đến nay đơn vị đã đăng "
              + published
              + " bài.\nĐề nghị đơn vị xây dựng và gửi đề nghị đăng tin; nhiệm vụ đã được tạo trong Tasklist.\n\n"
              + "Công an Thành phố Hà Nội (PC06)",
          false);
      mail.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("Không gửi được thư nhắc định mức cho " + unitCode, e);
    }
  }

  private static YearMonth month(
      String s, String field, boolean required, List<FieldError> errors) {
    if (s == null || s.isBlank()) {
      if (required) {
        errors.add(new FieldError(field, "Bắt buộc, dạng yyyy-MM (ví dụ 2024-06)"));
      }
      return null;
    }
    try {
      return YearMonth.parse(s.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Tháng phải có dạng yyyy-MM (ví dụ 2024-06): " + s));
      return null;
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
