package vn.gov.hanoi.comms.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestService;
import vn.gov.hanoi.comms.vneid.VneidSubmission;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Demo users (one per role in today's two-level Hanoi: wards, a commune, a department, PC06, the
 * Director, C06, commune police) and a few requests in different states, created once on an empty
 * database. Demo profile only (the hanoi-2025 data set): its passwords are public.
 */
@Component
@Order(StartupOrder.DEMO_VNEID)
@ConditionalOnProperty("app.demo.enabled")
public class DemoData implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** user id → (display name, group). Listed in the README. */
  public static final Map<String, String[]> USERS = new LinkedHashMap<>();

  static {
    USERS.put(
        "donvi.badinh", new String[] {"Cán bộ UBND phường Ba Đình", Groups.unit("UBND-P-BADINH")});
    USERS.put(
        "donvi.hoankiem",
        new String[] {"Cán bộ UBND phường Hoàn Kiếm", Groups.unit("UBND-P-HOANKIEM")});
    USERS.put(
        "donvi.socson", new String[] {"Cán bộ UBND xã Sóc Sơn", Groups.unit("UBND-X-SOCSON")});
    USERS.put("donvi.tuphap", new String[] {"Cán bộ Sở Tư pháp", Groups.unit("SO-TUPHAP")});
    USERS.put("pc06.thamdinh", new String[] {"Cán bộ thẩm định PC06", Groups.PC06_APPRAISAL});
    USERS.put(
        "catp.giamdoc", new String[] {"Giám đốc Công an Thành phố", Groups.CITY_POLICE_DIRECTOR});
    USERS.put("c06.pheduyet", new String[] {"Cán bộ phê duyệt C06", Groups.C06_APPROVER});
    // Commune police: no task under the routing table's default rows; theirs once an analyst lets
    // them appraise.
    USERS.put(
        "ca.badinh.thamdinh",
        new String[] {
          "Cán bộ thẩm định Công an phường Ba Đình", Groups.districtAppraisal("00004")
        });
    USERS.put(
        "ca.badinh.truong",
        new String[] {"Trưởng Công an phường Ba Đình", Groups.districtChief("00004")});
  }

  private final IdentityService identityService;
  private final TaskService taskService;
  private final VneidRequestService requests;
  private final JdbcClient jdbc;
  private final ProductClock clock;
  private final String password;

  public DemoData(
      IdentityService identityService,
      TaskService taskService,
      VneidRequestService requests,
      JdbcClient jdbc,
      ProductClock clock,
      DemoProperties demo) {
    this.identityService = identityService;
    this.taskService = taskService;
    this.requests = requests;
    this.jdbc = jdbc;
    this.clock = clock;
    this.password = demo.requiredPassword();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!DemoUsers.unitsPresent(
        jdbc, "UBND-P-BADINH", "UBND-X-SOCSON", "UBND-P-HOANKIEM", "SO-TUPHAP")) {
      log.info(
          "The demo users and requests are those of the hanoi-2025 data set; none created for this data set");
      return;
    }
    DemoUsers.ensure(identityService, USERS, password);
    if (jdbc.sql("select count(*) from vneid_request").query(Long.class).single() == 0) {
      createRequests();
    }
  }

  private void createRequests() {
    Instant now = clock.now();
    // 1. A ward's request waiting for PC06's appraisal (the routing table's default for today's
    // two-level Hanoi).
    submit(
        "donvi.badinh",
        "UBND-P-BADINH",
        "Phường Ba Đình hướng dẫn kích hoạt tài khoản định danh mức 2",
        Scope.COMMUNE,
        List.of("00004"),
        Category.PROJECT_06,
        now.plus(Duration.ofDays(2)),
        now.plus(Duration.ofDays(30)));
    // 2. A commune's request appraised, waiting for the City Police Director's approval.
    VneidRequestRecord commune =
        submit(
            "donvi.socson",
            "UBND-X-SOCSON",
            "Xã Sóc Sơn tuyên truyền phòng chống lừa đảo qua mạng",
            Scope.COMMUNE,
            List.of("00376"),
            Category.LAW_AND_REGULATION,
            now.plus(Duration.ofDays(1)),
            now.plus(Duration.ofDays(20)));
    decide(
        commune.id(),
        VneidProcess.Tasks.APPRAISE,
        "pc06.thamdinh",
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.PASS,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Nội dung phù hợp"));
    // 3. Another ward's request, returned for revision.
    VneidRequestRecord returned =
        submit(
            "donvi.hoankiem",
            "UBND-P-HOANKIEM",
            "Phường Hoàn Kiếm giới thiệu phố cổ",
            Scope.COMMUNE,
            List.of("00070"),
            Category.LOCAL_PROMOTION,
            now.plus(Duration.ofDays(3)),
            now.plus(Duration.ofDays(25)));
    decide(
        returned.id(),
        VneidProcess.Tasks.APPRAISE,
        "pc06.thamdinh",
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Ảnh đại diện chưa phù hợp; đề nghị bổ sung nguồn tư liệu và rút gọn phần giới thiệu."));
    // 4. A city department's article, approved by the Director: published as soon as the window
    // opens.
    VneidRequestRecord city =
        submit(
            "donvi.tuphap",
            "SO-TUPHAP",
            "Sở Tư pháp phổ biến quy định mới về chứng thực bản sao điện tử",
            Scope.CITY,
            List.of("01"),
            Category.LAW_AND_REGULATION,
            now.minus(Duration.ofMinutes(5)),
            now.plus(Duration.ofDays(14)));
    decide(
        city.id(),
        VneidProcess.Tasks.APPRAISE,
        "pc06.thamdinh",
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.PASS,
            VneidProcess.Vars.APPRAISAL_REASONS,
            "Đạt yêu cầu"));
    decide(
        city.id(),
        VneidProcess.Tasks.APPROVE,
        "catp.giamdoc",
        Map.of(
            VneidProcess.Vars.APPROVAL_OUTCOME,
            VneidProcess.APPROVE,
            VneidProcess.Vars.APPROVAL_REASONS,
            "Đồng ý đăng"));
    log.info("Demo requests created");
  }

  private VneidRequestRecord submit(
      String user,
      String unit,
      String title,
      Scope scope,
      List<String> areas,
      Category category,
      Instant from,
      Instant until) {
    ArticleDraft draft =
        new ArticleDraft(
            unit,
            title,
            "Thông tin tuyên truyền gửi tới người dân trên địa bàn.",
            "<p>"
                + title
                + ".</p><p>Người dân có thể liên hệ bộ phận một cửa để được hướng dẫn.</p>",
            category,
            scope,
            areas,
            18,
            120,
            Gender.ALL,
            from,
            until,
            null,
            "Đề nghị đăng trong giờ hành chính",
            "15/" + unit,
            LocalDate.ofInstant(clock.now(), ProductClock.HANOI));
    return requests.submit(
        new CurrentUser(user, Set.of(Groups.unit(unit))),
        new VneidSubmission(
            draft,
            new Upload(
                "anh-dai-dien.png",
                "image/png",
                DemoImages.banner(title.substring(0, Math.min(30, title.length())))),
            List.of()));
  }

  private void decide(long requestId, String taskKey, String user, Map<String, Object> vars) {
    Task task =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(VneidProcess.businessKey(requestId))
            .taskDefinitionKey(taskKey)
            .singleResult();
    List<String> groups =
        identityService.createGroupQuery().groupMember(user).list().stream()
            .map(g -> g.getId())
            .toList();
    identityService.setAuthentication(user, groups);
    try {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), vars);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
