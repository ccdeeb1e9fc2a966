package vn.gov.hanoi.comms.vneid;

import static vn.gov.hanoi.comms.vneid.VneidRequestRepository.instant;
import static vn.gov.hanoi.comms.vneid.VneidRequestRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.Grouping;
import vn.gov.hanoi.comms.common.TransactionReads;

/**
 * The decisions taken on VNeID requests' rounds (who, when, what, why: P-3) and the approvers'
 * narrowings of a round's window and audience (V-STEP-3); the requests and rounds themselves are
 * {@link VneidRequestRepository}'s.
 */
@Repository
public class VneidDecisionRepository {
  private final JdbcClient jdbc;
  private final VneidRequestRepository requests;
  private final TransactionReads reads = new TransactionReads();

  // The tables whose reads a write forgets (TransactionReads.changed(table)).
  private static final String DECISION = "vneid_decision";
  private static final String NARROWING = "vneid_narrowing";

  public VneidDecisionRepository(JdbcClient jdbc, VneidRequestRepository requests) {
    this.jdbc = jdbc;
    this.requests = requests;
  }

  public void insertDecision(DecisionRecord d) {
    reads.changed(DECISION);
    jdbc.sql(
            """
        insert into vneid_decision(request_id, round_no, step, outcome, reasons, classified_override, decided_by, decided_at,
          pre_check_override_reason)
        values (:id, :round, :step, :outcome, :reasons, :override, :by, :at, :preCheckOverride)""")
        .param("id", d.requestId())
        .param("round", d.roundNo())
        .param("step", d.step())
        .param("outcome", d.outcome())
        .param("reasons", d.reasons())
        .param("override", d.classifiedOverride())
        .param("by", d.decidedBy())
        .param("at", utc(d.decidedAt()))
        .param("preCheckOverride", d.preCheckOverrideReason())
        .update();
  }

  /**
   * The approver's narrowing of the window and audience (V-STEP-3), with the decision it belongs
   * to.
   */
  public void insertNarrowing(long requestId, int round, String step, Narrowing n) {
    reads.changed(NARROWING);
    jdbc.sql(
            """
        insert into vneid_narrowing(request_id, round_no, step, publish_from, publish_until, age_min, age_max, gender)
        values (:id, :round, :step, :from, :until, :min, :max, :gender)""")
        .param("id", requestId)
        .param("round", round)
        .param("step", step)
        .param("from", utc(n.publishFrom()))
        .param("until", utc(n.publishUntil()))
        .param("min", n.ageMin())
        .param("max", n.ageMax())
        .param("gender", n.gender())
        .update();
  }

  /** The narrowing each approving step of a round recorded, by step. */
  public Map<String, Narrowing> narrowings(long requestId, int round) {
    return reads.read(
        NARROWING, "narrowings", List.of(requestId, round), () -> readNarrowings(requestId, round));
  }

  /**
   * The narrowings of several requests in one read: by request id, then round, then step (as {@link
   * #narrowings(long, int)} gives them for one round).
   */
  public Map<Long, Map<Integer, Map<String, Narrowing>>> narrowingsOf(Collection<Long> requestIds) {
    Map<Long, Map<Integer, Map<String, Narrowing>>> byRequest = new LinkedHashMap<>();
    if (requestIds.isEmpty()) {
      return byRequest;
    }
    jdbc.sql("select * from vneid_narrowing where request_id in (:ids)")
        .param("ids", requestIds)
        .query(
            (rs, n) ->
                byRequest
                    .computeIfAbsent(rs.getLong("request_id"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getInt("round_no"), k -> new LinkedHashMap<>())
                    .put(rs.getString("step"), narrowing(rs)))
        .list();
    return byRequest;
  }

  private static Narrowing narrowing(ResultSet rs) throws SQLException {
    return new Narrowing(
        instant(rs, "publish_from"),
        instant(rs, "publish_until"),
        (Integer) rs.getObject("age_min"),
        (Integer) rs.getObject("age_max"),
        rs.getString("gender"));
  }

  private Map<String, Narrowing> readNarrowings(long requestId, int round) {
    Map<String, Narrowing> byStep = new LinkedHashMap<>();
    jdbc.sql("select * from vneid_narrowing where request_id = :id and round_no = :round")
        .param("id", requestId)
        .param("round", round)
        .query((rs, n) -> byStep.put(rs.getString("step"), narrowing(rs)))
        .list();
    return byStep;
  }

  /**
   * The round as approved: the unit's values with every narrowing of the approvers applied
   * (V-STEP-3, V-STEP-5).
   */
  public RoundRecord approvedRound(long requestId, int round) {
    RoundRecord r = requests.round(requestId, round);
    for (Narrowing n : narrowings(requestId, round).values()) {
      r = n.applyTo(r);
    }
    return r;
  }

  public List<DecisionRecord> decisions(long requestId) {
    return reads.read(
        DECISION,
        "decisions",
        requestId,
        () ->
            jdbc.sql("select * from vneid_decision where request_id = :id order by decided_at, id")
                .param("id", requestId)
                .query(VneidDecisionRepository::decision)
                .list());
  }

  /** The decisions of several requests in one read, by request id, each in decision order. */
  public Map<Long, List<DecisionRecord>> decisionsOf(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    return Grouping.byKey(
        jdbc.sql(
                "select * from vneid_decision where request_id in (:ids) order by request_id, decided_at, id")
            .param("ids", requestIds)
            .query(VneidDecisionRepository::decision)
            .list(),
        DecisionRecord::requestId);
  }

  private static DecisionRecord decision(ResultSet rs, int n) throws SQLException {
    return new DecisionRecord(
        rs.getLong("request_id"),
        rs.getInt("round_no"),
        rs.getString("step"),
        rs.getString("outcome"),
        rs.getString("reasons"),
        rs.getBoolean("classified_override"),
        rs.getString("decided_by"),
        instant(rs, "decided_at"),
        rs.getString("pre_check_override_reason"));
  }
}
