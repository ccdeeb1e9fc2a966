package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.security.boundary.Door;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;
import vn.gov.hanoi.comms.testsupport.TestGateway;

/**
 * The attacker's harness of the trust-boundary tests (T-1..T-3): the two doors an outsider can
 * reach, Camunda's REST API (/engine-rest, HTTP Basic) and Tasklist's own API (a real session and
 * XSRF token), and {@link #refusedAndNothingChanged}, which runs one attempt and asserts that it
 * was refused with a reason, that nothing an attack could change has changed, and that the audit
 * trail names who tried what through which door. No configuration of its own: the subclasses share
 * the one Spring context of IntegrationTest.
 */
abstract class TrustBoundaryProbes extends IntegrationTest {
  @Autowired private RepositoryService repositoryService;

  /** The answer to one attempt, with who sent it and through which door. */
  record Response(int status, String body, String user, Door door) {}

  /** A REFUSED line of the audit trail. */
  record Refusal(String actor, String operation, String entity, String details) {}

  // ------------------------------------------------------------------ the world an attack must not
  // change

  /**
   * Everything an attack could change: the product's tables, the feed, the gateway, the process
   * instances with their variables, the tasks with their assignee, candidates and local variables
   * (values, not only names), and the jobs.
   */
  Map<String, Object> world() {
    Map<String, Object> w = new TreeMap<>();
    for (String t :
        List.of(
            "vneid_request",
            "vneid_round",
            "vneid_decision",
            "vneid_notice",
            "vneid_attachment",
            "stored_file",
            "ihanoi_notice",
            "ihanoi_decision",
            "ihanoi_duplicate_finding",
            "publication",
            "publication_target",
            "publication_delivery")) {
      w.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
    }
    w.put(
        "requests",
        jdbc.sql(
                "select id, status, current_round, process_instance_id from vneid_request order by id")
            .query()
            .listOfRows()
            .toString());
    w.put(
        "notices",
        jdbc.sql(
                "select id, status, title, body_text, approved_at, sent_at, process_instance_id"
                    + " from ihanoi_notice order by id")
            .query()
            .listOfRows()
            .toString());
    w.put(
        "feed",
        jdbc.sql("select idempotency_key, withdrawn_at from publication order by idempotency_key")
            .query()
            .listOfRows()
            .toString());
    w.put("gateway", TestGateway.processed().toString());
    // The engine's runtime state read table by table, whole rows (revisions, assignee, owner,
    // delegation, suspension, due dates, retries, variable values with their byte arrays): a fixed
    // number of reads. Asking the engine instance by instance and task by task (two commands each)
    // grew with every test the shared context ran before this one: 2-4 s a probe on PostgreSQL at
    // the end of a full run (issue 15).
    w.put("executions", rows("select * from act_ru_execution order by id_"));
    w.put(
        "variables",
        rows(
            "select v.*, b.bytes_ from act_ru_variable v"
                + " left join act_ge_bytearray b on b.id_ = v.bytearray_id_ order by v.id_"));
    w.put("tasks", rows("select * from act_ru_task order by id_"));
    w.put("candidates", rows("select * from act_ru_identitylink order by id_"));
    w.put("jobs", rows("select * from act_ru_job order by id_"));
    return w;
  }

  /** Every row of a query, each as its column values in order (binary values in hex). */
  private List<String> rows(String sql) {
    return jdbc.sql(sql)
        .query(
            (rs, n) -> {
              List<String> row = new ArrayList<>();
              for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object v = rs.getObject(i);
                row.add(
                    v instanceof byte[] || v instanceof java.sql.Blob
                        ? HexFormat.of().formatHex(rs.getBytes(i))
                        : v instanceof java.sql.Clob ? rs.getString(i) : String.valueOf(v));
              }
              return String.join(" ", row);
            })
        .list();
  }

  /** The last line of the audit trail so far. */
  long lastAuditId() {
    return jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
  }

  /** The REFUSED lines written after the audit line {@code afterId}. */
  List<Refusal> refusalsSince(long afterId) {
    return jdbc.sql(
            "select actor, operation, entity_id, details from audit_event where type = 'REFUSED' and id > :id"
                + " order by id")
        .param("id", afterId)
        .query(
            (rs, n) ->
                new Refusal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
        .list();
  }

  /**
   * Runs the attack; asserts it was refused (4xx) with a reason and no engine code, that nothing
   * changed, and that the audit trail has a REFUSED line of the attacker, through the attack's
   * door, naming what was attempted: {@code attempted} is the engine command or the step refused
   * (the line's operation), optionally followed by " on " and what the line must name as its target
   * (task, instance, variables), space-separated.
   */
  Response refusedAndNothingChanged(String what, String attempted, Supplier<Response> attack) {
    Map<String, Object> before = world();
    long audited = lastAuditId();
    Response r = attack.get();
    assertThat(r.status()).as(what + ": " + r.body()).isBetween(400, 404);
    assertThat(r.body()).as(what + ": says why").isNotBlank().doesNotContain("ENGINE-");
    assertThat(world()).as(what + ": nothing changed").isEqualTo(before);
    assertThat(refusalsSince(audited))
        .as(what + ": in the audit trail, with who, what and the door (" + r + ")")
        .anySatisfy(
            line -> {
              assertThat(line.actor()).isEqualTo(r.user());
              assertThat(line.details()).startsWith(r.door().label());
              String[] operationAndTargets = attempted.split(" on ", 2);
              assertThat(line.operation()).isEqualTo(operationAndTargets[0]);
              if (operationAndTargets.length > 1) {
                assertThat(line.entity()).isNotNull().contains(operationAndTargets[1].split(" "));
              }
            });
    return r;
  }

  // ------------------------------------------------------------------ the two doors

  /**
   * A call to Camunda's REST API as {@code user}, with the path sent exactly as written
   * (vneid%2Drequest stays so).
   */
  Response rest(String user, String method, String path, String json) {
    var client = RestCalls.client(APP_PORT, user, PASSWORD);
    URI uri = URI.create("http://localhost:" + APP_PORT + "/engine-rest/" + path);
    var spec =
        switch (method) {
          case "PUT" -> client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json);
          case "DELETE" -> client.delete().uri(uri);
          default ->
              client
                  .post()
                  .uri(uri)
                  .contentType(MediaType.APPLICATION_JSON)
                  .body(json == null ? "{}" : json);
        };
    ResponseEntity<String> res = spec.retrieve().toEntity(String.class);
    return new Response(
        res.getStatusCode().value(),
        res.getBody() == null ? "" : res.getBody(),
        user,
        Door.ENGINE_REST);
  }

  /**
   * The same call through Tasklist's API, logged in as {@code user} with a session and the XSRF
   * token.
   */
  Response tasklist(String user, String method, String path, String json) {
    TasklistSession s = new TasklistSession(APP_PORT);
    assertThat(s.login(user, PASSWORD)).isEqualTo(200);
    HttpResponse<String> res =
        switch (method) {
          case "PUT" -> s.put(path, json);
          case "DELETE" -> s.delete(path);
          default -> s.post(path, json);
        };
    return new Response(res.statusCode(), res.body(), user, Door.WEBAPP);
  }

  /** The two doors an outsider reaches, for probes sent through both. */
  static final List<Door> DOORS = List.of(Door.ENGINE_REST, Door.WEBAPP);

  /** The same call through either door. */
  Response call(Door door, String user, String method, String path, String json) {
    return door == Door.ENGINE_REST
        ? rest(user, method, path, json)
        : tasklist(user, method, path, json);
  }

  /** A modification's body: start before an activity. */
  static String modification(String activityId) {
    return "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\""
        + activityId
        + "\"}]}";
  }

  /** A restart's body: the instance again, from before an activity. */
  static String restart(String processInstanceId, String activityId) {
    return "{\"processInstanceIds\":[\""
        + processInstanceId
        + "\"],"
        + modification(activityId).substring(1);
  }

  /** Camunda's JSON of typed variables from (name, type, value) triples. */
  static String vars(String... nameTypeValue) {
    StringBuilder s = new StringBuilder("{");
    for (int i = 0; i < nameTypeValue.length; i += 3) {
      String value =
          nameTypeValue[i + 1].equals("String")
              ? "\"" + nameTypeValue[i + 2] + "\""
              : nameTypeValue[i + 2];
      s.append(i == 0 ? "" : ",")
          .append('"')
          .append(nameTypeValue[i])
          .append("\":{\"value\":")
          .append(value)
          .append(",\"type\":\"")
          .append(nameTypeValue[i + 1])
          .append("\"}");
    }
    return s.append('}').toString();
  }

  String processDefinitionId(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getId();
  }
}
