package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.demo.DemoImages;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.Parts;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.VneidJson;

/**
 * The product API's lists are paged in SQL with one convention (page, size, X-Total-Count, Link),
 * filtered, refuse bad paging or filter input with a 400 naming the parameter, and a unit's account
 * sees only its own rows on every page (T-1..T-3).
 */
class ListPagingApiTest extends IntegrationTest {
  private static final String WARD = "paging.trucbach";
  private static final String OTHER_WARD = "paging.hangbac";
  private static final String ADMIN = "paging.admin";

  @LocalServerPort int port;

  @BeforeEach
  void users() {
    ensureUser(WARD, Groups.unit("UBND-P-TRUCBACH"));
    ensureUser(OTHER_WARD, Groups.unit("UBND-P-HANGBAC"));
    ensureUser(ADMIN, Groups.ADMIN);
  }

  private RestClient client(String user) {
    return RestCalls.client(port, user, PASSWORD);
  }

  private void submit(String user, String unit, String area, int n) {
    for (int i = 0; i < n; i++) {
      ObjectNode json = VneidJson.valid();
      json.put("unitCode", unit);
      json.putArray("targetAreaCodes").add(area);
      Parts mb = new Parts();
      mb.part(
          "request",
          json.toString().getBytes(StandardCharsets.UTF_8),
          MediaType.APPLICATION_JSON,
          "request.json");
      mb.part("featuredImage", DemoImages.banner("Trang " + i), MediaType.IMAGE_PNG, "anh.png");
      ResponseEntity<JsonNode> res =
          client(user)
              .post()
              .uri("/api/vneid/requests")
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .body(mb.build())
              .retrieve()
              .toEntity(JsonNode.class);
      assertThat(res.getStatusCode().value()).isEqualTo(201);
    }
  }

  private ResponseEntity<JsonNode> get(String user, String uri) {
    // An absolute URI is sent as written: %2B in a filter stays "+" for the server.
    URI absolute = URI.create(uri.startsWith("http") ? uri : "http://localhost:" + port + uri);
    return client(user).get().uri(absolute).retrieve().toEntity(JsonNode.class);
  }

  /** Every page of a list, following the Link header; asserts the total header on each page. */
  private List<JsonNode> walk(String user, String firstUri) {
    List<JsonNode> rows = new ArrayList<>();
    String uri = firstUri;
    Long total = null;
    int pages = 0;
    while (uri != null) {
      ResponseEntity<JsonNode> res = get(user, uri);
      assertThat(res.getStatusCode().value()).as(uri).isEqualTo(200);
      long t = Long.parseLong(res.getHeaders().getFirst(Paging.TOTAL_HEADER));
      assertThat(total == null || total == t).isTrue();
      total = t;
      res.getBody().forEach(rows::add);
      String link = res.getHeaders().getFirst("Link");
      uri = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
      // Loop guard: every page but the last holds a row, so more pages than rows means a loop.
      assertThat((long) ++pages).as("pages of " + firstUri).isLessThanOrEqualTo(t + 1);
    }
    assertThat(rows).hasSize(total.intValue());
    return rows;
  }

  @Test
  @DisplayName(
      "T-1..T-3: a ward walking its requests page by page sees every one of its own, newest first, and no other unit's")
  void wardSeesOnlyItsOwnRowsOnEveryPage() {
    submit(WARD, "UBND-P-TRUCBACH", "00004", 5);
    submit(OTHER_WARD, "UBND-P-HANGBAC", "00061", 3);
    List<JsonNode> rows = walk(WARD, "/api/vneid/requests?size=2");
    Set<Long> ids = new HashSet<>();
    long previous = Long.MAX_VALUE;
    for (JsonNode r : rows) {
      assertThat(r.get("unitCode").asText()).isEqualTo("UBND-P-TRUCBACH");
      long id = r.get("id").asLong();
      assertThat(id).isLessThan(previous);
      previous = id;
      ids.add(id);
    }
    List<Long> own =
        jdbc.sql("select id from vneid_request where unit_code = 'UBND-P-TRUCBACH'")
            .query(Long.class)
            .list();
    assertThat(ids).containsExactlyInAnyOrderElementsOf(own);
    assertThat(ids.size()).isGreaterThanOrEqualTo(5);

    ResponseEntity<JsonNode> first = get(WARD, "/api/vneid/requests?size=2");
    assertThat(first.getBody()).hasSize(2);
    assertThat(first.getHeaders().getFirst("Link")).contains("page=1").contains("size=2");
  }

  @Test
  @DisplayName("A unit's requests narrow by status and by submission time")
  void filtersByStatusAndTime() {
    submit(WARD, "UBND-P-TRUCBACH", "00004", 2);
    List<JsonNode> appraisal = walk(WARD, "/api/vneid/requests?status=IN_APPRAISAL&size=500");
    long expected =
        jdbc.sql(
                "select count(*) from vneid_request where unit_code = 'UBND-P-TRUCBACH' and status = 'IN_APPRAISAL'")
            .query(Long.class)
            .single();
    assertThat(appraisal).hasSize((int) expected).isNotEmpty();
    appraisal.forEach(r -> assertThat(r.get("status").asText()).isEqualTo("IN_APPRAISAL"));
    assertThat(walk(WARD, "/api/vneid/requests?status=PUBLISHED&from=2999-01-01T00:00:00%2B07:00"))
        .isEmpty();
    assertThat(walk(WARD, "/api/vneid/requests?to=2000-01-01T00:00:00%2B07:00")).isEmpty();
    assertThat(walk(WARD, "/api/vneid/requests?from=2000-01-01T00:00:00%2B07:00"))
        .hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  @DisplayName("Bad paging or filter input is a 400 naming the parameter, on every paged list")
  void badInputNamesTheParameter() {
    String[][] cases = {
      {WARD, "/api/vneid/requests?page=-1", "page"},
      {WARD, "/api/vneid/requests?size=0", "size"},
      {WARD, "/api/vneid/requests?size=501", "size"},
      {WARD, "/api/vneid/requests?size=abc", "size"},
      {WARD, "/api/vneid/requests?status=DONE", "status"},
      {WARD, "/api/vneid/requests?from=31/12/2026", "from"},
      {WARD, "/api/feed?area=00004&size=1000", "size"},
      {ADMIN, "/api/audit?page=x", "page"},
      {ADMIN, "/api/organisations?kind=PLANET", "kind"},
      {ADMIN, "/api/quotas?size=-3", "size"},
      {ADMIN, "/api/prechecks/published-numbers/UBND-P-TRUCBACH?page=1.5", "page"},
    };
    for (String[] c : cases) {
      ResponseEntity<JsonNode> res = get(c[0], c[1]);
      assertThat(res.getStatusCode().value()).as(c[1]).isEqualTo(400);
      assertThat(res.getBody().get("errors").get(0).get("field").asText()).as(c[1]).isEqualTo(c[2]);
    }
  }

  @Test
  @DisplayName("Organisations, quotas and the audit trail page in SQL with the same headers")
  void otherListsPage() {
    List<JsonNode> all = walk(ADMIN, "/api/organisations?size=7");
    long units = jdbc.sql("select count(*) from organisation").query(Long.class).single();
    assertThat(all).hasSize((int) units);
    List<String> codes = all.stream().map(o -> o.get("code").asText()).toList();
    assertThat(codes).isSorted().doesNotHaveDuplicates();
    List<JsonNode> wards = walk(ADMIN, "/api/organisations?kind=COMMUNE_COMMITTEE&size=5");
    wards.forEach(o -> assertThat(o.get("kind").asText()).isEqualTo("COMMUNE_COMMITTEE"));
    walk(ADMIN, "/api/quotas?size=1");
    // Pages of 50: the trail grows with every earlier test of the shared context, and it only has
    // to
    // span several pages.
    List<JsonNode> audit = walk(ADMIN, "/api/audit?from=2000-01-01T00:00:00%2B07:00&size=50");
    assertThat(audit.stream().map(a -> a.get("id").asLong()).distinct().count())
        .isEqualTo(audit.size());
  }
}
