package vn.gov.hanoi.comms.testsupport;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.gov.hanoi.comms.benchmark.StatementCounter;
import vn.gov.hanoi.comms.demo.DemoImages;
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
 * Base of the tests that need the whole application. Every subclass shares one Spring context (same
 * configuration, no @MockBean), which starts once per JVM. Tagged "db": these tests run on H2 and
 * again on PostgreSQL (see the Surefire executions in pom.xml). The server listens on the fixed
 * port of application-test.yaml (18080), so that the absolute URLs built from {@code
 * app.public-url} (images in Tasklist forms) reach it from a browser; the two runs are separate
 * JVMs, one after the other.
 */
@Tag("db")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import({ProcessEngineCoverageConfiguration.class, IntegrationTest.Plugins.class})
public abstract class IntegrationTest {

  @TestConfiguration
  static class Plugins {
    @Bean
    FlowCoverage flowCoverage() {
      return new FlowCoverage();
    }

    @Bean
    FaultAfterDelivery faultAfterDelivery() {
      return new FaultAfterDelivery();
    }

    /**
     * Counts the statements sent to the database (issue 14, {@code StatementCostTest}); declared
     * here, not by property, so that every subclass keeps sharing one context.
     */
    @Bean
    static StatementCounter statementCounter() {
      return new StatementCounter();
    }
  }

  /** Declared once here, so every subclass still shares one context. */
  @DynamicPropertySource
  static void ports(DynamicPropertyRegistry registry) {
    TestMail.server();
    registry.add("spring.mail.port", () -> TestMail.PORT);
    // A free port chosen once per JVM: the forms' image URLs (app.public-url) must name the real
    // port.
    registry.add("server.port", () -> APP_PORT);
    registry.add("app.public-url", () -> "http://localhost:" + APP_PORT);
    if (TestPostgres.active()) {
      registry.add("spring.datasource.url", TestPostgres::urlForSpring);
      registry.add("spring.datasource.username", () -> TestPostgres.server().user());
      registry.add("spring.datasource.password", () -> TestPostgres.server().password());
    }
    // Every test publishes through the webhook channel too, to a stub gateway that answers 200 by
    // default.
    registry.add("app.publication.webhook.url", TestGateway::url);
  }

  protected static final int APP_PORT = TestMail.freePort();

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @Autowired protected VneidRequestService requests;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void initAssertions() throws Exception {
    init(processEngine);
    TestMail.server().purgeEmailFromAllMailboxes();
    TestGateway.reset();
    FaultAfterDelivery.disarm();
    // Every test logs in from 127.0.0.1: one test's wrong passwords must not slow the next one
    // down.
    jdbc.sql("delete from login_throttle").update();
    jdbc.sql("delete from login_known_address").update();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  public static final String PASSWORD = "Kiemthu@2026";

  /**
   * A Camunda user in the given groups (created once), for tests that call the REST APIs or
   * Tasklist.
   */
  protected void ensureUser(String userId, String... groups) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      var u = identityService.newUser(userId);
      u.setFirstName("Cán bộ");
      u.setLastName(userId);
      u.setPassword(PASSWORD);
      identityService.saveUser(u);
      for (String g : groups) {
        identityService.createMembership(userId, g);
      }
    }
  }

  protected static CurrentUser unitUser(String unitCode) {
    return new CurrentUser("staff-" + unitCode.toLowerCase(), Set.of(Groups.unit(unitCode)));
  }

  /** A valid request that each test changes in the one way it needs. */
  protected static ArticleDraft draft(String unit, Scope scope, List<String> areas) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return new ArticleDraft(
        unit,
        "Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2",
        "Người dân được hướng dẫn kích hoạt tài khoản VNeID tại trụ sở công an phường.",
        "<p>Từ ngày 01/12, công an phường hỗ trợ người dân kích hoạt tài khoản <strong>VNeID</strong>.</p>",
        Category.PROJECT_06,
        scope,
        areas,
        18,
        60,
        Gender.ALL,
        now.plus(Duration.ofDays(1)),
        now.plus(Duration.ofDays(10)),
        scope == Scope.NATIONAL
            ? "Cần phổ biến toàn quốc vì liên quan dịch vụ công quốc gia"
            : null,
        "Đề nghị đăng buổi sáng",
        "125/UBND-VP",
        LocalDate.now().minusDays(1));
  }

  protected static Upload image() {
    return new Upload("anh.png", "image/png", DemoImages.banner("Loa phường"));
  }

  protected VneidRequestRecord submit(ArticleDraft d) {
    return requests.submit(unitUser(d.unitCode()), new VneidSubmission(d, image(), List.of()));
  }

  /**
   * A commune-scope request of a Ba Đình ward (Trúc Bạch's area 00004) with one text attachment,
   * returned by Ba Đình's appraiser for the reason given: waiting at the revise step (V-STEP-4).
   */
  protected long returnedForRevision(String unit, String attachmentName, String reason) {
    long id = returnedWithLetterDue(unit, attachmentName, reason);
    runDueJobs();
    return id;
  }

  /**
   * The same, before the return letter is mailed: the vneid-notify-unit instance the request called
   * (same business key) waits at its mail job.
   */
  protected long returnedWithLetterDue(String unit, String attachmentName, String reason) {
    VneidRequestRecord r =
        requests.submit(
            unitUser(unit),
            new VneidSubmission(
                draft(unit, Scope.COMMUNE, List.of("00004")),
                image(),
                List.of(
                    new Upload(
                        attachmentName,
                        "text/plain",
                        ("Tệp " + attachmentName)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    complete(
        r.id(),
        VneidProcess.Tasks.APPRAISE,
        "ca.badinh.thamdinh",
        Groups.districtAppraisal("001"),
        Map.of(
            VneidProcess.Vars.APPRAISAL_OUTCOME,
            VneidProcess.RETURN,
            VneidProcess.Vars.APPRAISAL_REASONS,
            reason));
    return r.id();
  }

  protected Task openTask(long requestId, String key) {
    return taskService
        .createTaskQuery()
        .processInstanceBusinessKey(VneidProcess.businessKey(requestId))
        .taskDefinitionKey(key)
        .singleResult();
  }

  /** Completes a task as a named officer with the groups given, as Tasklist would. */
  protected void complete(
      long requestId, String key, String user, String group, Map<String, Object> vars) {
    Task t = openTask(requestId, key);
    if (t == null) {
      throw new AssertionError("no open task " + key + " for request " + requestId);
    }
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(t.getId(), vars);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Completes an iHanoi notice's open task as the given user of the given group. */
  protected void completeNotice(
      long noticeId, String key, String user, String group, Map<String, Object> vars) {
    Task t =
        taskService
            .createTaskQuery()
            .processInstanceBusinessKey(
                vn.gov.hanoi.comms.ihanoi.IhanoiProcess.businessKey(noticeId))
            .taskDefinitionKey(key)
            .singleResult();
    if (t == null) {
      throw new AssertionError("no open task " + key + " for notice " + noticeId);
    }
    identityService.setAuthentication(user, List.of(group));
    try {
      taskService.complete(t.getId(), vars);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs every due job, as the job executor would (it is off in tests). */
  protected void runDueJobs() {
    runDueJobs(() -> managementService.createJobQuery().executable().list());
  }

  /**
   * Runs the due jobs of one process instance's tree only (its business key): the shared context
   * holds other tests' instances, whose timers come due when the clock moves.
   */
  protected void runDueJobsOf(String businessKey) {
    String root = rootOf(businessKey);
    runDueJobs(
        () -> managementService.createJobQuery().executable().rootProcessInstanceId(root).list());
  }

  /**
   * The root of the process instances with this business key: a call activity passes the key on, so
   * a parent and the instance it called share it, and their single root is the parent's. A key of
   * two different trees, or of none, is a test's mistake and fails with what was found.
   */
  protected String rootOf(String businessKey) {
    Set<String> roots =
        runtimeService
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey)
            .list()
            .stream()
            .map(ProcessInstance::getRootProcessInstanceId)
            .collect(Collectors.toCollection(TreeSet::new));
    if (roots.size() != 1) {
      throw new IllegalStateException(
          "Business key "
              + businessKey
              + " must name the instances of one process tree, but their roots are "
              + roots);
    }
    return roots.iterator().next();
  }

  private void runDueJobs(java.util.function.Supplier<List<Job>> dueJobs) {
    for (int i = 0; i < 50; i++) {
      List<Job> due = dueJobs.get();
      if (due.isEmpty()) {
        return;
      }
      for (Job j : due) {
        managementService.executeJob(j.getId());
      }
    }
  }

  protected String status(long requestId) {
    return jdbc.sql("select status from vneid_request where id = :id")
        .param("id", requestId)
        .query(String.class)
        .single();
  }

  protected static void moveClock(Duration d) {
    ClockUtil.setCurrentTime(java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(d)));
  }
}
