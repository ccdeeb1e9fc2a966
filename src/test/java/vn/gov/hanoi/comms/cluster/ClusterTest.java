package vn.gov.hanoi.comms.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.testsupport.TestGateway;
import vn.gov.hanoi.comms.testsupport.TestMail;
import vn.gov.hanoi.comms.testsupport.TestPostgres;

/**
 * Two application JVMs on one PostgreSQL database (a Camunda homogeneous cluster), work sent to
 * both, one killed with SIGKILL while the publication timers fire: every request ends once, on the
 * survivor. Runs only in the Surefire execution "cluster", on the run's PostgreSQL server
 * (TestPostgres: the configured one, or an embedded one), in a database of its own that it drops.
 * Mail goes to a GreenMail in this JVM, the gateway is TestGateway.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
  private static final String ADMIN = "admin";
  private static final String PASSWORD = "Kiemthu#Nut2026";
  private static final String UNIT_USER = "cl.trucbach";
  private static final String APPRAISER = "cl.badinh.thamdinh";
  private static final String CHIEF = "cl.badinh.truong";

  /** The run's server, and the cluster's database on it. */
  private static TestPostgres.Server server;

  private static String clusterDb;
  private static GreenMail mail;
  private static int smtpPort;
  private static AppNode a;
  private static AppNode b;

  /** Every node started, killed at the end. */
  private static final List<AppNode> nodes = new ArrayList<>();

  /** The node left running after the kill (the restart test uses it). */
  private static AppNode survivor;

  private static JdbcClient db;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void startCluster() throws Exception {
    server = TestPostgres.server();
    clusterDb = server.createDatabase("hanoi_comms_cluster");
    db = jdbc(server, clusterDb);
    smtpPort = TestMail.freePort();
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    TestGateway.reset();

    a = startNode("a", server, clusterDb);
    // The second node joins once the first has created the schemas (as in docker/compose.yaml).
    b = startNode("b", server, clusterDb);
    survivor = a;
  }

  /**
   * A node on the given database, as a production node would run (profile postgres, job executor
   * on).
   */
  private static AppNode startNode(String name, TestPostgres.Server on, String database)
      throws Exception {
    List<String> args =
        List.of(
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + on.url(database),
            "--spring.datasource.username=" + on.user(),
            "--spring.datasource.password=" + on.password(),
            "--spring.datasource.hikari.maximum-pool-size=6",
            "--spring.mail.host=127.0.0.1",
            "--spring.mail.port=" + smtpPort,
            "--app.models-location=classpath:",
            "--app.demo.enabled=false",
            "--app.seed.dataset=hanoi-2024",
            "--camunda.bpm.admin-user.id=" + ADMIN,
            "--camunda.bpm.admin-user.password=" + PASSWORD,
            "--camunda.bpm.admin-user.first-name=Admin",
            "--camunda.bpm.admin-user.last-name=Cluster",
            // Jobs locked by a dead node are free again after 8 s; idle nodes look for due jobs
            // every second.
            "--camunda.bpm.job-execution.lock-time-in-millis=8000",
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=1000",
            "--app.publication.webhook.url=" + TestGateway.url(),
            "--app.publication.webhook.timeout=PT5S",
            "--app.ihanoi.cadence.cycle=R/2099-01-01T07:00:00+07:00/P1D",
            "--app.ihanoi.cadence.check-at-start=false",
            "--logging.level.root=WARN",
            "--logging.level.org.camunda.bpm.engine.jobexecutor=INFO",
            "--app.node-name=" + name);
    AppNode node = AppNode.start(name, TestMail.freePort(), args);
    nodes.add(node);
    node.awaitReady(Duration.ofSeconds(150));
    return node;
  }

  private static JdbcClient jdbc(TestPostgres.Server on, String database) {
    return JdbcClient.create(
        new DriverManagerDataSource(on.url(database), on.user(), on.password()));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (AppNode n : nodes) {
      n.kill();
    }
    if (mail != null) {
      mail.stop();
    }
    if (clusterDb != null) {
      server.dropDatabase(clusterDb);
    }
  }

  @Test
  @Order(1)
  @DisplayName(
      "V-STEP-4, V-STEP-5: two nodes, one killed while the windows open: each approved article is published and "
          + "taken down exactly once, each returned request mailed once, no timer fired twice, no incident")
  void survivorFinishesEverything() throws Exception {
    createUser(a, UNIT_USER, "unit-UBND-P-TRUCBACH");
    createUser(a, APPRAISER, "police-appraisal-001");
    createUser(a, CHIEF, "police-chief-001");

    // Windows open a few seconds apart from 25 s on, and close 15 s later.
    OffsetDateTime opens =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
    List<Long> approved = new ArrayList<>();
    List<Long> returned = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      AppNode via = i % 2 == 0 ? a : b;
      AppNode other = via == a ? b : a;
      OffsetDateTime from = opens.plusSeconds(2L * i);
      long id =
          submit(
              via, "Bài số " + i + " phổ biến dịch vụ công trực tuyến", from, from.plusSeconds(15));
      if (i < 4) {
        decide(
            via,
            APPRAISER,
            id,
            "Task_Appraise",
            Map.of("appraisalOutcome", "PASS", "appraisalReasons", "Đạt"));
        decide(
            other,
            CHIEF,
            id,
            "Task_Approve",
            Map.of("approvalOutcome", "APPROVE", "approvalReasons", "Đồng ý"));
        approved.add(id);
      } else {
        decide(
            other,
            APPRAISER,
            id,
            "Task_Appraise",
            Map.of("appraisalOutcome", "RETURN", "appraisalReasons", "Ảnh mờ"));
        returned.add(id);
      }
    }
    awaitTrue(
        "the returned requests' notices mailed",
        Duration.ofSeconds(30),
        () ->
            count("select count(*) from vneid_notice where emailed_at is not null")
                == returned.size());

    // Every gateway call now takes 2 s. The first node seen holding a publication job (its name is
    // the
    // job's lock owner) is killed, most likely inside the gateway call; the other must take the job
    // over.
    TestGateway.mode(TestGateway.Mode.SLOW);
    String publishLocked =
        "select j.lock_owner_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
            + "where d.act_id_ = 'Task_Publish' and j.lock_owner_ is not null";
    awaitTrue(
        "a node running a publication job",
        Duration.ofSeconds(60),
        () -> !db.sql(publishLocked).query(String.class).list().isEmpty());
    String victim = db.sql(publishLocked).query(String.class).list().get(0);
    Thread.sleep(500); // from acquiring the job to inside the 2 s gateway call
    AppNode killed = victim.equals("a") ? a : b;
    survivor = killed == a ? b : a;
    killed.kill();
    long lockedAtKill =
        count("select count(*) from act_ru_job where lock_owner_ = '" + victim + "'");
    assertThat(lockedAtKill).as("jobs left locked by the killed node").isPositive();
    long publishedAtKill = count("select count(*) from publication");

    awaitTrue(
        "every approved request taken down by the survivor",
        Duration.ofSeconds(90),
        () -> approved.stream().allMatch(id -> "EXPIRED".equals(status(id))));

    assertThat(survivor.alive()).isTrue();
    assertThat(count("select count(*) from act_ru_job where lock_owner_ = '" + victim + "'"))
        .as("every job the dead node held was taken over")
        .isZero();
    for (long id : approved) {
      String key = "vneid-" + id + "-r1";
      assertThat(count("select count(*) from publication where idempotency_key = '" + key + "'"))
          .as(key)
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from publication where idempotency_key = '"
                      + key
                      + "' and withdrawn_at is not null"))
          .isEqualTo(1);
      assertThat(TestGateway.publicationsFor(key))
          .as("published at the gateway once: " + key)
          .isEqualTo(1);
      assertThat(
              count(
                  "select count(*) from publication_delivery where idempotency_key = '"
                      + key
                      + "'"))
          .isEqualTo(1);
      for (String activity :
          List.of("Timer_WindowStart", "Task_Publish", "Timer_WindowEnd", "Task_Unpublish")) {
        assertThat(
                count(
                    "select count(*) from act_hi_actinst h join act_hi_procinst p on p.id_ = h.proc_inst_id_ "
                        + "where p.business_key_ = 'VNEID-"
                        + id
                        + "' and h.act_id_ = '"
                        + activity
                        + "' and h.end_time_ is not null"))
            .as(activity + " of request " + id + " completed once")
            .isEqualTo(1);
      }
    }
    for (long id : returned) {
      assertThat(status(id)).isEqualTo("RETURNED");
      assertThat(
              count(
                  "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                      + "where e.business_key_ = 'VNEID-"
                      + id
                      + "' and t.task_def_key_ = 'Task_Revise'"))
          .isEqualTo(1);
    }
    MimeMessage[] mails = mail.getReceivedMessages();
    List<String> subjects = new ArrayList<>();
    for (MimeMessage m : mails) {
      subjects.add(m.getSubject());
    }
    assertThat(subjects)
        .as("one mail per notice, none twice")
        .hasSize(returned.size())
        .doesNotHaveDuplicates();
    assertThat(count("select count(*) from act_ru_incident")).isZero();
    assertThat(count("select count(*) from act_ru_job where lock_owner_ is not null")).isZero();
    long calls =
        approved.stream().mapToLong(id -> TestGateway.publishCallsFor("vneid-" + id + "-r1")).sum();
    System.out.printf(
        "cluster: node %s killed holding %d jobs, %d of %d articles in the feed; %d publish calls "
            + "reached the gateway for %d articles (a repeat carries the same Idempotency-Key)%n",
        victim, lockedAtKill, publishedAtKill, approved.size(), calls, approved.size());
  }

  /**
   * Last: the database restarts while a node is inside the gateway call of a publication. Only a
   * server this run started is restarted: the run's own when it is embedded (the cluster's survivor
   * is the node), otherwise (the run uses the system's PostgreSQL, which others may be using) an
   * embedded server started for this test, with a node of its own on it. So the restart is tested
   * on every machine, and the system's server never restarts.
   */
  @Test
  @Order(2)
  @DisplayName(
      "V-STEP-5: PostgreSQL restarted in the middle of a publication: the node recovers and the article is "
          + "published and taken down once")
  void databaseRestartMidFlow() throws Exception {
    Site site = server.startedByThisRun() ? new Site(server, clusterDb, survivor, db) : ownSite();
    AppNode node = site.node();
    JdbcClient rdb = site.db();
    createUser(node, UNIT_USER, "unit-UBND-P-TRUCBACH");
    createUser(node, APPRAISER, "police-appraisal-001");
    createUser(node, CHIEF, "police-chief-001");
    TestGateway.reset();
    OffsetDateTime from =
        OffsetDateTime.now(ZoneOffset.ofHours(7)).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
    long id =
        submit(node, "Bài đăng trong lúc khởi động lại cơ sở dữ liệu", from, from.plusSeconds(20));
    decide(
        node,
        APPRAISER,
        id,
        "Task_Appraise",
        Map.of("appraisalOutcome", "PASS", "appraisalReasons", "Đạt"));
    decide(
        node,
        CHIEF,
        id,
        "Task_Approve",
        Map.of("approvalOutcome", "APPROVE", "approvalReasons", "Đồng ý"));
    String key = "vneid-" + id + "-r1";

    TestGateway.mode(TestGateway.Mode.SLOW);
    awaitTrue(
        "the publication call at the gateway",
        Duration.ofSeconds(30),
        () -> TestGateway.publishCallsFor(key) > 0);
    site.server().restart();
    awaitTrue("PostgreSQL accepting connections again", Duration.ofSeconds(30), site::databaseUp);
    TestGateway.mode(TestGateway.Mode.OK);

    // The interrupted job either runs again once its lock expires, or (if the engine could record
    // the
    // failure) waits R3/PT5M for its next try: run that retry now rather than wait five minutes.
    boolean retried = false;
    try {
      awaitTrue(
          "published without help",
          Duration.ofSeconds(15),
          () -> !"SCHEDULED".equals(status(rdb, id)));
    } catch (AssertionError waitingForRetry) {
      String job =
          rdb.sql(
                  "select j.id_ from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_ "
                      + "where e.business_key_ = :bk and j.exception_msg_ is not null and j.retries_ > 0")
              .param("bk", "VNEID-" + id)
              .query(String.class)
              .single();
      HttpResponse<String> run =
          send(
              HttpRequest.newBuilder(URI.create(node.url("/engine-rest/job/" + job + "/execute")))
                  .POST(HttpRequest.BodyPublishers.noBody()),
              ADMIN);
      assertThat(run.statusCode()).as(run.body()).isEqualTo(204);
      retried = true;
    }
    awaitTrue(
        "the article published and taken down",
        Duration.ofSeconds(60),
        () -> "EXPIRED".equals(status(rdb, id)));
    assertThat(count(rdb, "select count(*) from publication where idempotency_key = '" + key + "'"))
        .isEqualTo(1);
    assertThat(TestGateway.publicationsFor(key)).isEqualTo(1);
    assertThat(
            count(
                rdb,
                "select count(*) from act_hi_actinst h join act_hi_procinst p on p.id_ = h.proc_inst_id_ "
                    + "where p.business_key_ = 'VNEID-"
                    + id
                    + "' and h.act_id_ = 'Task_Publish' and h.end_time_ is not null"))
        .isEqualTo(1);
    assertThat(count(rdb, "select count(*) from act_ru_incident")).isZero();
    HttpResponse<String> ready =
        http.send(
            HttpRequest.newBuilder(URI.create(node.url("/actuator/health/readiness")))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ready.statusCode()).isEqualTo(200);
    System.out.printf(
        "database restart (%s): %d publish calls reached the gateway for %s; retry run by hand: %s%n",
        site.server() == server
            ? "the run's embedded server"
            : "an embedded server started for this test",
        TestGateway.publishCallsFor(key),
        key,
        retried);
  }

  /**
   * Where the restart test runs: a server this run started, a database on it and a node using it.
   */
  private record Site(TestPostgres.Server server, String database, AppNode node, JdbcClient db) {
    boolean databaseUp() {
      try (Connection c =
          DriverManager.getConnection(server.url(database), server.user(), server.password())) {
        return c.isValid(2);
      } catch (SQLException notYet) {
        return false;
      }
    }
  }

  /** An embedded server started for the restart test, with a node of its own ("c"). */
  private static Site ownSite() throws Exception {
    TestPostgres.Server own = TestPostgres.startEmbedded();
    String database = own.createDatabase("hanoi_comms_restart");
    return new Site(own, database, startNode("c", own, database), jdbc(own, database));
  }

  // --- helpers -----------------------------------------------------------------------------------

  private long count(String sql) {
    return count(db, sql);
  }

  private static long count(JdbcClient on, String sql) {
    return on.sql(sql).query(Long.class).single();
  }

  private String status(long id) {
    return status(db, id);
  }

  private static String status(JdbcClient on, long id) {
    return on.sql("select status from vneid_request where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private static void awaitTrue(String what, Duration within, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within " + within + ": " + what);
      }
      Thread.sleep(250);
    }
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String user) throws Exception {
    return http.send(
        request.header("Authorization", basic(user)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void createUser(AppNode node, String id, String group) throws Exception {
    HttpResponse<String> exists =
        send(
            HttpRequest.newBuilder(URI.create(node.url("/engine-rest/user/" + id + "/profile")))
                .GET(),
            ADMIN);
    if (exists.statusCode() == 200) {
      return;
    }
    ObjectNode body = json.createObjectNode();
    body.putObject("profile")
        .put("id", id)
        .put("firstName", "Cán bộ")
        .put("lastName", id)
        .put("email", id + "@example.org");
    body.putObject("credentials").put("password", PASSWORD);
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(node.url("/engine-rest/user/create")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
            ADMIN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
    r =
        send(
            HttpRequest.newBuilder(
                    URI.create(node.url("/engine-rest/group/" + group + "/members/" + id)))
                .PUT(HttpRequest.BodyPublishers.noBody()),
            ADMIN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
  }

  private long submit(AppNode node, String title, OffsetDateTime from, OffsetDateTime until)
      throws Exception {
    ObjectNode req = json.createObjectNode();
    req.put("unitCode", "UBND-P-TRUCBACH")
        .put("title", title)
        .put("summary", "Người dân được hướng dẫn sử dụng dịch vụ công trực tuyến.")
        .put(
            "bodyHtml",
            "<p>Công an phường hỗ trợ người dân kích hoạt tài khoản <strong>VNeID</strong>.</p>")
        .put("category", "PROJECT_06")
        .put("scope", "COMMUNE")
        .put("ageMin", 18)
        .put("ageMax", 60)
        .put("gender", "ALL")
        .put("publishFrom", from.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .put("publishUntil", until.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
        .put("letterNumber", "12/UBND")
        .put("letterDate", "2026-01-05");
    req.putArray("targetAreaCodes").add("00004");
    String boundary = "----cluster" + System.nanoTime();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    part(
        out,
        boundary,
        "request",
        "request.json",
        "application/json",
        req.toString().getBytes(StandardCharsets.UTF_8));
    part(out, boundary, "featuredImage", "anh.png", "image/png", DemoImages.banner("Loa phường"));
    out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(URI.create(node.url("/api/vneid/requests")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())),
            UNIT_USER);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return json.readTree(r.body()).get("id").asLong();
  }

  private static void part(
      ByteArrayOutputStream out,
      String boundary,
      String name,
      String file,
      String type,
      byte[] content)
      throws IOException {
    out.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + name
                + "\"; filename=\""
                + file
                + "\"\r\nContent-Type: "
                + type
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Completes the request's open task through Camunda's REST API on the given node, as that
   * officer.
   */
  private void decide(AppNode node, String user, long id, String taskKey, Map<String, String> vars)
      throws Exception {
    HttpResponse<String> tasks =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        node.url(
                            "/engine-rest/task?processInstanceBusinessKey=VNEID-"
                                + id
                                + "&taskDefinitionKey="
                                + taskKey)))
                .GET(),
            user);
    JsonNode list = json.readTree(tasks.body());
    assertThat(list.size()).as(tasks.body()).isEqualTo(1);
    ObjectNode body = json.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    vars.forEach((k, v) -> variables.putObject(k).put("value", v).put("type", "String"));
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        node.url(
                            "/engine-rest/task/" + list.get(0).get("id").asText() + "/complete")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
            user);
    assertThat(r.statusCode()).as(r.body()).isIn(200, 204);
  }
}
