package vn.gov.hanoi.comms.ihanoi;

import static vn.gov.hanoi.comms.ihanoi.NoticeRows.utc;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The duplicate index's events: one each time a notice is approved or sent ({@link
 * IhanoiNoticeRepository#markApproved}, {@link IhanoiNoticeRepository#markSent}), read in order by
 * the catch-up that keeps each node's index current.
 */
@Repository
public class DuplicateIndexEvents {

  private final JdbcClient jdbc;

  public DuplicateIndexEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
                + NoticeRows.prefixed("n")
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
        .query((rs, i) -> new IndexEvent(rs.getLong("seq"), NoticeRows.notice(rs, i)))
        .list();
  }

  /** The newest index event's sequence number, 0 when there is none. */
  public long lastIndexEventSeq() {
    return jdbc.sql("select coalesce(max(seq), 0) from ihanoi_index_event")
        .query(Long.class)
        .single();
  }

  public record IndexEvent(long seq, NoticeRecord notice) {}
}
