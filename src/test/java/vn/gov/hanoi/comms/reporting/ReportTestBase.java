package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Base of the report tests: a known set of requests in March 2030 (a month no other test touches),
 * built once through the real services with the engine's clock moved. Mê Linh: Tiền Phong's request
 * appraised in 2 h, approved 5 h later and published; Quang Minh's returned after 3 h with {@link
 * #RETURN_REASON}. iHanoi: see {@link #duplicates()}.
 */
abstract class ReportTestBase extends IntegrationTest {
  static final ZonedDateTime T0 =
      ZonedDateTime.of(2030, 3, 4, 9, 0, 0, 0, ProductClock.HANOI); // a Monday
  static final LocalDate FROM = LocalDate.of(2030, 3, 1);
  static final LocalDate TO = LocalDate.of(2030, 3, 31);

  /**
   * The iHanoi notices are dated in the past (March 2025), outside every other test's duplicate
   * look-back and older than their notices, so they change neither their duplicate findings nor
   * their cadence.
   */
  static final ZonedDateTime IHANOI_T0 =
      ZonedDateTime.of(2025, 3, 4, 9, 0, 0, 0, ProductClock.HANOI);

  static final LocalDate IHANOI_FROM = LocalDate.of(2025, 3, 1);
  static final LocalDate IHANOI_TO = LocalDate.of(2025, 3, 31);
  static final String RETURN_REASON = "Ảnh mờ, thiếu nguồn";
  static final String DENGUE =
      "Sở Y tế Hà Nội khuyến cáo người dân chủ động phòng chống sốt xuất huyết trong mùa mưa. "
          + "Các hộ gia đình cần thường xuyên diệt bọ gậy, loại bỏ dụng cụ chứa nước đọng quanh nhà, ngủ màn kể cả "
          + "ban ngày. Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi cơ, người bệnh cần đến ngay cơ sở y tế gần "
          + "nhất để được khám và điều trị kịp thời, không tự ý dùng thuốc hạ sốt có chứa aspirin.";
  private static boolean built;

  @Autowired IhanoiNoticeService notices;

  @BeforeEach
  void knownRequests() {
    ensureUser("rep.ca.melinh", Groups.districtAppraisal("250"));
    ensureUser("rep.admin", Groups.ADMIN);
    ensureUser("rep.pc06", Groups.PC06_APPRAISAL);
    if (built) {
      return;
    }
    ClockUtil.setCurrentTime(java.util.Date.from(IHANOI_T0.toInstant()));
    duplicates();
    ClockUtil.setCurrentTime(java.util.Date.from(T0.toInstant()));
    VneidRequestRecord a = submit(draft("UBND-X-TIENPHONG", Scope.COMMUNE, List.of("09019")));
    VneidRequestRecord b = submit(draft("UBND-TT-QUANGMINH", Scope.COMMUNE, List.of("08989")));
    moveClock(Duration.ofHours(2));
    complete(
        a.id(),
        Tasks.APPRAISE,
        "ca.melinh.thamdinh",
        Groups.districtAppraisal("250"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.APPRAISAL_REASONS, "Đạt"));
    moveClock(Duration.ofHours(1));
    complete(
        b.id(),
        Tasks.APPRAISE,
        "ca.melinh.thamdinh",
        Groups.districtAppraisal("250"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, RETURN_REASON));
    moveClock(Duration.ofHours(4));
    complete(
        a.id(),
        Tasks.APPROVE,
        "ca.melinh.truong",
        Groups.districtChief("250"),
        Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE, Vars.APPROVAL_REASONS, "Đồng ý"));
    runDueJobs();
    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(status(a.id())).isEqualTo("PUBLISHED");
    built = true;
  }

  /**
   * iHanoi at IHANOI_T0: the city sends a dengue notice; Tiền Phong and Quang Minh resend it. Both
   * are stopped as duplicates (I-DEDUP-2); Tiền Phong's approver overrides with a reason and it is
   * sent, Quang Minh withdraws.
   */
  private void duplicates() {
    NoticeRecord city =
        notices.create(
            officer("SO-YTE"),
            new NoticeDraft(
                null,
                null,
                null,
                "Khuyến cáo phòng chống sốt xuất huyết mùa mưa",
                DENGUE,
                "HEALTH",
                "NORMAL",
                null));
    completeNotice(city.id(), IhanoiProcess.Tasks.EDIT, Groups.editor("SO-YTE"), Map.of());
    completeNotice(
        city.id(),
        IhanoiProcess.Tasks.APPROVE,
        Groups.IHANOI_CITY_APPROVER,
        Map.of(
            IhanoiProcess.Vars.APPROVAL_OUTCOME,
            IhanoiProcess.APPROVE,
            IhanoiProcess.Vars.APPROVAL_REASONS,
            "Đồng ý"));
    runDueJobs();
    for (String ward : List.of("UBND-X-TIENPHONG", "UBND-TT-QUANGMINH")) {
      NoticeRecord copy =
          notices.create(
              officer(ward),
              new NoticeDraft(
                  null,
                  null,
                  null,
                  "Phường: phòng, chống sốt xuất huyết",
                  DENGUE + " Trạm y tế phường phun thuốc vào sáng thứ Bảy.",
                  "HEALTH",
                  "NORMAL",
                  null));
      completeNotice(copy.id(), IhanoiProcess.Tasks.EDIT, Groups.editor(ward), Map.of());
      runDueJobs();
      boolean override = ward.equals("UBND-X-TIENPHONG");
      completeNotice(
          copy.id(),
          IhanoiProcess.Tasks.RESOLVE_DUPLICATE,
          Groups.editor(ward),
          Map.of(
              IhanoiProcess.Vars.RESOLUTION,
              override ? IhanoiProcess.ASK_OVERRIDE : IhanoiProcess.WITHDRAW,
              IhanoiProcess.Vars.RESOLUTION_NOTE,
              "Có thông tin riêng của phường"));
      if (override) {
        completeNotice(
            copy.id(),
            IhanoiProcess.Tasks.APPROVE,
            Groups.approver(ward),
            Map.of(
                IhanoiProcess.Vars.APPROVAL_OUTCOME,
                IhanoiProcess.OVERRIDE_DUPLICATE,
                IhanoiProcess.Vars.APPROVAL_REASONS,
                "Phường bổ sung lịch phun thuốc"));
        runDueJobs();
      }
    }
  }

  private static CurrentUser officer(String org) {
    return new CurrentUser("canbo-" + org.toLowerCase(), Set.of(Groups.unit(org)));
  }

  private void completeNotice(long id, String key, String group, Map<String, Object> vars) {
    completeNotice(id, key, "canbo." + group, group, vars);
  }
}
