package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Tasks;
import vn.gov.hanoi.comms.notification.Mailer;
import vn.gov.hanoi.comms.publication.PublicationOutage;
import vn.gov.hanoi.comms.publication.PublicationSource;

/**
 * How publication names an iHanoi notice, and who hears when an approved notice does not go out
 * (O-FAIL-3): its last editor and its approver, by mail, at the first failed attempt and again when
 * it has reached the residents.
 */
@Component
public class NoticePublicationSource implements PublicationSource {
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

  private final IhanoiNoticeRepository notices;
  private final JdbcClient jdbc;
  private final Mailer mailer;
  private final ProductClock clock;

  public NoticePublicationSource(
      IhanoiNoticeRepository notices, JdbcClient jdbc, Mailer mailer, ProductClock clock) {
    this.notices = notices;
    this.jdbc = jdbc;
    this.mailer = mailer;
    this.clock = clock;
  }

  @Override
  public String source() {
    return NoticePublication.SOURCE;
  }

  @Override
  public String describe(long noticeId) {
    return "tin iHanoi số "
        + noticeId
        + notices.find(noticeId).map(n -> " «" + n.title() + "»").orElse("");
  }

  @Override
  public void notDelivered(PublicationOutage o) {
    if (o.withdrawal()) {
      return;
    }
    tell(
        o,
        "[iHanoi] Tin đã duyệt chưa đến được người dân: ",
        "Tin đã được phê duyệt nhưng chưa gửi được đến người dân trên iHanoi (lần thử đầu lúc "
            + at(o.firstFailedAt())
            + ").\n\n"
            + "Lỗi: "
            + o.lastError()
            + "\n\nBộ phận vận hành đã được báo và hệ thống tự gửi lại; anh/chị không cần gửi lại tin. "
            + "Anh/chị sẽ nhận thư khi tin đã đến người dân.");
  }

  @Override
  public void deliveredAfterOutage(PublicationOutage o) {
    if (o.withdrawal()) {
      return;
    }
    tell(
        o,
        "[iHanoi] Tin đã đến người dân: ",
        "Tin đã được gửi đến người dân trên iHanoi lúc "
            + at(clock.now())
            + ", sau "
            + o.attempts()
            + " lần thử không thành (lần đầu lúc "
            + at(o.firstFailedAt())
            + ").");
  }

  private void tell(PublicationOutage o, String subject, String text) {
    Optional<NoticeRecord> found = notices.find(o.sourceId());
    if (found.isEmpty()) {
      return;
    }
    NoticeRecord n = found.get();
    Set<String> to = new LinkedHashSet<>();
    to.addAll(mailer.addressOf(lastDecider(n.id(), Tasks.EDIT).orElse(n.createdBy())));
    lastDecider(n.id(), Tasks.APPROVE).ifPresent(a -> to.addAll(mailer.addressOf(a)));
    if (to.isEmpty()) {
      return;
    }
    mailer.send(
        to,
        subject + n.title(),
        "Tin số "
            + n.id()
            + ": «"
            + n.title()
            + "»\n\n"
            + text
            + "\n\nThư này do hệ thống gửi tự động.");
  }

  private Optional<String> lastDecider(long noticeId, String step) {
    return jdbc.sql(
            """
        select decided_by from ihanoi_decision where notice_id = :n and step = :step and decided_by is not null
        order by id desc fetch first 1 rows only""")
        .param("n", noticeId)
        .param("step", step)
        .query(String.class)
        .optional();
  }

  private static String at(Instant i) {
    return AT.format(i.atZone(ProductClock.HANOI));
  }
}
