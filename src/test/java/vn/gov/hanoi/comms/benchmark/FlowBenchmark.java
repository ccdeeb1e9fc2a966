package vn.gov.hanoi.comms.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.gov.hanoi.comms.demo.DemoImages;

/**
 * The load driver of benchmarks/run.sh (docs/benchmarks.md); not a unit test. Drives a running node
 * (profiles postgres,bench) through its HTTP API only, as the product's users would: complete VNeID
 * requests (submit, appraise, approve, published once the window opens 1 s later), complete iHanoi
 * notices (create, edit, duplicate checks, approve, sent) and the baseline model
 * (benchmarks/baseline.bpmn: the same two user tasks and wait, no product code), with 1, 4 and 16
 * concurrent clients; statements, rows and history rows per complete request; and the burst of
 * issue 4 (600 submissions in one minute).
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.gov.hanoi.comms.benchmark.FlowBenchmark \
 *     --url http://localhost:18090 --jdbc jdbc:postgresql://localhost:5432/hanoi_comms_bench --out target/bench [--quick]
 * </pre>
 */
public final class FlowBenchmark {
  // Not containing the users' ids or names (first name "Bench"): the password policy would refuse
  // it.
  static final String PASSWORD = "Hanoi#Perf2026";
  static final ObjectMapper JSON = new ObjectMapper();

  enum Flow {
    VNEID,
    IHANOI,
    BASELINE_VNEID,
    BASELINE_IHANOI
  }

  /** A unit that submits in the burst and the officers who decide on its requests. */
  record Unit(
      String code, String scope, String area, String user, String appraiser, String approver) {}

  static final Unit TRUCBACH =
      new Unit(
          "UBND-P-TRUCBACH",
          "COMMUNE",
          "00004",
          "bench.trucbach",
          "bench.ca001.thamdinh",
          "bench.ca001.truong");
  static final Unit BADINH =
      new Unit(
          "UBND-Q-BADINH",
          "DISTRICT",
          "001",
          "bench.badinh",
          "bench.ca001.thamdinh",
          "bench.ca001.truong");
  static final Unit HANGBAC =
      new Unit(
          "UBND-P-HANGBAC",
          "COMMUNE",
          "00061",
          "bench.hangbac",
          "bench.ca002.thamdinh",
          "bench.ca002.truong");
  static final String EDITOR = "bench.trucbach.bientap";
  static final String NOTICE_APPROVER = "bench.trucbach.duyet";

  final String base;
  final String jdbcUrl;
  final String admin;
  final String adminPassword;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  final byte[] image = DemoImages.banner("Loa phường");

  /**
   * The driver's own queries on PostgreSQL (each one commit), subtracted from the commits counted.
   */
  final AtomicLong driverQueries = new AtomicLong();

  /**
   * Statements one read of the counters costs the node (authenticating the call), subtracted per
   * step.
   */
  double counterCallStatements;

  final AtomicLong seq = new AtomicLong(System.currentTimeMillis() % 1_000_000);

  /**
   * Seconds from submission to the VNeID window's start (1: the throughput phase's wait, compared
   * with the baseline's PT1S; 0: the capacity phase, where neither flow waits).
   */
  int vneidWindowSeconds = 1;

  /**
   * Whether a flow run with step hooks waits for its end (published, sent, ended); the capacity
   * phase leaves that to the job queue it samples.
   */
  boolean awaitEnd = true;

  FlowBenchmark(String base, String jdbcUrl, String admin, String adminPassword) {
    this.base = base;
    this.jdbcUrl = jdbcUrl;
    this.admin = admin;
    this.adminPassword = adminPassword;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--quick")) {
        opt.put("quick", "true");
      } else {
        opt.put(args[i].substring(2), args[++i]);
      }
    }
    boolean quick = opt.containsKey("quick");
    FlowBenchmark b =
        new FlowBenchmark(
            opt.getOrDefault("url", "http://localhost:18090"),
            opt.getOrDefault("jdbc", "jdbc:postgresql://localhost:5432/hanoi_comms_bench"),
            opt.getOrDefault("admin", "bench"),
            opt.getOrDefault("admin-password", System.getenv("BENCH_ADMIN_PASSWORD")));
    Path out = Path.of(opt.getOrDefault("out", "target/bench"));
    Files.createDirectories(out);
    int runs = Integer.parseInt(opt.getOrDefault("runs", quick ? "1" : "3"));
    int[] clients =
        Arrays.stream(opt.getOrDefault("clients", quick ? "1,4" : "1,4,16").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int perClient = Integer.parseInt(opt.getOrDefault("per-client", quick ? "3" : "6"));
    int burst = Integer.parseInt(opt.getOrDefault("burst", quick ? "60" : "600"));
    int burstSeconds = Integer.parseInt(opt.getOrDefault("burst-seconds", quick ? "6" : "60"));
    String only = opt.getOrDefault("only", "throughput,cost,burst");

    b.setUp();
    StringBuilder md = new StringBuilder();
    if (only.contains("throughput")) {
      md.append(b.throughput(runs, clients, perClient)).append('\n');
      Files.writeString(out.resolve("flows.md"), md);
    }
    if (only.contains("cost")) {
      md.append(b.cost(quick ? 3 : 10)).append('\n');
      Files.writeString(out.resolve("flows.md"), md);
    }
    if (only.contains("capacity")) {
      int seconds = Integer.parseInt(opt.getOrDefault("rate-seconds", quick ? "10" : "30"));
      String capacity = new CapacityBenchmark(b).run(rates(opt, "rates", "1,2,4,8,12,16"), seconds);
      Files.writeString(out.resolve("capacity.md"), capacity);
      md.append(capacity).append('\n');
    }
    if (only.contains("feed")) {
      int seconds = Integer.parseInt(opt.getOrDefault("feed-seconds", quick ? "5" : "10"));
      String feed =
          new FeedLoadBenchmark(b)
              .run(rates(opt, "feed-rates", "100,250,500,1000,1500,2000"), seconds, quick ? 4 : 10);
      Files.writeString(out.resolve("feed.md"), feed);
      md.append(feed).append('\n');
    }
    if (only.contains("burst")) {
      md.append(b.burst(burst, burstSeconds)).append('\n');
      Files.writeString(out.resolve("flows.md"), md);
    }
    System.out.println(md);
  }

  /** Comma-separated arrival rates (requests a second) of option {@code name}. */
  static double[] rates(Map<String, String> opt, String name, String defaults) {
    return Arrays.stream(opt.getOrDefault(name, defaults).split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();
  }

  // ----------------------------------------------------------------------------------------------
  // set-up

  void setUp() throws Exception {
    Map<String, String> users = new LinkedHashMap<>();
    users.put(TRUCBACH.user(), "unit-UBND-P-TRUCBACH");
    users.put(BADINH.user(), "unit-UBND-Q-BADINH");
    users.put(HANGBAC.user(), "unit-UBND-P-HANGBAC");
    users.put("bench.ca001.thamdinh", "police-appraisal-001");
    users.put("bench.ca001.truong", "police-chief-001");
    users.put("bench.ca002.thamdinh", "police-appraisal-002");
    users.put("bench.ca002.truong", "police-chief-002");
    users.put(EDITOR, "ihanoi-editor-UBND-P-TRUCBACH");
    users.put(NOTICE_APPROVER, "ihanoi-approver-UBND-P-TRUCBACH");
    for (Map.Entry<String, String> u : users.entrySet()) {
      ObjectNode body = JSON.createObjectNode();
      body.putObject("profile")
          .put("id", u.getKey())
          .put("firstName", "Bench")
          .put("lastName", u.getKey())
          .put("email", u.getKey() + "@bench.invalid");
      body.putObject("credentials").put("password", PASSWORD);
      HttpResponse<String> r =
          send(admin, adminPassword, json("POST", "/engine-rest/user/create", body));
      if (r.statusCode() != 204 && !r.body().contains("exist")) {
        throw new IllegalStateException(
            "creating user " + u.getKey() + ": " + r.statusCode() + " " + r.body());
      }
      r =
          send(
              admin,
              adminPassword,
              HttpRequest.newBuilder(
                      uri("/engine-rest/group/" + u.getValue() + "/members/" + u.getKey()))
                  .PUT(HttpRequest.BodyPublishers.noBody()));
      if (r.statusCode() != 204 && r.statusCode() != 500) {
        throw new IllegalStateException("membership " + u + ": " + r.statusCode() + " " + r.body());
      }
    }
    // The baseline model, deployed through Camunda's REST API (only when changed).
    String boundary = "----bench" + UUID.randomUUID();
    MultipartBody mp = new MultipartBody(boundary);
    mp.text("deployment-name", "bench-baseline");
    mp.text("deploy-changed-only", "true");
    mp.file(
        "data",
        "baseline.bpmn",
        "application/xml",
        Files.readAllBytes(Path.of("benchmarks/baseline.bpmn")));
    mp.file(
        "form",
        "baseline-decision.form",
        "application/json",
        Files.readAllBytes(Path.of("benchmarks/baseline-decision.form")));
    HttpResponse<String> r =
        send(
            admin,
            adminPassword,
            HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(mp.publisher()));
    check(r, 200, "deploying the baseline");
    // Warm up every path (JIT, caches, connection pool) before measuring.
    for (Flow f : Flow.values()) {
      for (int i = 0; i < 5; i++) {
        runOne(f, TRUCBACH);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // throughput

  String throughput(int runs, int[] clients, int perClient) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "### Complete requests per second (median of %d runs; %d requests per client per run)%n%n",
            runs,
            perClient));
    md.append(
        "| clients | VNeID req/s | baseline (1 s window) req/s | VNeID / baseline | iHanoi req/s | baseline (no wait) req/s | iHanoi / baseline | VNeID latency p50 / p99 (s) | iHanoi latency p50 / p99 (s) | load average before |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
    for (int c : clients) {
      String load = loadAverage();
      Map<Flow, List<double[]>> results = new LinkedHashMap<>();
      for (int run = 0; run < runs; run++) {
        // Interleaved so that a change in the machine's load hits every flow alike.
        for (Flow f : Flow.values()) {
          double[] r = measure(f, c, c * perClient);
          System.out.printf(
              Locale.ROOT,
              "run %d, %s, %d clients: %.2f req/s, p50 %.2f s, p99 %.2f s%n",
              run + 1,
              f,
              c,
              r[0],
              r[1],
              r[2]);
          results.computeIfAbsent(f, k -> new ArrayList<>()).add(r);
        }
      }
      double v = median(results.get(Flow.VNEID), 0);
      double bv = median(results.get(Flow.BASELINE_VNEID), 0);
      double ih = median(results.get(Flow.IHANOI), 0);
      double bi = median(results.get(Flow.BASELINE_IHANOI), 0);
      md.append(
          String.format(
              Locale.ROOT,
              "| %d | %.2f | %.2f | %.0f%% | %.2f | %.2f | %.0f%% | %.2f / %.2f | %.2f / %.2f | %s |%n",
              c,
              v,
              bv,
              100 * v / bv,
              ih,
              bi,
              100 * ih / bi,
              median(results.get(Flow.VNEID), 1),
              median(results.get(Flow.VNEID), 2),
              median(results.get(Flow.IHANOI), 1),
              median(results.get(Flow.IHANOI), 2),
              load));
    }
    return md.toString();
  }

  static String loadAverage() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }

  /** Runs {@code total} complete requests on {@code clients} threads: {req/s, p50 s, p99 s}. */
  double[] measure(Flow flow, int clients, int total) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger left = new AtomicInteger(total);
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      futures.add(
          pool.submit(
              () -> {
                while (left.getAndDecrement() > 0) {
                  long t0 = System.nanoTime();
                  runOne(flow, TRUCBACH);
                  latencies.add((System.nanoTime() - t0) / 1e9);
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new double[] {total / seconds, percentile(l, 50), percentile(l, 99)};
  }

  Object runOne(Flow flow, Unit unit) throws Exception {
    return switch (flow) {
      case VNEID -> vneid(unit, null);
      case IHANOI -> ihanoi(null);
      case BASELINE_VNEID -> baseline("PT1S", null);
      case BASELINE_IHANOI -> baseline("PT0S", null);
    };
  }

  // ----------------------------------------------------------------------------------------------
  // flows

  /**
   * Steps of one flow, with a hook called after each (the cost phase counts statements per step).
   */
  interface Steps {
    void after(String step) throws Exception;
  }

  long vneid(Unit unit, Steps steps) throws Exception {
    HttpResponse<String> r = submit(unit, Instant.now().plusSeconds(vneidWindowSeconds), false);
    check(r, 201, "submitting");
    long id = JSON.readTree(r.body()).get("id").asLong();
    if (steps != null) steps.after("submit (validate, store, pre-checks, start)");
    String key = "VNEID-" + id;
    complete(
        unit.appraiser(),
        key,
        "Task_Appraise",
        Map.of("appraisalOutcome", "PASS", "appraisalReasons", "Nội dung phù hợp"));
    if (steps != null) steps.after("appraise (Task_Appraise)");
    complete(
        unit.approver(),
        key,
        "Task_Approve",
        Map.of("approvalOutcome", "APPROVE", "approvalReasons", "Đồng ý đăng"));
    if (steps != null) steps.after("approve (Task_Approve, window check, timer)");
    if (steps != null && !awaitEnd) {
      return id;
    }
    if (steps != null) {
      awaitSql("select 1 from vneid_request where id = " + id + " and status = 'PUBLISHED'");
      steps.after("publish (timer job, publish job)");
    } else {
      await(unit.user(), "/api/vneid/requests/" + id, "PUBLISHED");
    }
    return id;
  }

  HttpResponse<String> submit(Unit unit, Instant publishFrom, boolean invalid) throws Exception {
    long n = seq.incrementAndGet();
    ObjectNode req = JSON.createObjectNode();
    req.put("unitCode", unit.code());
    req.put("title", "Hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 (" + n + ")");
    req.put(
        "summary", "Người dân được hướng dẫn kích hoạt tài khoản VNeID tại trụ sở công an phường.");
    req.put(
        "bodyHtml",
        "<p>Từ ngày 01/12, công an phường hỗ trợ người dân kích hoạt tài khoản <strong>VNeID</strong>.</p>");
    req.put("category", "PROJECT_06");
    req.put("scope", unit.scope());
    req.putArray("targetAreaCodes").add(unit.area());
    req.put("ageMin", 18);
    req.put("ageMax", 60);
    req.put("gender", "ALL");
    req.put("publishFrom", publishFrom.atOffset(ZoneOffset.ofHours(7)).toString());
    // A refused submission in the burst: its window has already closed (V-REQ-4).
    Instant until =
        invalid ? Instant.now().minusSeconds(3600) : Instant.now().plus(Duration.ofDays(10));
    req.put("publishUntil", until.atOffset(ZoneOffset.ofHours(7)).toString());
    req.put("reviewerNotes", "Benchmark");
    req.put("letterNumber", n + "/UBND-VP");
    req.put("letterDate", LocalDate.now(ZoneOffset.ofHours(7)).minusDays(1).toString());
    String boundary = "----bench" + UUID.randomUUID();
    MultipartBody mp = new MultipartBody(boundary);
    mp.file("request", "request.json", "application/json", JSON.writeValueAsBytes(req));
    mp.file("featuredImage", "anh.png", "image/png", image);
    return send(
        unit.user(),
        PASSWORD,
        HttpRequest.newBuilder(uri("/api/vneid/requests"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(mp.publisher()));
  }

  long ihanoi(Steps steps) throws Exception {
    long n = seq.incrementAndGet();
    // Distinct texts: every notice is new to the duplicate check.
    ObjectNode notice = JSON.createObjectNode();
    notice.put("title", "Thông báo lịch tiêm chủng đợt " + n + " tại trạm y tế phường");
    notice.put(
        "body",
        "<p>Trạm y tế phường tổ chức tiêm chủng đợt "
            + n
            + " cho trẻ em từ "
            + (n % 12 + 1)
            + " đến "
            + (n % 12 + 24)
            + " tháng tuổi vào sáng thứ "
            + (n % 5 + 2)
            + " tại nhà văn hoá tổ dân phố số "
            + (n % 40 + 1)
            + ". Mã đợt "
            + Long.toString(n * 7919, 36)
            + ".</p>");
    notice.put("topic", "OTHER");
    notice.put("urgency", "NORMAL");
    HttpResponse<String> r =
        send(TRUCBACH.user(), PASSWORD, json("POST", "/api/ihanoi/notices", notice));
    check(r, 201, "creating a notice");
    long id = JSON.readTree(r.body()).get("id").asLong();
    if (steps != null) steps.after("create (validate, store, start)");
    String key = "IHANOI-" + id;
    complete(EDITOR, key, "Task_EditNotice", Map.of());
    if (steps != null) steps.after("edit (Task_EditNotice, duplicate check)");
    complete(
        NOTICE_APPROVER,
        key,
        "Task_ApproveNotice",
        Map.of("approvalOutcome", "APPROVE", "approvalReasons", "Đồng ý gửi"));
    if (steps != null) steps.after("approve (Task_ApproveNotice, duplicate check)");
    if (steps != null && !awaitEnd) {
      return id;
    }
    if (steps != null) {
      awaitSql("select 1 from ihanoi_notice where id = " + id + " and status = 'SENT'");
      steps.after("send (send job)");
    } else {
      await(TRUCBACH.user(), "/api/ihanoi/notices/" + id, "SENT");
    }
    return id;
  }

  String baseline(String window, Steps steps) throws Exception {
    ObjectNode start = JSON.createObjectNode();
    start.putObject("variables").putObject("window").put("value", window).put("type", "String");
    HttpResponse<String> r =
        send(
            admin,
            adminPassword,
            json("POST", "/engine-rest/process-definition/key/bench-baseline/start", start));
    check(r, 200, "starting the baseline");
    String pi = JSON.readTree(r.body()).get("id").asText();
    if (steps != null) steps.after("start");
    completeIn(
        admin,
        adminPassword,
        "processInstanceId=" + pi + "&taskDefinitionKey=Task_First",
        Map.of("firstOutcome", "PASS"));
    if (steps != null) steps.after("first user task");
    completeIn(
        admin,
        adminPassword,
        "processInstanceId=" + pi + "&taskDefinitionKey=Task_Second",
        Map.of("secondOutcome", "APPROVE"));
    if (steps != null) steps.after("second user task (timer)");
    if (steps != null && !awaitEnd) {
      return pi;
    }
    if (steps != null) {
      awaitSql("select 1 from act_hi_procinst where id_ = '" + pi + "' and end_time_ is not null");
      steps.after("timer job, end");
    } else {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (true) {
        HttpResponse<String> h =
            send(
                admin,
                adminPassword,
                HttpRequest.newBuilder(uri("/engine-rest/history/process-instance/" + pi)).GET());
        if (h.statusCode() == 200
            && "COMPLETED".equals(JSON.readTree(h.body()).path("state").asText())) {
          break;
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("baseline " + pi + " did not end: " + h.body());
        }
        Thread.sleep(100);
      }
    }
    return pi;
  }

  void complete(String user, String businessKey, String taskKey, Map<String, Object> vars)
      throws Exception {
    completeIn(
        user,
        PASSWORD,
        "processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey,
        vars);
  }

  /**
   * Finds the one open task matching the query as that user (Tasklist would) and completes it with
   * the variables.
   */
  void completeIn(String user, String password, String query, Map<String, Object> vars)
      throws Exception {
    HttpResponse<String> r =
        send(user, password, HttpRequest.newBuilder(uri("/engine-rest/task?" + query)).GET());
    check(r, 200, "finding the task " + query);
    JsonNode tasks = JSON.readTree(r.body());
    if (tasks.size() != 1) {
      throw new IllegalStateException(
          "expected one task for " + query + " as " + user + ", got " + r.body());
    }
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    vars.forEach((k, v) -> variables.putObject(k).put("value", v.toString()).put("type", "String"));
    r =
        send(
            user,
            password,
            json(
                "POST",
                "/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete",
                body));
    check(r, 204, "completing " + query);
  }

  void await(String user, String path, String status) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (true) {
      HttpResponse<String> r = send(user, PASSWORD, HttpRequest.newBuilder(uri(path)).GET());
      check(r, 200, "reading " + path);
      if (status.equals(JSON.readTree(r.body()).path("status").asText())) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(path + " not " + status + " after 120 s: " + r.body());
      }
      Thread.sleep(100);
    }
  }

  // ------------------------------------------------------------------------------------------------ cost

  /**
   * Statements, rows written, transactions and history rows per complete request, and statements
   * per step.
   */
  String cost(int requests) throws Exception {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "### What one complete request costs the database (%d requests in a row per flow)%n%n",
            requests));
    double idleStatementsPerSecond = idleStatementRate();
    StatementBreakdown breakdown = new StatementBreakdown(familiesPerCounterCall, idleFamilies);
    md.append(
        String.format(
            Locale.ROOT,
            "Statements (each statement of a JDBC batch counts) are counted by a JDBC proxy in the application (profile `bench`), minus the "
                + "job executor's idle polling (%.1f statements/s measured idle, times the phase's duration) and the driver's "
                + "reads of the counter (%.1f statements each); rows written (`tup_inserted + tup_updated + tup_deleted`) "
                + "and commits from `pg_stat_database`, minus the driver's own queries; history rows are all `ACT_HI_*` "
                + "rows added. Every HTTP call is authenticated (HTTP Basic against Camunda's identity service), which "
                + "is part of each step's statements.%n%n",
            idleStatementsPerSecond,
            counterCallStatements));
    md.append(
        "| flow | statements / request | rows written / request | commits / request | history rows / request |\n");
    md.append("|---|---:|---:|---:|---:|\n");
    StringBuilder stepsMd =
        new StringBuilder(
            "\nStatements per step (mean over the same requests):\n\n| flow | step | statements |\n|---|---|---:|\n");
    for (Flow f : Flow.values()) {
      if (f == Flow.BASELINE_IHANOI) {
        continue;
      }
      Map<String, Long> perStep = new LinkedHashMap<>();
      long[] last = {statements()};
      Steps steps =
          step -> {
            long now = statements();
            perStep.merge(step, now - last[0] - Math.round(counterCallStatements), Long::sum);
            last[0] = statements();
          };
      pgStatFlushWait();
      long[] db0 = pgStat();
      long hist0 = historyRows();
      long q0 = driverQueries.get();
      Map<String, Long> fam0 = families();
      long st0 = statements();
      long counterCalls = 0;
      long t0 = System.nanoTime();
      for (int i = 0; i < requests; i++) {
        switch (f) {
          case VNEID -> vneid(TRUCBACH, steps);
          case IHANOI -> ihanoi(steps);
          default -> baseline("PT1S", steps);
        }
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      counterCalls = 1 + 2L * requests * 4;
      long st =
          statements()
              - st0
              - Math.round(
                  idleStatementsPerSecond * seconds + counterCallStatements * counterCalls);
      breakdown.add(
          f == Flow.BASELINE_VNEID ? "baseline" : f == Flow.VNEID ? "VNeID" : "iHanoi",
          fam0,
          families(),
          requests,
          counterCalls + 1,
          seconds);
      long driverCommits = driverQueries.get() - q0;
      long hist = historyRows() - hist0;
      pgStatFlushWait();
      long[] db = pgStat();
      db[1] -= driverCommits;
      String name =
          f == Flow.BASELINE_VNEID ? "baseline" : f.name().equals("VNEID") ? "VNeID" : "iHanoi";
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %.0f | %.0f | %.0f |%n",
              name,
              (double) st / requests,
              (double) (db[0] - db0[0]) / requests,
              (double) (db[1] - db0[1]) / requests,
              (double) hist / requests));
      perStep.forEach(
          (k, v) ->
              stepsMd.append(
                  String.format(
                      Locale.ROOT, "| %s | %s | %.0f |%n", name, k, (double) v / requests)));
    }
    md.append(stepsMd);
    md.append(
        "\nStatements per complete request by family (verb and first table; `GET /api/bench/counters/families`, "
            + "minus the counter reads and the idle polling, same requests):\n\n");
    return md.append(breakdown.markdown()).toString();
  }

  /** Per family, what one read of the counters costs and what the idle node runs per second. */
  Map<String, Double> familiesPerCounterCall = Map.of();

  Map<String, Double> idleFamilies = Map.of();

  double idleStatementRate() throws Exception {
    Map<String, Long> f0 = families();
    long c0 = statements();
    for (int i = 0; i < 9; i++) {
      statements();
    }
    counterCallStatements = (statements() - c0) / 10.0;
    // Ten reads of the counters and one of the families (which costs the same authentication).
    familiesPerCounterCall = StatementBreakdown.delta(f0, families(), 11);
    Map<String, Long> i0 = families();
    long s0 = statements();
    long t0 = System.nanoTime();
    Thread.sleep(5_000);
    double seconds = (System.nanoTime() - t0) / 1e9;
    Map<String, Double> idle = StatementBreakdown.delta(i0, families(), seconds);
    idle.replaceAll((k, v) -> v - 2 * familiesPerCounterCall.getOrDefault(k, 0.0) / seconds);
    idleFamilies = idle;
    return (statements() - s0 - counterCallStatements) / seconds;
  }

  Map<String, Long> families() throws Exception {
    Map<String, Long> m = new LinkedHashMap<>();
    adminGet("/api/bench/counters/families", "reading the statement families (profile bench)")
        .fields()
        .forEachRemaining(e -> m.put(e.getKey(), e.getValue().asLong()));
    return m;
  }

  long statements() throws Exception {
    return adminGet("/api/bench/counters", "reading the statement counters (profile bench)")
        .get("statements")
        .asLong();
  }

  /**
   * PostgreSQL's backends report their counters when idle, at most 10 s later
   * (PGSTAT_IDLE_INTERVAL).
   */
  static void pgStatFlushWait() throws InterruptedException {
    Thread.sleep(11_000);
  }

  long[] pgStat() throws SQLException {
    driverQueries.incrementAndGet();
    try (Connection c =
            DriverManager.getConnection(
                jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select tup_inserted + tup_updated + tup_deleted, xact_commit from pg_stat_database where datname = current_database()")) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2)};
    }
  }

  long historyRows() throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      driverQueries.incrementAndGet();
      try (ResultSet rs =
          s.executeQuery(
              "select table_name from information_schema.tables where table_schema = 'public' and table_name like 'act\\_hi\\_%'")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      long total = 0;
      for (String t : tables) {
        driverQueries.incrementAndGet();
        try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
          rs.next();
          total += rs.getLong(1);
        }
      }
      return total;
    }
  }

  void awaitSql(String query) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    try (Connection c =
            DriverManager.getConnection(
                jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement s = c.createStatement()) {
      while (true) {
        driverQueries.incrementAndGet();
        try (ResultSet rs = s.executeQuery(query)) {
          if (rs.next()) {
            return;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("timed out: " + query);
        }
        Thread.sleep(50);
      }
    }
  }

  long sqlLong(String query) throws SQLException {
    try (Connection c =
            DriverManager.getConnection(
                jdbcUrl, "postgres", System.getenv().getOrDefault("PGPASSWORD", ""));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // -----------------------------------------------------------------------------------------------
  // burst

  /**
   * Issue 4, "Load": {@code count} submissions spread evenly over {@code seconds} from three units
   * (every 50th deliberately invalid), on up to 32 connections; every answer must be 201 or a 400
   * problem naming the fault; then the stored rows and process instances are counted against the
   * answers. Then the officers approve every accepted request (16 clients); all windows are open,
   * so each approval queues a publication: the time for the job queue to drain is measured from the
   * last approval.
   */
  String burst(int count, int seconds) throws Exception {
    Unit[] units = {TRUCBACH, BADINH, HANGBAC};
    long rowsBefore = sqlLong("select count(*) from vneid_request");
    ExecutorService pool = Executors.newFixedThreadPool(32);
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    Map<Long, Unit> accepted = new ConcurrentHashMap<>();
    AtomicInteger refusedWithReason = new AtomicInteger();
    AtomicInteger refusedExpected = new AtomicInteger();
    ConcurrentLinkedQueue<String> lost = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      final int n = i;
      long due = start + (long) (n * (seconds * 1e9 / count));
      futures.add(
          pool.submit(
              () -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                  TimeUnit.NANOSECONDS.sleep(wait);
                }
                Unit u = units[n % units.length];
                boolean invalid = n % 50 == 49;
                long t0 = System.nanoTime();
                try {
                  HttpResponse<String> r = submit(u, Instant.now(), invalid);
                  latencies.add((System.nanoTime() - t0) / 1e6);
                  if (r.statusCode() == 201) {
                    accepted.put(JSON.readTree(r.body()).get("id").asLong(), u);
                  } else if (r.statusCode() == 400
                      && JSON.readTree(r.body()).path("errors").size() > 0) {
                    refusedWithReason.incrementAndGet();
                    if (invalid) {
                      refusedExpected.incrementAndGet();
                    }
                  } else {
                    lost.add(r.statusCode() + " " + r.body());
                  }
                } catch (Exception e) {
                  lost.add(e.toString());
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double submitSeconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    double[] l = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    long rowsAdded = sqlLong("select count(*) from vneid_request") - rowsBefore;
    String ids =
        accepted.keySet().stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
    long rowsMatching = sqlLong("select count(*) from vneid_request where id in (" + ids + ")");
    String keys =
        accepted.keySet().stream()
            .map(id -> "'VNEID-" + id + "'")
            .reduce((a, b) -> a + "," + b)
            .orElse("''");
    long instances =
        sqlLong(
            "select count(*) from act_ru_execution where parent_id_ is null and business_key_ in ("
                + keys
                + ")");
    long appraiseTasks =
        sqlLong(
            "select count(*) from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                + "where t.task_def_key_ = 'Task_Appraise' and e.business_key_ in ("
                + keys
                + ")");

    // The officers decide on everything accepted; each approval queues the publication (window
    // already open).
    ExecutorService officers = Executors.newFixedThreadPool(16);
    long approveStart = System.nanoTime();
    List<Future<?>> decisions = new ArrayList<>();
    ConcurrentLinkedQueue<String> failedDecisions = new ConcurrentLinkedQueue<>();
    for (Map.Entry<Long, Unit> e : accepted.entrySet()) {
      decisions.add(
          officers.submit(
              () -> {
                try {
                  String key = "VNEID-" + e.getKey();
                  complete(
                      e.getValue().appraiser(),
                      key,
                      "Task_Appraise",
                      Map.of("appraisalOutcome", "PASS", "appraisalReasons", "Phù hợp"));
                  complete(
                      e.getValue().approver(),
                      key,
                      "Task_Approve",
                      Map.of("approvalOutcome", "APPROVE", "approvalReasons", "Đồng ý"));
                } catch (Exception ex) {
                  failedDecisions.add(e.getKey() + ": " + ex.getMessage());
                }
                return null;
              }));
    }
    for (Future<?> f : decisions) {
      f.get();
    }
    double approveSeconds = (System.nanoTime() - approveStart) / 1e9;
    officers.shutdown();
    long queuedAtEnd = jobCount();
    long drainStart = System.nanoTime();
    long deadline = drainStart + TimeUnit.SECONDS.toNanos(600);
    while (jobCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
    long published =
        sqlLong(
            "select count(*) from vneid_request where status = 'PUBLISHED' and id in ("
                + ids
                + ")");

    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "### Burst (issue 4, Load): %d submissions in %d s from 3 units%n%n",
            count,
            seconds));
    md.append("| figure | value |\n|---|---:|\n");
    md.append(
        String.format(
            Locale.ROOT, "| submissions sent / took (s) | %d / %.1f |%n", count, submitSeconds));
    md.append(String.format(Locale.ROOT, "| accepted (201) | %d |%n", accepted.size()));
    md.append(
        String.format(
            Locale.ROOT,
            "| refused with a reason (400 problem with `errors`) / of which deliberately invalid | %d / %d |%n",
            refusedWithReason.get(),
            refusedExpected.get()));
    md.append(
        String.format(
            Locale.ROOT,
            "| lost (no answer, 5xx, or a 4xx without a reason) | %d |%n",
            lost.size()));
    md.append(
        String.format(
            Locale.ROOT,
            "| `vneid_request` rows added / rows for the accepted ids | %d / %d |%n",
            rowsAdded,
            rowsMatching));
    md.append(
        String.format(
            Locale.ROOT,
            "| process instances for the accepted ids / waiting in Task_Appraise | %d / %d |%n",
            instances,
            appraiseTasks));
    md.append(
        String.format(
            Locale.ROOT,
            "| submit latency p50 / p99 (ms) | %.0f / %.0f |%n",
            percentile(l, 50),
            percentile(l, 99)));
    md.append(
        String.format(
            Locale.ROOT,
            "| appraise + approve all accepted, 16 officers (s) | %.1f (%d failed) |%n",
            approveSeconds,
            failedDecisions.size()));
    md.append(
        String.format(
            Locale.ROOT, "| executable jobs queued after the last approval | %d |%n", queuedAtEnd));
    md.append(
        String.format(
            Locale.ROOT, "| time for the job queue to drain to 0 (s) | %.1f |%n", drainSeconds));
    md.append(
        String.format(
            Locale.ROOT,
            "| PUBLISHED at the end / accepted | %d / %d |%n",
            published,
            accepted.size()));
    if (!lost.isEmpty()) {
      md.append("\nLost: ").append(lost.stream().limit(5).toList()).append('\n');
    }
    if (!failedDecisions.isEmpty()) {
      md.append("\nFailed decisions: ")
          .append(failedDecisions.stream().limit(5).toList())
          .append('\n');
    }
    return md.toString();
  }

  long jobCount() throws Exception {
    return adminGet("/engine-rest/job/count?executable=true", "counting jobs")
        .get("count")
        .asLong();
  }

  /** A GET as the administrator that must answer 200, its JSON body. */
  JsonNode adminGet(String path, String what) throws Exception {
    HttpResponse<String> r = send(admin, adminPassword, HttpRequest.newBuilder(uri(path)).GET());
    check(r, 200, what);
    return JSON.readTree(r.body());
  }

  // ------------------------------------------------------------------------------------------------ HTTP

  URI uri(String path) {
    return URI.create(base + path);
  }

  HttpRequest.Builder json(String method, String path, JsonNode body) throws IOException {
    return HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
  }

  HttpResponse<String> send(String user, String password, HttpRequest.Builder request)
      throws IOException, InterruptedException {
    String auth =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        request.header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static void check(HttpResponse<String> r, int expected, String what) {
    if (r.statusCode() != expected) {
      throw new IllegalStateException(what + ": HTTP " + r.statusCode() + " " + r.body());
    }
  }

  static double percentile(double[] sorted, int p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  static double median(List<double[]> runs, int index) {
    double[] v = runs.stream().mapToDouble(r -> r[index]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  /** A multipart/form-data body. */
  static final class MultipartBody {
    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    MultipartBody(String boundary) {
      this.boundary = boundary;
    }

    void text(String name, String value) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"\r\n\r\n"
              + value
              + "\r\n");
    }

    void file(String name, String filename, String type, byte[] content) {
      write(
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + name
              + "\"; filename=\""
              + filename
              + "\"\r\nContent-Type: "
              + type
              + "\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
    }

    HttpRequest.BodyPublisher publisher() {
      write("--" + boundary + "--\r\n");
      return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
