package vn.gov.hanoi.comms.reporting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.deadline.StepDeadlineRecord;
import vn.gov.hanoi.comms.deadline.StepDeadlineRepository;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.quota.QuotaCompliance;
import vn.gov.hanoi.comms.quota.QuotaRepository;
import vn.gov.hanoi.comms.quota.QuotaService;
import vn.gov.hanoi.comms.vneid.VneidProcess;

/**
 * Computes the weekly and monthly report for any period and area: the city, or a district and
 * its communes.
 */
@Service
public class ReportService {
  /**
   * The police steps and the unit's revision, in the order of the flow, with their Vietnamese
   * names.
   */
  public static final Map<String, String> STEPS = stepNames();

  private static final long MAX_DAYS = 400;

  private final JdbcClient jdbc;
  private final AreaService areas;
  private final OrganisationService organisations;
  private final QuotaService quotas;
  private final QuotaRepository quotaRepository;
  private final CadenceService cadence;
  private final ProductClock clock;
  private final StepDeadlineRepository deadlines;

  public ReportService(
      JdbcClient jdbc,
      AreaService areas,
      OrganisationService organisations,
      QuotaService quotas,
      QuotaRepository quotaRepository,
      CadenceService cadence,
      ProductClock clock,
      StepDeadlineRepository deadlines) {
    this.deadlines = deadlines;
    this.jdbc = jdbc;
    this.areas = areas;
    this.organisations = organisations;
    this.quotas = quotas;
    this.quotaRepository = quotaRepository;
    this.cadence = cadence;
    this.clock = clock;
  }

  private static Map<String, String> stepNames() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(VneidProcess.Tasks.APPRAISE, "Thẩm định");
    m.put(VneidProcess.Tasks.APPROVE, "Phê duyệt");
    m.put(VneidProcess.Tasks.ENDORSE_NATIONAL, "Giám đốc CATP đề xuất");
    m.put(VneidProcess.Tasks.APPROVE_NATIONAL, "C06 phê duyệt");
    m.put(VneidProcess.Tasks.REVISE, "Đơn vị chỉnh sửa");
    return m;
  }

  /** Checks the period and the area; every fault at once. */
  public void validate(LocalDate from, LocalDate to, String areaCode) {
    List<FieldError> errors = new ArrayList<>();
    if (from == null) {
      errors.add(new FieldError("from", "Bắt buộc, dạng yyyy-MM-dd"));
    }
    if (to == null) {
      errors.add(new FieldError("to", "Bắt buộc, dạng yyyy-MM-dd"));
    }
    if (from != null && to != null && to.isBefore(from)) {
      errors.add(new FieldError("to", "Ngày kết thúc phải từ ngày bắt đầu trở đi"));
    }
    if (from != null
        && to != null
        && Duration.between(from.atStartOfDay(), to.atStartOfDay()).toDays() > MAX_DAYS) {
      errors.add(new FieldError("to", "Kỳ báo cáo dài tối đa " + MAX_DAYS + " ngày"));
    }
    if (areaCode == null || areas.currentTree().find(areaCode).isEmpty()) {
      errors.add(new FieldError("area", "Không có địa bàn mã " + areaCode));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Kỳ hoặc địa bàn báo cáo không hợp lệ", errors);
    }
  }

  public Report compute(LocalDate from, LocalDate to, String areaCode) {
    validate(from, to, areaCode);
    AreaTree tree = areas.currentTree();
    Instant start = from.atStartOfDay(ProductClock.HANOI).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ProductClock.HANOI).toInstant();
    Map<String, Organisation> units = new TreeMap<>();
    for (Organisation o : organisations.findAll()) {
      if (inArea(tree, areaCode, o.homeAreaCode())) {
        units.put(o.code(), o);
      }
    }
    Predicate<String> inUnits = units::containsKey;

    // Requests first submitted in the period, by unit and current status (counted by the database:
    // a year's 180,000 rows at national scale are ~20,000 groups, issue 14).
    Map<String, Map<String, Integer>> byUnit = new TreeMap<>();
    jdbc.sql(
            """
        select r.unit_code, r.status, count(*) from vneid_request r join vneid_round d on d.request_id = r.id and d.round_no = 1
        where d.submitted_at >= :from and d.submitted_at < :to group by r.unit_code, r.status""")
        .param("from", utc(start))
        .param("to", utc(end))
        .query(
            (rs, i) -> {
              if (inUnits.test(rs.getString(1))) {
                byUnit
                    .computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                    .merge(rs.getString(2), rs.getInt(3), Integer::sum);
              }
              return null;
            })
        .list();
    List<Report.UnitRequests> requestsByUnit = new ArrayList<>();
    byUnit.forEach(
        (code, statuses) ->
            requestsByUnit.add(
                new Report.UnitRequests(
                    code,
                    units.get(code).name(),
                    statuses,
                    statuses.values().stream().mapToInt(Integer::intValue).sum())));
    int submitted = requestsByUnit.stream().mapToInt(Report.UnitRequests::total).sum();

    int published =
        quotaRepository.publishedByUnit(start, end).entrySet().stream()
            .filter(e -> inUnits.test(e.getKey()))
            .mapToInt(Map.Entry::getValue)
            .sum();

    // Every decision of the requests decided in the period; those of the period are a subset (one
    // read, not two of 3-4 s each for a year at national scale, issue 14). The returns and
    // rejections with their reasons, and the time each step took, count those of the period.
    List<Decision> ofDecided =
        decisions(
            "d.request_id in (select p.request_id from vneid_decision p "
                + "where p.decided_at >= :from and p.decided_at < :to)",
            start,
            end);
    List<Decision> decided =
        ofDecided.stream()
            .filter(d -> !d.at.isBefore(start) && d.at.isBefore(end) && inUnits.test(d.unitCode))
            .toList();
    List<Report.Outcome> outcomes =
        decided.stream()
            .filter(
                d -> VneidProcess.RETURN.equals(d.outcome) || VneidProcess.REJECT.equals(d.outcome))
            .map(
                d ->
                    new Report.Outcome(d.requestId, d.unitCode, d.step, d.outcome, d.reasons, d.at))
            .toList();
    int returned =
        (int) outcomes.stream().filter(o -> VneidProcess.RETURN.equals(o.outcome())).count();
    int rejected = outcomes.size() - returned;
    Map<String, Integer> reasons = new HashMap<>();
    outcomes.stream()
        .filter(o -> VneidProcess.RETURN.equals(o.outcome()) && o.reasons() != null)
        .forEach(o -> reasons.merge(o.reasons().trim(), 1, Integer::sum));
    List<Report.ReasonCount> returnReasons =
        reasons.entrySet().stream()
            .map(e -> new Report.ReasonCount(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparing(Report.ReasonCount::count)
                    .reversed()
                    .thenComparing(Report.ReasonCount::reason))
            .toList();

    List<Report.StepTime> stepTimes = stepTimes(decided, ofDecided, start, end);

    List<QuotaCompliance> quota =
        quotas.compliance(
            YearMonth.from(from), YearMonth.from(to), o -> units.containsKey(o.code()));
    List<CadenceRow> cadenceRows =
        cadence.report().stream().filter(r -> inUnits.test(r.code())).toList();

    Set<Long> stopped = new HashSet<>();
    Set<Long> overridden = new HashSet<>();
    jdbc.sql(
            """
        select f.notice_id, f.overridden, n.area_code from ihanoi_duplicate_finding f join ihanoi_notice n on n.id = f.notice_id
        where f.found_at >= :from and f.found_at < :to""")
        .param("from", utc(start))
        .param("to", utc(end))
        .query(
            (rs, i) -> {
              if (inArea(tree, areaCode, rs.getString(3))) {
                stopped.add(rs.getLong(1));
                if (rs.getBoolean(2)) {
                  overridden.add(rs.getLong(1));
                }
              }
              return null;
            })
        .list();

    return new Report(
        from,
        to,
        areaCode,
        tree.require(areaCode).name(),
        clock.now(),
        requestsByUnit,
        submitted,
        published,
        returned,
        rejected,
        outcomes,
        returnReasons,
        stepTimes,
        quota,
        cadenceRows,
        stopped.size(),
        overridden.size(),
        overdue(start, end, inUnits));
  }

  /**
   * D-2: late review steps of the units of the area, by holder and step (step_deadline, deadline
   * package).
   */
  private List<Report.Overdue> overdue(Instant start, Instant end, Predicate<String> inUnits) {
    Instant now = clock.now();
    Map<List<String>, int[]> counts =
        new TreeMap<>(
            Comparator.comparing((List<String> k) -> k.get(1)).thenComparing(k -> k.get(3)));
    java.util.function.BiConsumer<StepDeadlineRecord, Integer> add =
        (d, column) ->
            counts
                .computeIfAbsent(
                    List.of(d.holderGroup(), d.holderName(), d.step(), d.stepName()),
                    k -> new int[2])[column]++;
    deadlines.dueBetween(start, end).stream()
        .filter(d -> inUnits.test(d.unitCode()) && d.overdueAt(now))
        .forEach(d -> add.accept(d, 0));
    deadlines.openOverdue(now).stream()
        .filter(d -> inUnits.test(d.unitCode()))
        .forEach(d -> add.accept(d, 1));
    List<Report.Overdue> rows = new ArrayList<>();
    counts.forEach(
        (k, c) -> rows.add(new Report.Overdue(k.get(0), k.get(1), k.get(2), k.get(3), c[0], c[1])));
    return rows;
  }

  /**
   * The time of a decision is measured from the event before it in the same request: the round's
   * submission (or resubmission) or the previous decision. Only decisions of the period ({@code
   * decided}) count; {@code ofDecided} holds every decision of their requests.
   */
  private List<Report.StepTime> stepTimes(
      List<Decision> decided, List<Decision> ofDecided, Instant start, Instant end) {
    Map<String, List<Double>> hours = new LinkedHashMap<>();
    STEPS.keySet().forEach(s -> hours.put(s, new ArrayList<>()));
    Set<Long> requestIds = new HashSet<>();
    decided.forEach(d -> requestIds.add(d.requestId));
    Set<Decision> counted = new HashSet<>(decided);
    // The rounds of every request decided in the period in one query (not one per request: a
    // year's report decides about 180,000 requests at national scale, issue 14).
    Map<Long, List<Event>> events = new HashMap<>();
    jdbc.sql(
            """
        select o.request_id, o.submitted_at from vneid_round o
        where o.request_id in (select d.request_id from vneid_decision d where d.decided_at >= :from and d.decided_at < :to)""")
        .param("from", utc(start))
        .param("to", utc(end))
        .query(
            (rs, i) ->
                events
                    .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Event(instant(rs.getObject(2, OffsetDateTime.class)), null)))
        .list();
    ofDecided.forEach(
        d -> events.computeIfAbsent(d.requestId, k -> new ArrayList<>()).add(new Event(d.at, d)));
    for (long id : requestIds) {
      List<Event> ofRequest = events.get(id);
      if (ofRequest == null) {
        continue;
      }
      // Submissions sort before decisions of the same instant: a decision always follows something.
      ofRequest.sort(Comparator.comparing(Event::at).thenComparing(e -> e.decision != null));
      for (int i = 1; i < ofRequest.size(); i++) {
        Decision d = ofRequest.get(i).decision;
        if (d != null && counted.contains(d) && hours.containsKey(d.step)) {
          hours
              .get(d.step)
              .add(Duration.between(ofRequest.get(i - 1).at, d.at).toSeconds() / 3600.0);
        }
      }
    }
    List<Report.StepTime> rows = new ArrayList<>();
    hours.forEach(
        (step, list) -> {
          if (!list.isEmpty()) {
            list.sort(null);
            rows.add(
                new Report.StepTime(
                    step,
                    STEPS.get(step),
                    list.size(),
                    round1(Percentiles.of(list, 50)),
                    round1(Percentiles.of(list, 90))));
          }
        });
    return rows;
  }

  private List<Decision> decisions(String where, Instant from, Instant to) {
    var spec =
        jdbc.sql(
            "select d.id, d.request_id, r.unit_code, d.step, d.outcome, d.reasons, d.decided_at "
                + "from vneid_decision d join vneid_request r on r.id = d.request_id where "
                + where
                + " order by d.decided_at, d.id");
    if (from != null) {
      spec = spec.param("from", utc(from)).param("to", utc(to));
    }
    return spec.query(
            (rs, i) ->
                new Decision(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    instant(rs.getObject(7, OffsetDateTime.class))))
        .list();
  }

  /** The city contains every unit; a district its own committee and the communes under it. */
  static boolean inArea(AreaTree tree, String areaCode, String homeAreaCode) {
    if (homeAreaCode == null || tree.find(homeAreaCode).isEmpty()) {
      return tree.city().code().equals(areaCode);
    }
    return tree.contains(areaCode, homeAreaCode);
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  private static OffsetDateTime utc(Instant i) {
    return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
  }

  private static Instant instant(OffsetDateTime t) {
    return t.toInstant();
  }

  private record Decision(
      long id,
      long requestId,
      String unitCode,
      String step,
      String outcome,
      String reasons,
      Instant at) {}

  private record Event(Instant at, Decision decision) {}
}
