package vn.gov.hanoi.comms.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;

/**
 * Thymeleaf renders only the pages that ask for a template (the dashboard, the notice letter): with
 * it on the classpath the error page and the Camunda webapps are served as before.
 */
class TemplateScopeTest extends IntegrationTest {

  @Test
  @DisplayName("Issue 15: a missing page still gets Spring Boot's own error page, not a template")
  void errorPageUnchanged() {
    ensureUser("ts.reader");
    ResponseEntity<String> res = page("ts.reader", "/api/no-such-page");
    assertThat(res.getStatusCode().value()).isEqualTo(404);
    assertThat(res.getBody()).contains("Whitelabel Error Page");
  }

  @Test
  @DisplayName("Issue 15: Tasklist is still Camunda's own page")
  void camundaWebappUnchanged() {
    ResponseEntity<String> res = page(null, "/camunda/app/tasklist/default/");
    assertThat(res.getStatusCode().value()).isEqualTo(200);
    assertThat(res.getBody()).contains("<base href=\"/camunda/app/tasklist/");
  }

  /** A page as a browser asks for it. */
  private static ResponseEntity<String> page(String user, String path) {
    return RestCalls.client(APP_PORT, user, user == null ? null : PASSWORD)
        .get()
        .uri(path)
        .accept(MediaType.TEXT_HTML)
        .retrieve()
        .toEntity(String.class);
  }
}
