package vn.gov.hanoi.comms.deadline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.gov.hanoi.comms.common.TransactionReads;

@Repository
public class StepDeadlineRepository {
  private final JdbcClient jdbc;
  private final TransactionReads reads = new TransactionReads();

  public StepDeadlineRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void insert(StepDeadlineRecord d) {
    reads.changed();
    jdbc.sql(
            """
        insert into step_deadline(process_instance_id, activity_instance_id, flow, subject_id, round_no, step, step_name,
          title, unit_code, holder_group, holder_name, working_days, started_at, remind_at, due_at, escalation_group,
          escalation_name)
        values (:pi, :ai, :flow, :subject, :round, :step, :stepName, :title, :unit, :holder, :holderName, :days,
          :started, :remind, :due, :escGroup, :escName)""")
        .param("pi", d.processInstanceId())
        .param("ai", d.activityInstanceId())
        .param("flow", d.flow())
        .param("subject", d.subjectId())
        .param("round", d.round())
        .param("step", d.step())
        .param("stepName", d.stepName())
        .param("title", cut(d.title(), 300))
        .param("unit", d.unitCode())
        .param("holder", d.holderGroup())
        .param("holderName", cut(d.holderName(), 300))
        .param("days", d.workingDays())
        .param("started", utc(d.startedAt()))
        .param("remind", utc(d.remindAt()))
        .param("due", utc(d.dueAt()))
        .param("escGroup", d.escalationGroup())
        .param("escName", cut(d.escalationName(), 300))
        .update();
  }

  public Optional<StepDeadlineRecord> byTask(String taskId) {
    return reads.read(
        "byTask",
        taskId,
        () ->
            jdbc.sql("select * from step_deadline where task_id = :t")
                .param("t", taskId)
                .query(StepDeadlineRepository::row)
                .optional());
  }

  public Optional<StepDeadlineRecord> find(long id) {
    return reads.read(
        "find",
        id,
        () ->
            jdbc.sql("select * from step_deadline where id = :id")
                .param("id", id)
                .query(StepDeadlineRepository::row)
                .optional());
  }

  public int timesOpened(String flow, long subjectId, String step) {
    return jdbc.sql(
            "select count(*) from step_deadline where flow = :f and subject_id = :s and step = :step")
        .param("f", flow)
        .param("s", subjectId)
        .param("step", step)
        .query(Integer.class)
        .single();
  }

  public void linkTask(long id, String activityInstanceId, String taskId) {
    reads.changed();
    jdbc.sql("update step_deadline set task_id = :t, activity_instance_id = :ai where id = :id")
        .param("t", taskId)
        .param("ai", activityInstanceId)
        .param("id", id)
        .update();
  }

  public void markReminded(long id, Instant at) {
    reads.changed();
    jdbc.sql("update step_deadline set reminded_at = :at where id = :id and reminded_at is null")
        .param("at", utc(at))
        .param("id", id)
        .update();
  }

  public void markEscalated(long id, Instant at) {
    reads.changed();
    jdbc.sql("update step_deadline set escalated_at = :at where id = :id and escalated_at is null")
        .param("at", utc(at))
        .param("id", id)
        .update();
  }

  /**
   * The step of that name still open in that instance (a flow never opens one step twice at once).
   */
  public Optional<StepDeadlineRecord> openStep(String processInstanceId, String step) {
    return reads.read(
        "openStep",
        List.of(processInstanceId, step),
        () ->
            jdbc
                .sql(
                    "select * from step_deadline where process_instance_id = :pi and step = :s and done_at is null "
                        + "order by id desc")
                .param("pi", processInstanceId)
                .param("s", step)
                .query(StepDeadlineRepository::row)
                .list()
                .stream()
                .findFirst());
  }

  public void markFollowedUp(long id, String note, String by, Instant at) {
    reads.changed();
    jdbc.sql(
            "update step_deadline set follow_up_note = :note, followed_up_by = :by, followed_up_at = :at where id = :id")
        .param("note", note)
        .param("by", by)
        .param("at", utc(at))
        .param("id", id)
        .update();
  }

  public void markDone(String processInstanceId, String step, Instant at) {
    reads.changed();
    jdbc.sql(
            "update step_deadline set done_at = :at where process_instance_id = :pi and step = :s and done_at is null")
        .param("at", utc(at))
        .param("pi", processInstanceId)
        .param("s", step)
        .update();
  }

  /**
   * The steps whose deadline falls in [from, to), and those still open that fell due before {@code
   * to}.
   */
  public List<StepDeadlineRecord> dueBetween(Instant from, Instant to) {
    return jdbc.sql(
            "select * from step_deadline where due_at >= :from and due_at < :to order by due_at, id")
        .param("from", utc(from))
        .param("to", utc(to))
        .query(StepDeadlineRepository::row)
        .list();
  }

  /** Every step still open whose deadline has passed at {@code now}. */
  public List<StepDeadlineRecord> openOverdue(Instant now) {
    return jdbc.sql(
            "select * from step_deadline where done_at is null and due_at < :now order by due_at, id")
        .param("now", utc(now))
        .query(StepDeadlineRepository::row)
        .list();
  }

  /** The steps of one request or notice, oldest first (for its history and the unit's view). */
  public List<StepDeadlineRecord> forSubject(String flow, long subjectId) {
    return reads.read(
        "forSubject",
        List.of(flow, subjectId),
        () ->
            jdbc.sql(
                    "select * from step_deadline where flow = :f and subject_id = :s order by started_at, id")
                .param("f", flow)
                .param("s", subjectId)
                .query(StepDeadlineRepository::row)
                .list());
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  private static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static StepDeadlineRecord row(ResultSet rs, int n) throws SQLException {
    return new StepDeadlineRecord(
        rs.getLong("id"),
        rs.getString("process_instance_id"),
        rs.getString("activity_instance_id"),
        rs.getString("task_id"),
        rs.getString("flow"),
        rs.getLong("subject_id"),
        rs.getInt("round_no"),
        rs.getString("step"),
        rs.getString("step_name"),
        rs.getString("title"),
        rs.getString("unit_code"),
        rs.getString("holder_group"),
        rs.getString("holder_name"),
        rs.getInt("working_days"),
        instant(rs, "started_at"),
        instant(rs, "remind_at"),
        instant(rs, "due_at"),
        rs.getString("escalation_group"),
        rs.getString("escalation_name"),
        instant(rs, "reminded_at"),
        instant(rs, "escalated_at"),
        instant(rs, "done_at"));
  }
}
