package vn.gov.hanoi.comms.ihanoi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;

@Repository
public class IhanoiNoticeRepository {
  private static final String COLUMNS =
      """
      id, organisation_code, level, area_code, title, body_html, body_text, topic, urgency, valid_until, status,
      approved_at, sent_at, process_instance_id, created_by, created_at, override_reason, override_by""";

  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  // The tables whose reads a write forgets (TransactionReads.changed(table)); a read of two tables
  // (latestFinding) names none and is forgotten on every write.
  private static final String NOTICE = "ihanoi_notice";
  private static final String FINDING = "ihanoi_duplicate_finding";
  private static final String DECISION = "ihanoi_decision";
  private static final String INDEX_EVENT = "ihanoi_index_event";

  public IhanoiNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(
      String org,
      NoticeLevel level,
      String area,
      String title,
      String bodyHtml,
      String bodyText,
      NoticeTopic topic,
      NoticeUrgency urgency,
      Instant validUntil,
      String createdBy,
      Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    reads.changed(NOTICE);
    jdbc.sql(
            """
        insert into ihanoi_notice(organisation_code, level, area_code, title, body_html, body_text, topic, urgency,
          valid_until, status, created_by, created_at)
        values (:org, :level, :area, :title, :html, :text, :topic, :urgency, :until, 'DRAFT', :by, :now)""")
        .param("org", org)
        .param("level", level.name())
        .param("area", area)
        .param("title", title)
        .param("html", bodyHtml)
        .param("text", bodyText)
        .param("topic", topic.name())
        .param("urgency", urgency.name())
        .param("until", utc(validUntil))
        .param("by", createdBy)
        .param("now", utc(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<NoticeRecord> find(long id) {
    return reads.read(
        NOTICE,
        "find",
        id,
        () ->
            jdbc.sql("select " + COLUMNS + " from ihanoi_notice where id = :id")
                .param("id", id)
                .query(IhanoiNoticeRepository::notice)
                .optional());
  }

  public long count() {
    return jdbc.sql("select count(*) from ihanoi_notice").query(Long.class).single();
  }

  public void updateProcessInstance(long id, String pid) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set process_instance_id = :pid where id = :id")
        .param("pid", pid)
        .param("id", id)
        .update();
  }

  /**
   * Ties the notice to the instance that works on it, once (T-2); false when another instance
   * already has it.
   */
  public boolean bindProcessInstance(long id, String pid) {
    reads.changed(NOTICE);
    return jdbc.sql(
                "update ihanoi_notice set process_instance_id = :pid where id = :id and process_instance_id is null")
            .param("pid", pid)
            .param("id", id)
            .update()
        == 1;
  }

  /** The notice a process instance works on, as recorded when it started. */
  public Optional<NoticeRecord> findByProcessInstance(String pid) {
    return reads.read(
        NOTICE,
        "findByProcessInstance",
        pid,
        () ->
            jdbc.sql("select " + COLUMNS + " from ihanoi_notice where process_instance_id = :pid")
                .param("pid", pid)
                .query(IhanoiNoticeRepository::notice)
                .optional());
  }

  public void updateStatus(long id, NoticeStatus status) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set status = :s where id = :id")
        .param("s", status.name())
        .param("id", id)
        .update();
  }

  public void updateText(long id, String title, String bodyHtml, String bodyText) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set title = :t, body_html = :h, body_text = :x where id = :id")
        .param("t", title)
        .param("h", bodyHtml)
        .param("x", bodyText)
        .param("id", id)
        .update();
  }

  public void updateValidUntil(long id, Instant validUntil) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set valid_until = :u where id = :id")
        .param("u", utc(validUntil))
        .param("id", id)
        .update();
  }

  public void markApproved(long id, Instant at) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set status = 'APPROVED', approved_at = :at where id = :id")
        .param("at", utc(at))
        .param("id", id)
        .update();
    logIndexEvent(id);
  }

  public void markSent(long id, Instant at) {
    reads.changed(NOTICE);
    jdbc.sql("update ihanoi_notice set status = 'SENT', sent_at = :at where id = :id")
        .param("at", utc(at))
        .param("id", id)
        .update();
    logIndexEvent(id);
  }

  public void recordOverride(long id, String reason, String by, Instant at) {
    reads.changed(NOTICE);
    jdbc.sql(
            "update ihanoi_notice set override_reason = :r, override_by = :b, override_at = :at where id = :id")
        .param("r", reason)
        .param("b", by)
        .param("at", utc(at))
        .param("id", id)
        .update();
    reads.changed(FINDING);
    jdbc.sql("update ihanoi_duplicate_finding set overridden = true where notice_id = :id")
        .param("id", id)
        .update();
  }

  public void insertFinding(DuplicateFinding f, String stage, Instant at) {
    reads.changed(FINDING);
    jdbc.sql(
            """
        insert into ihanoi_duplicate_finding(notice_id, earlier_id, earlier_level, similarity, containment, stage, found_at)
        values (:n, :e, :l, :s, :c, :stage, :at)""")
        .param("n", f.noticeId())
        .param("e", f.earlierId())
        .param("l", f.earlierLevel().name())
        .param("s", f.similarity())
        .param("c", f.containment())
        .param("stage", stage)
        .param("at", utc(at))
        .update();
  }

  /** Earlier notices an approver has already overridden for this notice: they no longer stop it. */
  public List<Long> overriddenEarlierIds(long noticeId) {
    return jdbc.sql(
            "select earlier_id from ihanoi_duplicate_finding where notice_id = :id and overridden")
        .param("id", noticeId)
        .query(Long.class)
        .list();
  }

  /** The latest finding, as the editor's form shows it. */
  public Optional<DuplicateFinding> latestFinding(long noticeId) {
    return reads.read(
        "latestFinding",
        noticeId,
        () ->
            jdbc.sql(
                    """
        select f.notice_id, f.earlier_id, f.earlier_level, e.area_code, coalesce(e.sent_at, e.approved_at) at_,
               f.similarity, f.containment
        from ihanoi_duplicate_finding f join ihanoi_notice e on e.id = f.earlier_id
        where f.notice_id = :id and not f.overridden
        order by f.id desc fetch first 1 rows only""")
                .param("id", noticeId)
                .query(
                    (rs, n) ->
                        new DuplicateFinding(
                            rs.getLong(1),
                            rs.getLong(2),
                            NoticeLevel.valueOf(rs.getString(3)),
                            rs.getString(4),
                            instant(rs, "at_"),
                            rs.getDouble(6),
                            rs.getDouble(7)))
                .optional());
  }

  public void insertDecision(
      long noticeId, String step, String outcome, String reasons, String by, Instant at) {
    insertDecision(noticeId, step, outcome, reasons, by, at, null);
  }

  /** With the written reason that let blocked personal data through, if any. */
  public void insertDecision(
      long noticeId,
      String step,
      String outcome,
      String reasons,
      String by,
      Instant at,
      String preCheckOverrideReason) {
    reads.changed(DECISION);
    jdbc.sql(
            """
        insert into ihanoi_decision(notice_id, step, outcome, reasons, decided_by, decided_at, pre_check_override_reason)
        values (:n, :step, :o, :r, :by, :at, :override)""")
        .param("n", noticeId)
        .param("step", step)
        .param("o", outcome)
        .param("r", reasons)
        .param("by", by)
        .param("at", utc(at))
        .param("override", preCheckOverrideReason)
        .update();
  }

  /** Sent or approved-not-yet-sent notices among {@code ids} since {@code since} (I-DEDUP-5). */
  public List<NoticeRecord> liveAmong(Collection<Long> ids, Instant since) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + COLUMNS
                + " "
                + """
         from ihanoi_notice where id in (:ids) and status in ('APPROVED', 'SENT')
         and coalesce(sent_at, approved_at) >= :since""")
        .param("ids", ids)
        .param("since", utc(since))
        .query(IhanoiNoticeRepository::notice)
        .list();
  }

  /**
   * Where a catch-up of the notices indexed at or after {@code notBefore} may start: the first
   * index event of a notice sent, approved or created since then (a superset of those whose indexed
   * time, {@code coalesce(sent_at, approved_at, created_at)}, is since then), through V98_2's
   * indexes; {@code Long.MAX_VALUE} when there is none. At start-up the catch-up began at the
   * oldest event and walked 1.87 M of them to reach a national corpus's 30-day look-back (issue
   * 14). Each notice's first event is read by key: a join over every event took 1.1 s there, this
   * 0.4 s.
   */
  public long firstIndexEventSeqSince(Instant notBefore) {
    return jdbc.sql(
            """
         select min(f.first_seq) from (
           select (select min(e.seq) from ihanoi_index_event e where e.notice_id = n.id) first_seq from (
             select id from ihanoi_notice where sent_at >= :t
             union select id from ihanoi_notice where approved_at >= :t
             union select id from ihanoi_notice where created_at >= :t) n) f""")
        .param("t", utc(notBefore))
        .query(Long.class)
        .optional()
        .orElse(Long.MAX_VALUE);
  }

  /**
   * The index events after {@code seq} up to {@code upTo}, oldest first, at most {@code limit}, of
   * notices that entered the index at or after {@code notBefore} (sent, or else approved).
   */
  public List<IndexEvent> indexEventsAfter(long seq, long upTo, Instant notBefore, int limit) {
    return jdbc.sql(
            "select e.seq, "
                + prefixed("n")
                + " "
                + """
         from ihanoi_index_event e join ihanoi_notice n on n.id = e.notice_id
         where e.seq > :seq and e.seq <= :upTo
           and coalesce(n.sent_at, n.approved_at, n.created_at) >= :notBefore
         order by e.seq fetch first :limit rows only""")
        .param("seq", seq)
        .param("upTo", upTo)
        .param("notBefore", utc(notBefore))
        .param("limit", limit)
        .query((rs, i) -> new IndexEvent(rs.getLong("seq"), notice(rs, i)))
        .list();
  }

  /** The newest index event's sequence number, 0 when there is none. */
  public long lastIndexEventSeq() {
    return jdbc.sql("select coalesce(max(seq), 0) from ihanoi_index_event")
        .query(Long.class)
        .single();
  }

  /**
   * The newest notice SENT by a body, for the cadence report: the city's are all CITY notices. Two
   * sent in the same instant (a stopped test clock, a batch) go by id: the later one recorded is
   * the last.
   */
  public Optional<NoticeRecord> lastSentByOrganisation(String org) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " "
                + """
         from ihanoi_notice where organisation_code = :org and status = 'SENT'
         order by sent_at desc, id desc fetch first 1 rows only""")
        .param("org", org)
        .query(IhanoiNoticeRepository::notice)
        .optional();
  }

  /**
   * The last sent notice of every organisation that has sent one, in one query (the cadence report
   * reads it for thousands of bodies at national scale; one query per body was its N+1): the
   * organisation's newest found by {@code ihanoi_notice_org_sent}, as {@link
   * #lastSentByOrganisation}.
   */
  public Map<String, NoticeRecord> lastSentPerOrganisation() {
    Map<String, NoticeRecord> last = new HashMap<>();
    jdbc.sql(
            """
         select %s from ihanoi_notice where id in (
           select (select m.id from ihanoi_notice m
                   where m.organisation_code = o.code and m.status = 'SENT'
                   order by m.sent_at desc, m.id desc fetch first 1 rows only)
           from organisation o)"""
                .formatted(COLUMNS))
        .query(IhanoiNoticeRepository::notice)
        .list()
        .forEach(n -> last.put(n.organisationCode(), n));
    return last;
  }

  public Optional<NoticeRecord> lastSentAtLevel(NoticeLevel level) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " "
                + """
         from ihanoi_notice where level = :level and status = 'SENT'
         order by sent_at desc, id desc fetch first 1 rows only""")
        .param("level", level.name())
        .query(IhanoiNoticeRepository::notice)
        .optional();
  }

  public List<String> decisionsOf(long noticeId) {
    return reads.read(
        DECISION,
        "decisionsOf",
        noticeId,
        () ->
            jdbc.sql(
                    "select step || ':' || outcome from ihanoi_decision where notice_id = :id order by id")
                .param("id", noticeId)
                .query(String.class)
                .list());
  }

  /**
   * One recorded decision on a notice (P-3): the step, what was decided, the note, who and when.
   */
  public record DecisionRow(
      String step, String outcome, String note, String decidedBy, Instant decidedAt) {}

  /** Every decision on a notice, oldest first. */
  public List<DecisionRow> decisions(long noticeId) {
    return reads.read(
        DECISION,
        "decisions",
        noticeId,
        () ->
            jdbc.sql(
                    """
        select step, outcome, reasons, decided_by, decided_at from ihanoi_decision
        where notice_id = :id order by id""")
                .param("id", noticeId)
                .query(
                    (rs, i) ->
                        new DecisionRow(
                            rs.getString("step"),
                            rs.getString("outcome"),
                            rs.getString("reasons"),
                            rs.getString("decided_by"),
                            instant(rs, "decided_at")))
                .list());
  }

  /** A duplicate finding with what the earlier notice was (I-DEDUP-4). */
  public record FindingRow(
      long earlierId,
      String earlierOrganisationCode,
      String earlierTitle,
      NoticeLevel earlierLevel,
      Instant earlierAt,
      double similarity,
      double containment,
      String stage,
      Instant foundAt,
      boolean overridden) {}

  /** Every duplicate finding on a notice, oldest first. */
  public List<FindingRow> findings(long noticeId) {
    return jdbc.sql(
            """
        select f.earlier_id, e.organisation_code, e.title, f.earlier_level,
               coalesce(e.sent_at, e.approved_at) at_, f.similarity, f.containment, f.stage, f.found_at,
               f.overridden
        from ihanoi_duplicate_finding f join ihanoi_notice e on e.id = f.earlier_id
        where f.notice_id = :id order by f.id""")
        .param("id", noticeId)
        .query(
            (rs, i) ->
                new FindingRow(
                    rs.getLong("earlier_id"),
                    rs.getString("organisation_code"),
                    rs.getString("title"),
                    NoticeLevel.valueOf(rs.getString("earlier_level")),
                    instant(rs, "at_"),
                    rs.getDouble("similarity"),
                    rs.getDouble("containment"),
                    rs.getString("stage"),
                    instant(rs, "found_at"),
                    rs.getBoolean("overridden")))
        .list();
  }

  public record IndexEvent(long seq, NoticeRecord notice) {}

  private void logIndexEvent(long id) {
    reads.changed(INDEX_EVENT);
    jdbc.sql("insert into ihanoi_index_event(notice_id) values (:id)").param("id", id).update();
  }

  private static String prefixed(String alias) {
    StringBuilder sb = new StringBuilder();
    for (String c : COLUMNS.split(",")) {
      sb.append(sb.isEmpty() ? "" : ", ").append(alias).append('.').append(c.trim());
    }
    return sb.toString();
  }

  private static NoticeRecord notice(ResultSet rs, int n) throws SQLException {
    return new NoticeRecord(
        rs.getLong("id"),
        rs.getString("organisation_code"),
        NoticeLevel.valueOf(rs.getString("level")),
        rs.getString("area_code"),
        rs.getString("title"),
        rs.getString("body_html"),
        rs.getString("body_text"),
        NoticeTopic.valueOf(rs.getString("topic")),
        NoticeUrgency.valueOf(rs.getString("urgency")),
        instant(rs, "valid_until"),
        NoticeStatus.valueOf(rs.getString("status")),
        instant(rs, "approved_at"),
        instant(rs, "sent_at"),
        rs.getString("process_instance_id"),
        rs.getString("created_by"),
        instant(rs, "created_at"),
        rs.getString("override_reason"),
        rs.getString("override_by"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
