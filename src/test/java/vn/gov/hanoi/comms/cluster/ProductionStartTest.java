package vn.gov.hanoi.comms.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.testsupport.TestMail;

/**
 * T-5, from outside: the application started as a jar or image is, with no profile at all, on an
 * empty embedded database, the administrator named by ADMIN_USER and ADMIN_PASSWORD. It creates
 * that administrator and the official area list in force, and nothing invented: no demo user, no
 * demo unit, no request, no notice. Runs in the Surefire execution "cluster" (a JVM of its own,
 * like a production node).
 */
@Tag("cluster")
class ProductionStartTest {
  private static final String ADMIN = "ops.quantri";
  private static final String ADMIN_PASSWORD = "Van-hanh#2026Hn";
  private static final String DEMO_PASSWORD = "Loaphuong@2026";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static AppNode node;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Path db = Files.createTempDirectory(Path.of("target"), "production-start-");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=jdbc:h2:file:"
                    + db.toAbsolutePath().resolve("hanoi-comms")
                    + ";DB_CLOSE_ON_EXIT=FALSE",
                "--app.models-location=classpath:",
                "--spring.mail.port=" + TestMail.freePort(),
                "--logging.level.root=WARN",
                "--ADMIN_USER=" + ADMIN,
                "--ADMIN_PASSWORD=" + ADMIN_PASSWORD));
    node = AppNode.start("production-start", TestMail.freePort(), args);
    node.awaitReady(Duration.ofSeconds(150));
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.kill();
    }
  }

  private HttpResponse<String> get(String path, String user, String password) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(node.url(path)))
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> r = get(path, ADMIN, ADMIN_PASSWORD);
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  @Test
  @DisplayName(
      "T-5: no profile: the configured administrator is the only user; no demo unit, area set, request or notice")
  void nothingInvented() throws Exception {
    JsonNode users = json("/engine-rest/user");
    assertThat(users.findValuesAsText("id")).containsExactly(ADMIN);
    assertThat(json("/engine-rest/group?member=" + ADMIN).findValuesAsText("id"))
        .contains("camunda-admin");
    assertThat(get("/api/feed?area=01", "donvi.trucbach", DEMO_PASSWORD).statusCode())
        .as("a demo user")
        .isEqualTo(401);
    assertThat(get("/engine-rest/user", "demo", DEMO_PASSWORD).statusCode())
        .as("the demo administrator")
        .isEqualTo(401);

    assertThat(json("/api/organisations")).as("no demo unit").isEmpty();
    JsonNode sets = json("/api/areas/sets");
    assertThat(sets.findValuesAsText("id"))
        .as("only the official list in force")
        .containsExactly("hanoi-2025-07");
    assertThat(json("/api/vneid/requests")).isEmpty();
    assertThat(json("/engine-rest/process-instance/count").get("count").asLong()).isZero();
    assertThat(json("/engine-rest/process-definition?latestVersion=true").findValuesAsText("key"))
        .contains("vneid-request", "ihanoi-notice");
  }
}
