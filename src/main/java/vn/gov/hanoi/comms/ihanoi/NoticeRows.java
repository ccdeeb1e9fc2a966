package vn.gov.hanoi.comms.ihanoi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The columns of {@code ihanoi_notice} and how a row of them, or a timestamp, is read and written.
 */
final class NoticeRows {

  private NoticeRows() {}

  static final String COLUMNS =
      """
      id, organisation_code, level, area_code, title, body_html, body_text, topic, urgency, valid_until, status,
      approved_at, sent_at, process_instance_id, created_by, created_at, override_reason, override_by""";

  static String prefixed(String alias) {
    StringBuilder sb = new StringBuilder();
    for (String c : COLUMNS.split(",")) {
      sb.append(sb.isEmpty() ? "" : ", ").append(alias).append('.').append(c.trim());
    }
    return sb.toString();
  }

  static NoticeRecord notice(ResultSet rs, int n) throws SQLException {
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

  static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  static OffsetDateTime utc(Instant i) {
    return i == null ? null : i.atOffset(ZoneOffset.UTC);
  }
}
