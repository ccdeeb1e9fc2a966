package vn.gov.hanoi.comms.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.quota.QuotaCompliance;
import vn.gov.hanoi.comms.quota.QuotaProcess;
import vn.gov.hanoi.comms.quota.QuotaService;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Base of the report tests: a known set of requests in March 2030 (a month no other test touches), built once
 * through the real services with the engine's clock moved. Ba Đình: Trúc Bạch's request appraised in 2 h,
 * approved 5 h later and published; Kim Mã's returned after 3 h with {@link #RETURN_REASON}.
 */
abstract class ReportTestBase extends IntegrationTest {
  static final ZonedDateTime T0 = ZonedDateTime.of(2030, 3, 4, 9, 0, 0, 0, ProductClock.HANOI); // a Monday
  static final LocalDate FROM = LocalDate.of(2030, 3, 1);
  static final LocalDate TO = LocalDate.of(2030, 3, 31);
  static final String RETURN_REASON = "Ảnh mờ, thiếu nguồn";
  private static boolean built;

  @BeforeEach
  void knownRequests() {
    ensureUser("rep.ca.badinh", Groups.districtAppraisal("001"));
    ensureUser("rep.admin", Groups.ADMIN);
    ensureUser("rep.pc06", Groups.PC06_APPRAISAL);
    if (built) {
      return;
    }
    ClockUtil.setCurrentTime(java.util.Date.from(T0.toInstant()));
    VneidRequestRecord a = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004")));
    VneidRequestRecord b = submit(draft("UBND-P-KIMMA", Scope.COMMUNE, List.of("00028")));
    moveClock(Duration.ofHours(2));
    complete(a.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.PASS, Vars.APPRAISAL_REASONS, "Đạt"));
    moveClock(Duration.ofHours(1));
    complete(b.id(), Tasks.APPRAISE, "ca.badinh.thamdinh", Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, RETURN_REASON));
    moveClock(Duration.ofHours(4));
    complete(a.id(), Tasks.APPROVE, "ca.badinh.truong", Groups.districtChief("001"),
        Map.of(Vars.APPROVAL_OUTCOME, VneidProcess.APPROVE, Vars.APPROVAL_REASONS, "Đồng ý"));
    runDueJobs();
    moveClock(Duration.ofDays(1).plusMinutes(1));
    runDueJobs();
    assertThat(status(a.id())).isEqualTo("PUBLISHED");
    built = true;
  }

}
