package vn.gov.hanoi.comms.vneid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.Grouping;
import vn.gov.hanoi.comms.common.TransactionReads;
import vn.gov.hanoi.comms.common.web.Paging;

/**
 * The product's tables for VNeID requests, their rounds and attachments; the decisions on them and
 * the approvers' narrowings are {@link VneidDecisionRepository}'s.
 */
@Repository
public class VneidRequestRepository {
  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  // The tables whose reads a write forgets (TransactionReads.changed(table)): each read and write
  // here touches one of them.
  private static final String REQUEST = "vneid_request";
  private static final String ROUND = "vneid_round";
  private static final String ATTACHMENT = "vneid_attachment";

  public VneidRequestRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * A new request; who handles it is recorded by the process's routing step (Task_DecideRouting).
   */
  public long insertRequest(
      String unitCode, String scope, String areaSetId, String submittedBy, Instant now) {
    KeyHolder keys = new GeneratedKeyHolder();
    reads.changed(REQUEST);
    jdbc.sql(
            """
        insert into vneid_request(unit_code, status, scope, area_set_id, current_round, submitted_by, created_at,
          updated_at)
        values (:unit, :status, :scope, :set, 1, :by, :now, :now)""")
        .param("unit", unitCode)
        .param("status", VneidStatus.IN_APPRAISAL.name())
        .param("scope", scope)
        .param("set", areaSetId)
        .param("by", submittedBy)
        .param("now", Timestamp.from(now))
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public void insertRound(RoundRecord r) {
    reads.changed(ROUND);
    jdbc.sql(
            """
        insert into vneid_round(request_id, round_no, title, summary, body_html, category, scope, target_area_codes,
          age_min, age_max, gender, publish_from, publish_until, justification, reviewer_notes, letter_number,
          letter_date, featured_image_id, pre_check_summary, classified_marking, revision_note, submitted_by, submitted_at)
        values (:id, :round, :title, :summary, :body, :category, :scope, :targets, :ageMin, :ageMax, :gender,
          :from, :until, :justification, :notes, :letterNumber, :letterDate, :image, :preCheck, :classified,
          :revisionNote, :by, :at)""")
        .param("id", r.requestId())
        .param("round", r.roundNo())
        .param("title", r.title())
        .param("summary", r.summary())
        .param("body", r.bodyHtml())
        .param("category", r.category())
        .param("scope", r.scope())
        .param("targets", String.join(",", r.targetAreaCodes()))
        .param("ageMin", r.ageMin())
        .param("ageMax", r.ageMax())
        .param("gender", r.gender())
        .param("from", utc(r.publishFrom()))
        .param("until", utc(r.publishUntil()))
        .param("justification", r.justification())
        .param("notes", r.reviewerNotes())
        .param("letterNumber", r.letterNumber())
        .param("letterDate", r.letterDate())
        .param("image", r.featuredImageId())
        .param("preCheck", r.preCheckSummary())
        .param("classified", r.classifiedMarking())
        .param("revisionNote", r.revisionNote())
        .param("by", r.submittedBy())
        .param("at", utc(r.submittedAt()))
        .update();
  }

  public void insertAttachment(long requestId, int round, long fileId) {
    reads.changed(ATTACHMENT);
    jdbc.sql("insert into vneid_attachment(request_id, round_no, file_id) values (:r, :n, :f)")
        .param("r", requestId)
        .param("n", round)
        .param("f", fileId)
        .update();
  }

  public List<Long> attachmentIds(long requestId, int round) {
    return reads.read(
        ATTACHMENT,
        "attachmentIds",
        List.of(requestId, round),
        () ->
            jdbc.sql(
                    "select file_id from vneid_attachment where request_id = :r and round_no = :n order by file_id")
                .param("r", requestId)
                .param("n", round)
                .query(Long.class)
                .list());
  }

  public Optional<VneidRequestRecord> find(long id) {
    return reads.read(
        REQUEST,
        "find",
        id,
        () ->
            jdbc.sql("select * from vneid_request where id = :id")
                .param("id", id)
                .query(VneidRequestRepository::request)
                .optional());
  }

  /**
   * One page of the units' requests, newest first, narrowed by {@code filter}; the units are the
   * caller's own (T-1..T-3), so no page ever holds another unit's row.
   */
  public List<VneidRequestRecord> findByUnits(
      List<String> unitCodes, VneidRequestFilter filter, Paging paging) {
    if (unitCodes.isEmpty()) {
      return List.of();
    }
    return filter
        .bind(
            jdbc.sql(
                "select * from vneid_request"
                    + filter.where()
                    + " order by id desc offset :offset rows fetch first :limit rows only"),
            unitCodes)
        .param("offset", paging.offset())
        .param("limit", paging.size())
        .query(VneidRequestRepository::request)
        .list();
  }

  public long countByUnits(List<String> unitCodes, VneidRequestFilter filter) {
    if (unitCodes.isEmpty()) {
      return 0;
    }
    return filter
        .bind(jdbc.sql("select count(*) from vneid_request" + filter.where()), unitCodes)
        .query(Long.class)
        .single();
  }

  public List<RoundRecord> rounds(long requestId) {
    return reads.read(
        ROUND,
        "rounds",
        requestId,
        () ->
            jdbc.sql("select * from vneid_round where request_id = :id order by round_no")
                .param("id", requestId)
                .query(VneidRequestRepository::round)
                .list());
  }

  /**
   * The rounds of several requests in one read (a page of the list builds its views from one read
   * per table, not one per row), by request id, each in round order; a request without rounds is
   * absent.
   */
  public Map<Long, List<RoundRecord>> roundsOf(Collection<Long> requestIds) {
    if (requestIds.isEmpty()) {
      return Map.of();
    }
    return Grouping.byKey(
        jdbc.sql(
                "select * from vneid_round where request_id in (:ids) order by request_id, round_no")
            .param("ids", requestIds)
            .query(VneidRequestRepository::round)
            .list(),
        RoundRecord::requestId);
  }

  /** The routing of several requests in one read, by request id. */
  public Map<Long, Routing> routingsOf(Collection<Long> requestIds) {
    Map<Long, Routing> byRequest = new LinkedHashMap<>();
    if (requestIds.isEmpty()) {
      return byRequest;
    }
    jdbc.sql(
            "select id, appraiser_group, appraiser_name, approver_group, approver_title from vneid_request where id in (:ids)")
        .param("ids", requestIds)
        .query((rs, n) -> byRequest.put(rs.getLong("id"), routing(rs)))
        .list();
    return byRequest;
  }

  public RoundRecord round(long requestId, int roundNo) {
    return reads.read(
        ROUND,
        "round",
        List.of(requestId, roundNo),
        () ->
            jdbc.sql("select * from vneid_round where request_id = :id and round_no = :n")
                .param("id", requestId)
                .param("n", roundNo)
                .query(VneidRequestRepository::round)
                .single());
  }

  public void updateStatus(long id, VneidStatus status, Instant now) {
    reads.changed(REQUEST);
    jdbc.sql("update vneid_request set status = :s, updated_at = :now where id = :id")
        .param("s", status.name())
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  public void updateRouting(long id, String scope, Routing routing) {
    reads.changed(REQUEST);
    jdbc.sql(
            """
        update vneid_request set scope = :scope, appraiser_group = :a, appraiser_name = :an, approver_group = :b,
          approver_title = :bt where id = :id""")
        .param("scope", scope)
        .param("a", routing.appraiserGroup())
        .param("an", routing.receivingPoliceName())
        .param("b", routing.approverGroup())
        .param("bt", routing.approverTitle())
        .param("id", id)
        .update();
  }

  public Routing routing(long id) {
    return reads.read(
        REQUEST,
        "routing",
        id,
        () ->
            jdbc.sql(
                    "select appraiser_group, appraiser_name, approver_group, approver_title from vneid_request where id = :id")
                .param("id", id)
                .query((rs, n) -> routing(rs))
                .single());
  }

  private static Routing routing(ResultSet rs) throws SQLException {
    return new Routing(
        rs.getString("appraiser_group"),
        rs.getString("appraiser_name"),
        rs.getString("approver_group"),
        rs.getString("approver_title"));
  }

  public void updateCurrentRound(long id, int round, Instant now) {
    reads.changed(REQUEST);
    jdbc.sql("update vneid_request set current_round = :r, updated_at = :now where id = :id")
        .param("r", round)
        .param("now", Timestamp.from(now))
        .param("id", id)
        .update();
  }

  /**
   * Ties the request to the process instance that works on it, once (T-2): false when it is already
   * tied to one, so a second instance can never take over a request.
   */
  public boolean bindProcessInstance(long id, String processInstanceId) {
    reads.changed(REQUEST);
    return jdbc.sql(
                "update vneid_request set process_instance_id = :p where id = :id and process_instance_id is null")
            .param("p", processInstanceId)
            .param("id", id)
            .update()
        == 1;
  }

  /** The request a process instance works on, as recorded when it started. */
  public Optional<VneidRequestRecord> findByProcessInstance(String processInstanceId) {
    return reads.read(
        REQUEST,
        "findByProcessInstance",
        processInstanceId,
        () ->
            jdbc.sql("select * from vneid_request where process_instance_id = :p")
                .param("p", processInstanceId)
                .query(VneidRequestRepository::request)
                .optional());
  }

  /** The highest round stored; above the current round while a revision waits to be registered. */
  public int latestRoundNo(long requestId) {
    return reads.read(
        ROUND,
        "latestRoundNo",
        requestId,
        () ->
            jdbc.sql("select coalesce(max(round_no), 0) from vneid_round where request_id = :id")
                .param("id", requestId)
                .query(Integer.class)
                .single());
  }

  public void updatePreCheck(long id, int round, String summary, boolean classified) {
    reads.changed(ROUND);
    jdbc.sql(
            "update vneid_round set pre_check_summary = :s, classified_marking = :c where request_id = :id and round_no = :n")
        .param("s", summary)
        .param("c", classified)
        .param("id", id)
        .param("n", round)
        .update();
  }

  private static VneidRequestRecord request(ResultSet rs, int n) throws SQLException {
    return new VneidRequestRecord(
        rs.getLong("id"),
        rs.getString("unit_code"),
        VneidStatus.valueOf(rs.getString("status")),
        rs.getString("scope"),
        rs.getString("area_set_id"),
        rs.getString("appraiser_group"),
        rs.getString("approver_group"),
        rs.getInt("current_round"),
        rs.getString("process_instance_id"),
        rs.getString("submitted_by"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static RoundRecord round(ResultSet rs, int n) throws SQLException {
    String targets = rs.getString("target_area_codes");
    return new RoundRecord(
        rs.getLong("request_id"),
        rs.getInt("round_no"),
        rs.getString("title"),
        rs.getString("summary"),
        rs.getString("body_html"),
        rs.getString("category"),
        rs.getString("scope"),
        targets.isEmpty() ? List.of() : Arrays.asList(targets.split(",")),
        rs.getInt("age_min"),
        rs.getInt("age_max"),
        rs.getString("gender"),
        instant(rs, "publish_from"),
        instant(rs, "publish_until"),
        rs.getString("justification"),
        rs.getString("reviewer_notes"),
        rs.getString("letter_number"),
        rs.getObject("letter_date", java.time.LocalDate.class),
        rs.getLong("featured_image_id"),
        rs.getString("pre_check_summary"),
        rs.getBoolean("classified_marking"),
        rs.getString("revision_note"),
        rs.getString("submitted_by"),
        instant(rs, "submitted_at"));
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }
}
