package vn.gov.hanoi.comms.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;

/**
 * Units as data through the API and the admin page: administrators only, faults named, groups
 * provisioned.
 */
class OrganisationApiTest extends IntegrationTest {
  private static final String ADMIN = "org.admin";
  private static final String STAFF = "org.staff";

  @BeforeEach
  void users() {
    ensureUser(ADMIN, Groups.ADMIN);
    ensureUser(STAFF, Groups.unit("UBND-P-TRUCBACH"));
  }

  private RestClient as(String user) {
    return RestCalls.client(APP_PORT, user, user == null ? null : PASSWORD);
  }

  private static Map<String, String> unit(String code, String kind, String home, String email) {
    return Map.of(
        "code",
        code,
        "name",
        "UBND phường Vạn Phúc",
        "kind",
        kind,
        "homeAreaCode",
        home,
        "email",
        email,
        "abbreviation",
        "UBND-VP");
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return as(user)
        .post()
        .uri(path)
        .contentType(MediaType.APPLICATION_JSON)
        .body(body)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  private ResponseEntity<JsonNode> importCsv(String csv) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add(
        "file",
        new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return "don-vi.csv";
          }
        });
    return as(ADMIN)
        .post()
        .uri("/api/organisations/import")
        .contentType(MediaType.MULTIPART_FORM_DATA)
        .body(parts)
        .retrieve()
        .toEntity(JsonNode.class);
  }

  @Test
  @DisplayName("A-4, P-1: only an administrator lists, registers or imports units")
  void administratorsOnly() {
    assertThat(
            as(null)
                .get()
                .uri("/api/organisations")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(401);
    assertThat(
            as(STAFF)
                .get()
                .uri("/api/organisations")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(
            post(
                    STAFF,
                    "/api/organisations",
                    unit("UBND-P-VANPHUC", "COMMUNE_COMMITTEE", "09544", "a@b.gov.vn"))
                .getStatusCode()
                .value())
        .isEqualTo(403);
    assertThat(post(STAFF, "/api/areas/reference/hanoi-2025-07", Map.of()).getStatusCode().value())
        .isEqualTo(403);
    assertThat(
            as(ADMIN)
                .get()
                .uri("/api/organisations")
                .retrieve()
                .toEntity(JsonNode.class)
                .getBody()
                .size())
        .isGreaterThanOrEqualTo(30);
  }

  @Test
  @DisplayName(
      "A-4, P-2: a registered committee has its Camunda groups at once (staff, iHanoi editors and approvers); edits keep its code")
  void registerProvisionsGroupsAndEdit() {
    ResponseEntity<JsonNode> created =
        post(
            ADMIN,
            "/api/organisations",
            unit("UBND-P-VANPHUC", "COMMUNE_COMMITTEE", "09544", "vanthu@vanphuc.hanoi.gov.vn"));

    assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    assertThat(created.getBody().path("homeAreaCode").asText()).isEqualTo("09544");
    for (String group :
        new String[] {
          Groups.unit("UBND-P-VANPHUC"),
          Groups.editor("UBND-P-VANPHUC"),
          Groups.approver("UBND-P-VANPHUC")
        }) {
      assertThat(identityService.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
    assertThat(
            post(
                    ADMIN,
                    "/api/organisations",
                    unit("UBND-P-VANPHUC", "COMMUNE_COMMITTEE", "09544", "x@y.gov.vn"))
                .getStatusCode()
                .value())
        .as("the code is taken")
        .isEqualTo(409);

    ResponseEntity<JsonNode> edited =
        as(ADMIN)
            .put()
            .uri("/api/organisations/UBND-P-VANPHUC")
            .contentType(MediaType.APPLICATION_JSON)
            .body(
                unit(
                    "UBND-P-VANPHUC", "COMMUNE_COMMITTEE", "09544", "vanthu2@vanphuc.hanoi.gov.vn"))
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(edited.getBody().path("email").asText()).isEqualTo("vanthu2@vanphuc.hanoi.gov.vn");
    ResponseEntity<JsonNode> renamed =
        as(ADMIN)
            .put()
            .uri("/api/organisations/UBND-P-VANPHUC")
            .contentType(MediaType.APPLICATION_JSON)
            .body(unit("UBND-P-KHAC", "COMMUNE_COMMITTEE", "09544", "a@b.gov.vn"))
            .retrieve()
            .toEntity(JsonNode.class);
    assertThat(renamed.getStatusCode().value()).isEqualTo(400);
    assertThat(renamed.getBody().path("errors").get(0).path("field").asText()).isEqualTo("code");
  }

  @Test
  @DisplayName(
      "A-4: a unit with faults is refused with problem+json naming every field, and nothing is stored")
  void refusedWithEveryField() {
    ResponseEntity<JsonNode> r =
        post(
            ADMIN,
            "/api/organisations",
            Map.of(
                "code",
                "có dấu",
                "name",
                "",
                "kind",
                "PHUONG",
                "homeAreaCode",
                "001",
                "email",
                "không",
                "abbreviation",
                ""));

    assertThat(r.getStatusCode().value()).isEqualTo(400);
    assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(r.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("code", "name", "kind", "email", "abbreviation");
    assertThat(
            as(ADMIN)
                .get()
                .uri("/api/organisations/có dấu")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(404);
  }

  @Test
  @DisplayName(
      "A-4, A-3: an import is refused whole with the faulty lines' numbers; a good file registers and replaces units")
  void importRefusedWholeWithLineNumbers() {
    String bad =
        OrganisationCsv.HEADER
            + "\n"
            + "BAO-THUNGHIEM,Báo Thử nghiệm,PRESS,01,toasoan@thunghiem.gov.vn,BTN\n"
            + "UBND-Q-THUNGHIEM,UBND quận Thử nghiệm,DISTRICT_COMMITTEE,09544,a@b.gov.vn,X\n"
            + "BAO-THUNGHIEM,Báo Thử nghiệm,PRESS,01,toasoan@thunghiem.gov.vn,BTN\n";
    ResponseEntity<JsonNode> refused = importCsv(bad);
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody().path("errors").findValuesAsText("field"))
        .containsExactly("line 3", "line 4");
    assertThat(
            as(ADMIN)
                .get()
                .uri("/api/organisations/BAO-THUNGHIEM")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .as("nothing stored")
        .isEqualTo(404);

    ResponseEntity<JsonNode> done =
        importCsv(
            OrganisationCsv.HEADER
                + "\n"
                + "BAO-THUNGHIEM,Báo Thử nghiệm,PRESS,01,toasoan@thunghiem.gov.vn,BTN\n");
    assertThat(done.getStatusCode().value()).isEqualTo(200);
    assertThat(done.getBody().path("created").asInt()).isEqualTo(1);
    assertThat(identityService.createGroupQuery().groupId(Groups.unit("BAO-THUNGHIEM")).count())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("The admin page is served, in Vietnamese, with its script from the same origin")
  void adminPage() {
    String page =
        new String(
            as(null).get().uri("/admin/organisations.html").retrieve().body(byte[].class),
            StandardCharsets.UTF_8);
    assertThat(page).contains("Quản trị đơn vị").contains("src=\"organisations.js\"");
    assertThat(as(null).get().uri("/admin/organisations.js").retrieve().body(String.class))
        .contains("/api/organisations");
  }
}
