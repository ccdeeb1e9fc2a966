package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Tasks;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * The audit trail (issue 4): every decision and every change of users, groups, memberships and
 * authorizations, with who and when; read-only for administrators; the database refuses edits.
 */
class AuditTrailTest extends IntegrationTest {
  private static final String ADMIN = "at.admin";

  @Autowired HistoryService historyService;

  @BeforeEach
  void users() {
    ensureUser(ADMIN, Groups.ADMIN);
    ensureUser("at.reader", Groups.unit("UBND-P-TRUCBACH"));
  }

  private RestClient admin() {
    return RestCalls.client(APP_PORT, ADMIN, PASSWORD);
  }

  private List<JsonNode> audit(Instant from, String type) {
    ResponseEntity<JsonNode> res =
        admin()
            .get()
            .uri(
                u ->
                    u.path("/api/audit")
                        .queryParam("from", from.toString())
                        .queryParam("type", type)
                        .build())
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(res.getStatusCode().value()).as(String.valueOf(res.getBody())).isEqualTo(200);
    List<JsonNode> lines = new ArrayList<>();
    res.getBody().forEach(lines::add);
    return lines;
  }

  private static Instant since() {
    return Instant.now().minus(1, ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  @DisplayName(
      "Camunda 7.24 writes user-operation-log entries for identity changes (User, Group membership, Authorization): what the audit copies")
  void camundaEmitsIdentityOperationLog() {
    identityService.setAuthentication(ADMIN, List.of(Groups.ADMIN));
    try {
      var u = identityService.newUser("at.oplog.user");
      u.setPassword("Kiemthu@2026x");
      identityService.saveUser(u);
      identityService.createMembership("at.oplog.user", Groups.unit("UBND-P-TRUCBACH"));
    } finally {
      identityService.clearAuthentication();
    }
    List<UserOperationLogEntry> entries =
        historyService.createUserOperationLogQuery().userId(ADMIN).list();
    assertThat(entries)
        .extracting(UserOperationLogEntry::getEntityType)
        .contains(EntityTypes.USER, EntityTypes.GROUP_MEMBERSHIP);
  }

  @Test
  @DisplayName(
      "Audit: a user created and added to a group through /engine-rest appears with who and when")
  void userAndMembershipThroughEngineRest() {
    Instant from = since();
    String body =
        """
        {"profile": {"id": "at.new.user", "firstName": "Trần", "lastName": "Mới", "email": "moi@hanoi.gov.vn"},
         "credentials": {"password": "Song-Hong@2026"}}""";
    assertThat(
            admin()
                .post()
                .uri("/engine-rest/user/create")
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);
    assertThat(
            admin()
                .put()
                .uri(
                    "/engine-rest/group/"
                        + Groups.districtAppraisal("002")
                        + "/members/at.new.user")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);

    List<JsonNode> users = audit(from, "USER");
    assertThat(users)
        .anySatisfy(
            l -> {
              assertThat(l.get("entityId").asText()).isEqualTo("at.new.user");
              assertThat(l.get("operation").asText()).isEqualTo("Create");
              assertThat(l.get("actor").asText()).isEqualTo(ADMIN);
              assertThat(Instant.parse(l.get("occurredAt").asText())).isAfterOrEqualTo(from);
            });
    assertThat(audit(from, "MEMBERSHIP"))
        .anySatisfy(
            l -> {
              assertThat(l.get("entityId").asText())
                  .isEqualTo(Groups.districtAppraisal("002") + ":at.new.user");
              assertThat(l.get("operation").asText()).isEqualTo("Create");
              assertThat(l.get("actor").asText()).isEqualTo(ADMIN);
            });
  }

  @Test
  @DisplayName(
      "Audit: an authorization created and changed through /engine-rest appears with who, when and the permissions")
  void authorizationChange() {
    Instant from = since();
    String create =
        """
        {"type": 1, "permissions": ["ACCESS"], "userId": "at.reader", "resourceType": 0, "resourceId": "cockpit"}""";
    ResponseEntity<JsonNode> created =
        admin()
            .post()
            .uri("/engine-rest/authorization/create")
            .contentType(MediaType.APPLICATION_JSON)
            .body(create)
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(created.getStatusCode().value())
        .as(String.valueOf(created.getBody()))
        .isEqualTo(200);
    String id = created.getBody().get("id").asText();
    String update =
        """
        {"permissions": ["ALL"], "userId": "at.reader", "resourceType": 0, "resourceId": "cockpit"}""";
    assertThat(
            admin()
                .put()
                .uri("/engine-rest/authorization/" + id)
                .contentType(MediaType.APPLICATION_JSON)
                .body(update)
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(204);
    // Only this user's lines: the job executor may create task authorizations for other tests' work
    // meanwhile.
    List<JsonNode> lines =
        audit(from, "AUTHORIZATION").stream()
            .filter(l -> "at.reader".equals(l.get("entityId").asText()))
            .toList();
    assertThat(lines).extracting(l -> l.get("operation").asText()).contains("Create", "Update");
    assertThat(lines).allSatisfy(l -> assertThat(l.get("actor").asText()).isEqualTo(ADMIN));
    assertThat(lines).anySatisfy(l -> assertThat(l.get("details").asText()).contains("ACCESS"));
  }

  @Test
  @DisplayName(
      "Audit: an identity change made through the Java API without a login is recorded too, as 'system'")
  void javaApiChange() {
    Instant from = since();
    identityService.saveGroup(identityService.newGroup("at-java-group"));
    assertThat(audit(from, "GROUP"))
        .anySatisfy(
            l -> {
              assertThat(l.get("entityId").asText()).isEqualTo("at-java-group");
              assertThat(l.get("actor").asText()).isEqualTo("system");
            });
  }

  @Test
  @DisplayName("Audit: every VNeID decision is recorded with who, when, what and why")
  void decisionRecorded() {
    Instant from = since();
    long id = submit(draft("UBND-P-TRUCBACH", Scope.COMMUNE, List.of("00004"))).id();
    complete(
        id,
        Tasks.APPRAISE,
        "at.officer",
        Groups.districtAppraisal("001"),
        Map.of(Vars.APPRAISAL_OUTCOME, VneidProcess.RETURN, Vars.APPRAISAL_REASONS, "Thiếu nguồn"));
    assertThat(audit(from, "VNEID_DECISION"))
        .anySatisfy(
            l -> {
              assertThat(l.get("entityId").asText()).isEqualTo(id + "/1");
              assertThat(l.get("operation").asText())
                  .isEqualTo(Tasks.APPRAISE + ":" + VneidProcess.RETURN);
              assertThat(l.get("actor").asText()).isEqualTo("at.officer");
              assertThat(l.get("details").asText()).isEqualTo("Thiếu nguồn");
            });
  }

  @Test
  @DisplayName(
      "Audit: kept when Camunda's own operation log entries are removed (as history cleanup does)")
  void survivesCamundaCleanup() {
    Instant from = since();
    identityService.setAuthentication(ADMIN, List.of(Groups.ADMIN));
    try {
      identityService.saveGroup(identityService.newGroup("at-cleanup-group"));
    } finally {
      identityService.clearAuthentication();
    }
    historyService
        .createUserOperationLogQuery()
        .entityType(EntityTypes.GROUP)
        .list()
        .forEach(e -> historyService.deleteUserOperationLogEntry(e.getId()));
    assertThat(historyService.createUserOperationLogQuery().entityType(EntityTypes.GROUP).count())
        .isZero();
    assertThat(audit(from, "GROUP"))
        .anySatisfy(l -> assertThat(l.get("entityId").asText()).isEqualTo("at-cleanup-group"));
  }

  @Test
  @DisplayName(
      "Audit: it cannot be changed through any API (no write method on /api/audit; non-administrators cannot read) nor in the database")
  void cannotBeChanged() {
    identityService.saveGroup(identityService.newGroup("at-immutable-group"));
    long lines = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    assertThat(lines).isPositive();
    for (HttpMethod m :
        List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH)) {
      int status =
          admin()
              .method(m)
              .uri("/api/audit")
              .contentType(MediaType.APPLICATION_JSON)
              .body("{}")
              .retrieve()
              .toBodilessEntity()
              .getStatusCode()
              .value();
      assertThat(status).as(m.name()).isEqualTo(405);
    }
    assertThat(
            RestCalls.client(APP_PORT, "at.reader", PASSWORD)
                .get()
                .uri("/api/audit")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            admin()
                .get()
                .uri("/api/audit?type=PASSWORD")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(400);
    assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone-else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
        .hasMessageContaining("append-only");
    assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single())
        .isEqualTo(lines);
    assertThat(
            jdbc.sql("select count(*) from audit_event where actor = 'someone-else'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
