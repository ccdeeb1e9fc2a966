package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Camunda Tasklist's own API as the browser uses it: a session cookie from the webapp login, and
 * the CSRF token of the {@code XSRF-TOKEN} cookie echoed in the {@code X-XSRF-TOKEN} header.
 */
public final class TasklistSession {
  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public TasklistSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Opens Tasklist (which sets the CSRF cookie) and logs in; returns the login's HTTP status. */
  public int login(String user, String password) {
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
    String form =
        "username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    int status =
        send(withCsrf(
                HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))))
            .statusCode();
    // The CSRF token is rotated at login: one GET picks up the new one before the first POST, as
    // Tasklist does.
    send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET());
    return status;
  }

  /** PUT of a JSON body on the Tasklist engine API. */
  public HttpResponse<String> put(String enginePath, String json) {
    return send(
        withCsrf(
            HttpRequest.newBuilder(engine(enginePath))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))));
  }

  /** DELETE on the Tasklist engine API. */
  public HttpResponse<String> delete(String enginePath) {
    return send(withCsrf(HttpRequest.newBuilder(engine(enginePath)).DELETE()));
  }

  /** GET on the Tasklist engine API, e.g. {@code task/ID}. */
  public HttpResponse<String> get(String enginePath) {
    return send(withCsrf(HttpRequest.newBuilder(engine(enginePath)).GET()));
  }

  /** POST of a JSON body on the Tasklist engine API, e.g. {@code task/ID/complete}. */
  public HttpResponse<String> post(String enginePath, String json) {
    return send(
        withCsrf(
            HttpRequest.newBuilder(engine(enginePath))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  private URI engine(String path) {
    return URI.create(base + "/camunda/api/engine/engine/default/" + path);
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
    for (HttpCookie c : cookies.getCookieStore().getCookies()) {
      if ("XSRF-TOKEN".equals(c.getName())) {
        b.header("X-XSRF-TOKEN", c.getValue());
      }
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder b) {
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
