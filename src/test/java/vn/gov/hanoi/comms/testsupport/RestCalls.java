package vn.gov.hanoi.comms.testsupport;

import org.springframework.web.client.RestClient;

/**
 * REST clients against the test server that never throw on an error status: tests assert the
 * status.
 */
public final class RestCalls {
  private RestCalls() {}

  /** HTTP Basic as {@code user} (no credentials when null). */
  public static RestClient client(int port, String user, String password) {
    RestClient.Builder b =
        RestClient.builder()
            .baseUrl("http://localhost:" + port)
            .defaultStatusHandler(s -> true, (req, res) -> {});
    if (user != null) {
      b.defaultHeaders(h -> h.setBasicAuth(user, password));
    }
    return b.build();
  }
}
