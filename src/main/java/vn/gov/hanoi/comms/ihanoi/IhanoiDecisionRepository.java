package vn.gov.hanoi.comms.ihanoi;

import static vn.gov.hanoi.comms.ihanoi.NoticeRows.instant;
import static vn.gov.hanoi.comms.ihanoi.NoticeRows.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;

/** The decisions taken on iHanoi's notices, step by step (P-3). */
@Repository
public class IhanoiDecisionRepository {

  private static final String DECISION = "ihanoi_decision";

  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  public IhanoiDecisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
}
