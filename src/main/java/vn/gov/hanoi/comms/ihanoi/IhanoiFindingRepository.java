package vn.gov.hanoi.comms.ihanoi;

import static vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository.FINDING;
import static vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository.NOTICE;
import static vn.gov.hanoi.comms.ihanoi.NoticeRows.instant;
import static vn.gov.hanoi.comms.ihanoi.NoticeRows.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;

/**
 * The duplicate check's findings on iHanoi's notices (I-DEDUP-4) and the approvers' overrides of
 * them. Shares what the transaction read with {@link IhanoiNoticeRepository}: the latest finding is
 * read with its earlier notice, so a write to either table forgets it.
 */
@Repository
public class IhanoiFindingRepository {

  private final JdbcClient jdbc;
  private final TransactionReads reads;

  public IhanoiFindingRepository(JdbcClient jdbc, IhanoiNoticeRepository notices) {
    this.jdbc = jdbc;
    this.reads = notices.reads();
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
}
