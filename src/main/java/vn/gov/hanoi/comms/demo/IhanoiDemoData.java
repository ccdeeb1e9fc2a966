package vn.gov.hanoi.comms.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeRepository;
import vn.gov.hanoi.comms.ihanoi.IssuingBody;
import vn.gov.hanoi.comms.ihanoi.NoticeLevel;
import vn.gov.hanoi.comms.ihanoi.NoticePublication;
import vn.gov.hanoi.comms.ihanoi.NoticeTopic;
import vn.gov.hanoi.comms.ihanoi.NoticeUrgency;
import vn.gov.hanoi.comms.ihanoi.ValidatedNotice;
import vn.gov.hanoi.comms.publication.PublicationService;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Demo users for the iHanoi roles and one city notice sent yesterday, so that a newcomer can try
 * the duplicate scenario (a ward rewording it is stopped). Demo profile only: its passwords are
 * public.
 */
@Component
@Order(StartupOrder.DEMO_IHANOI)
@ConditionalOnProperty("app.demo.enabled")
public class IhanoiDemoData implements ApplicationRunner {
  /** user id → (display name, group). */
  public static final Map<String, String[]> USERS = new LinkedHashMap<>();

  static {
    USERS.put(
        "bientap.badinh",
        new String[] {"Biên tập viên UBND phường Ba Đình", Groups.editor("UBND-P-BADINH")});
    USERS.put(
        "duyet.badinh",
        new String[] {"Lãnh đạo UBND phường Ba Đình", Groups.approver("UBND-P-BADINH")});
    USERS.put("canbo.soyte", new String[] {"Cán bộ Sở Y tế", Groups.unit("SO-YTE")});
    USERS.put("bientap.soyte", new String[] {"Biên tập viên Sở Y tế", Groups.editor("SO-YTE")});
    USERS.put(
        "vp.ttdt",
        new String[] {
          "Trung tâm Thông tin điện tử Văn phòng UBND Thành phố", Groups.IHANOI_CITY_APPROVER
        });
  }

  static final String CITY_TITLE = "Khuyến cáo phòng chống sốt xuất huyết mùa mưa";
  static final String CITY_BODY =
      "Sở Y tế Hà Nội khuyến cáo người dân chủ động phòng chống sốt xuất huyết trong mùa mưa. "
          + "Các hộ gia đình cần thường xuyên diệt bọ gậy, loại bỏ dụng cụ chứa nước đọng quanh nhà, ngủ màn kể cả "
          + "ban ngày. Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi cơ, người bệnh cần đến ngay cơ sở y tế gần "
          + "nhất để được khám và điều trị kịp thời, không tự ý dùng thuốc hạ sốt có chứa aspirin.";

  private final IdentityService identityService;
  private final IhanoiNoticeRepository notices;
  private final PublicationService publications;
  private final ProductClock clock;
  private final String password;

  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  public IhanoiDemoData(
      IdentityService identityService,
      IhanoiNoticeRepository notices,
      PublicationService publications,
      ProductClock clock,
      DemoProperties demo,
      org.springframework.jdbc.core.simple.JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.identityService = identityService;
    this.notices = notices;
    this.publications = publications;
    this.clock = clock;
    this.password = demo.requiredPassword();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!DemoUsers.unitsPresent(jdbc, "UBND-P-BADINH", "SO-YTE")) {
      return;
    }
    DemoUsers.ensure(identityService, USERS, password);
    if (notices.count() == 0) {
      sendCityNoticeYesterday();
    }
  }

  /** The demo's city notice, sent yesterday: in the feed since yesterday. Returns its id. */
  long sendCityNoticeYesterday() {
    Instant yesterday = clock.now().minus(Duration.ofDays(1));
    long id =
        notices.insert(
            new ValidatedNotice(
                new IssuingBody("SO-YTE", NoticeLevel.CITY, "01"),
                CITY_TITLE,
                "<p>" + CITY_BODY + "</p>",
                CITY_BODY,
                NoticeTopic.HEALTH,
                NoticeUrgency.NORMAL,
                null),
            "canbo.soyte",
            yesterday);
    notices.markApproved(id, yesterday);
    // in the feed at the time it was sent, not at the application's start
    publications.publish(NoticePublication.of(notices.find(id).orElseThrow(), yesterday));
    notices.markSent(id, yesterday);
    return id;
  }
}
