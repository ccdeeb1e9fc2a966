package vn.gov.hanoi.comms.ihanoi;

import static vn.gov.hanoi.comms.ihanoi.NoticeRows.COLUMNS;
import static vn.gov.hanoi.comms.ihanoi.NoticeRows.utc;

import java.time.Instant;
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

/**
 * iHanoi's notices: their text, status and process instance, and the notices the cadence report and
 * the duplicate check read. Their duplicate findings are in {@link IhanoiFindingRepository}, their
 * decisions in {@link IhanoiDecisionRepository}, the duplicate index's events in {@link
 * DuplicateIndexEvents}.
 */
@Repository
public class IhanoiNoticeRepository {

  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  // The tables whose reads a write forgets (TransactionReads.changed(table)); a read of two tables
  // (IhanoiFindingRepository.latestFinding) names none and is forgotten on every write.
  static final String NOTICE = "ihanoi_notice";
  static final String FINDING = "ihanoi_duplicate_finding";
  private static final String INDEX_EVENT = "ihanoi_index_event";

  public IhanoiNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What this transaction read of the notices and of their findings: one for both, since the latest
   * finding is read with the earlier notice.
   */
  TransactionReads reads() {
    return reads;
  }

  /** Stores a validated notice as a DRAFT by {@code createdBy}; its id. */
  public long insert(ValidatedNotice notice, String createdBy, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    reads.changed(NOTICE);
    jdbc.sql(
            """
        insert into ihanoi_notice(organisation_code, level, area_code, title, body_html, body_text, topic, urgency,
          valid_until, status, created_by, created_at)
        values (:org, :level, :area, :title, :html, :text, :topic, :urgency, :until, 'DRAFT', :by, :now)""")
        .param("org", notice.body().organisationCode())
        .param("level", notice.body().level().name())
        .param("area", notice.body().areaCode())
        .param("title", notice.title())
        .param("html", notice.bodyHtml())
        .param("text", notice.bodyText())
        .param("topic", notice.topic().name())
        .param("urgency", notice.urgency().name())
        .param("until", utc(notice.validUntil()))
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
                .query(NoticeRows::notice)
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
                .query(NoticeRows::notice)
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
        .query(NoticeRows::notice)
        .list();
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
        .query(NoticeRows::notice)
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
        .query(NoticeRows::notice)
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
        .query(NoticeRows::notice)
        .optional();
  }

  private void logIndexEvent(long id) {
    reads.changed(INDEX_EVENT);
    jdbc.sql("insert into ihanoi_index_event(notice_id) values (:id)").param("id", id).update();
  }
}
