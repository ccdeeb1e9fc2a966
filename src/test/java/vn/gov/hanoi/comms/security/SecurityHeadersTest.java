package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;

/**
 * Security headers on every kind of page: the webapps, /api, /engine-rest, Swagger UI and the API
 * docs.
 */
class SecurityHeadersTest extends IntegrationTest {

  @BeforeEach
  void user() {
    ensureUser("sh.reader", Groups.unit("UBND-P-TRUCBACH"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/camunda/app/tasklist/default/",
        "/camunda/app/admin/default/",
        "/api/feed?area=00004",
        "/api/vneid/requests/999999",
        "/engine-rest/version",
        "/engine-rest/task",
        "/swagger-ui/index.html",
        "/v3/api-docs",
        "/dashboard",
        "/dashboard/?from=2030-02-01&to=2030-01-01",
        "/camunda/app/cockpit/default/"
      })
  @DisplayName(
      "Security headers on every page: nosniff, framing limited, Referrer-Policy, a CSP; no HSTS over plain HTTP")
  void headers(String path) {
    ResponseEntity<String> res =
        RestCalls.client(APP_PORT, "sh.reader", PASSWORD)
            .get()
            .uri(path)
            .retrieve()
            .toEntity(String.class);
    assertThat(res.getStatusCode().value()).as(path).isIn(200, 400, 403, 404);
    HttpHeaders h = res.getHeaders();
    assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    String csp = h.getFirst("Content-Security-Policy");
    assertThat(csp).as("Content-Security-Policy").isNotBlank();
    assertThat(h.get("Content-Security-Policy"))
        .as("one policy, not two that intersect")
        .hasSize(1);
    assertThat(
            List.of("DENY", "SAMEORIGIN").contains(h.getFirst("X-Frame-Options"))
                || csp.contains("frame-ancestors"))
        .as("framing limited")
        .isTrue();
    assertThat(csp).contains("object-src 'none'");
    assertThat(h.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(h.getFirst("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
  }
}
