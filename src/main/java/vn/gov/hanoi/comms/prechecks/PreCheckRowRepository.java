package vn.gov.hanoi.comms.prechecks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;
import vn.gov.hanoi.comms.screening.Field;
import vn.gov.hanoi.comms.screening.PreCheckRow;

/**
 * The pre-check results as rows (table pre_check_result): per VNeID round, and per content check of
 * an iHanoi notice (numbered 1, 2, ... as the notice comes back to approval).
 */
@Repository
public class PreCheckRowRepository {
  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  public PreCheckRowRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces a round's results: a retried pre-check job stores them once. */
  public void replaceForRound(long requestId, int round, List<PreCheckRow> rows, Instant at) {
    reads.changed();
    jdbc.sql("delete from pre_check_result where vneid_request_id = :r and vneid_round_no = :n")
        .param("r", requestId)
        .param("n", round)
        .update();
    insert(requestId, round, null, null, rows, at);
  }

  public List<PreCheckRow> forRound(long requestId, int round) {
    return reads.read(
        "forRound",
        List.of(requestId, round),
        () ->
            jdbc.sql(
                    "select * from pre_check_result where vneid_request_id = :r and vneid_round_no = :n order by seq")
                .param("r", requestId)
                .param("n", round)
                .query(PreCheckRowRepository::row)
                .list());
  }

  /**
   * The results of every round of several requests in one read: by request id, then round, each in
   * order (as {@link #forRound(long, int)} gives them for one round).
   */
  public Map<Long, Map<Integer, List<PreCheckRow>>> forRequests(Collection<Long> requestIds) {
    Map<Long, Map<Integer, List<PreCheckRow>>> byRequest = new LinkedHashMap<>();
    if (requestIds.isEmpty()) {
      return byRequest;
    }
    jdbc.sql(
            "select * from pre_check_result where vneid_request_id in (:r) order by vneid_request_id, vneid_round_no, seq")
        .param("r", requestIds)
        .query(
            (rs, n) ->
                byRequest
                    .computeIfAbsent(rs.getLong("vneid_request_id"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getInt("vneid_round_no"), k -> new ArrayList<>())
                    .add(row(rs, n)))
        .list();
    return byRequest;
  }

  /** Stores a notice's check as the next one; returns its number. */
  public int addNoticeCheck(long noticeId, List<PreCheckRow> rows, Instant at) {
    int next = latestNoticeCheck(noticeId) + 1;
    insert(null, null, noticeId, next, rows, at);
    return next;
  }

  /** The number of a notice's latest check, 0 when it has none. */
  public int latestNoticeCheck(long noticeId) {
    return reads.read(
        "latestNoticeCheck",
        noticeId,
        () ->
            jdbc.sql(
                    "select coalesce(max(ihanoi_check_no), 0) from pre_check_result where ihanoi_notice_id = :id")
                .param("id", noticeId)
                .query(Integer.class)
                .single());
  }

  public List<PreCheckRow> forNoticeCheck(long noticeId, int check) {
    return reads.read(
        "forNoticeCheck",
        List.of(noticeId, check),
        () ->
            jdbc.sql(
                    "select * from pre_check_result where ihanoi_notice_id = :id and ihanoi_check_no = :n order by seq")
                .param("id", noticeId)
                .param("n", check)
                .query(PreCheckRowRepository::row)
                .list());
  }

  private void insert(
      Long requestId,
      Integer round,
      Long noticeId,
      Integer check,
      List<PreCheckRow> rows,
      Instant at) {
    int seq = 0;
    for (PreCheckRow r : rows) {
      reads.changed();
      jdbc.sql(
              """
          insert into pre_check_result(vneid_request_id, vneid_round_no, ihanoi_notice_id, ihanoi_check_no, seq,
            check_name, kind, severity, message, field, attachment_name, passage, start_offset, end_offset, suggestion,
            checked_at)
          values (:req, :round, :notice, :check, :seq, :name, :kind, :severity, :message, :field, :attachment,
            :passage, :start, :end, :suggestion, :at)""")
          .param("req", requestId)
          .param("round", round)
          .param("notice", noticeId)
          .param("check", check)
          .param("seq", seq++)
          .param("name", r.check())
          .param("kind", r.kind())
          .param("severity", r.severity())
          .param("message", cut(r.message(), 2000))
          .param("field", r.field() == null ? null : r.field().name())
          .param("attachment", cut(r.attachmentName(), 255))
          .param("passage", cut(r.passage(), 1000))
          .param("start", r.start())
          .param("end", r.end())
          .param("suggestion", cut(r.suggestion(), 500))
          .param("at", at.atOffset(ZoneOffset.UTC))
          .update();
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static PreCheckRow row(ResultSet rs, int n) throws SQLException {
    String field = rs.getString("field");
    return new PreCheckRow(
        rs.getString("check_name"),
        rs.getString("kind"),
        rs.getString("severity"),
        rs.getString("message"),
        field == null ? null : Field.valueOf(field),
        rs.getString("attachment_name"),
        rs.getString("passage"),
        (Integer) rs.getObject("start_offset", Integer.class),
        (Integer) rs.getObject("end_offset", Integer.class),
        rs.getString("suggestion"));
  }
}
