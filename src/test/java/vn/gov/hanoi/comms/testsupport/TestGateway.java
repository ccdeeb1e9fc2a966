package vn.gov.hanoi.comms.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A stand-in for the publication gateway on loopback, started once per test JVM and configured as
 * {@code app.publication.webhook.url} by {@link IntegrationTest}, so every integration test
 * publishes through the webhook channel too. It answers 200 unless a test switches it to failing
 * (503) or slow (answers after {@link #SLOW_MILLIS}, longer than the test's 1 s client timeout, but
 * processes the call: the case where the caller cannot know whether it worked).
 */
public final class TestGateway {
  public enum Mode {
    OK,
    FAIL_5XX,
    SLOW
  }

  /** One call the gateway processed (not the 5xx ones): the action and the Idempotency-Key. */
  public record Call(String action, String key) {}

  public static final long SLOW_MILLIS = 2_000;

  /** What the failing gateway says with its 503, as a real one would explain itself. */
  public static final String FAILURE_BODY =
      "{\"error\": \"maintenance\",\n  \"detail\": \"publication backend unavailable\"}";

  private static HttpServer server;
  private static volatile Mode mode = Mode.OK;
  private static final List<Call> processed = new CopyOnWriteArrayList<>();
  private static final List<String> refused = new CopyOnWriteArrayList<>();

  private TestGateway() {}

  public static synchronized String url() {
    if (server == null) {
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.setExecutor(
          Executors.newCachedThreadPool(
              r -> {
                Thread t = new Thread(r, "test-gateway");
                t.setDaemon(true);
                return t;
              }));
      server.createContext(
          "/publish",
          exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String body =
                new String(
                    exchange.getRequestBody().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            Mode now = mode;
            if (now == Mode.FAIL_5XX) {
              refused.add(key);
              byte[] said = FAILURE_BODY.getBytes(java.nio.charset.StandardCharsets.UTF_8);
              exchange.sendResponseHeaders(503, said.length);
              exchange.getResponseBody().write(said);
              exchange.close();
              return;
            }
            processed.add(new Call(body.contains("\"withdraw\"") ? "withdraw" : "publish", key));
            if (now == Mode.SLOW) {
              try {
                Thread.sleep(SLOW_MILLIS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
            try {
              exchange.sendResponseHeaders(200, -1);
            } catch (IOException clientGone) {
              // the caller timed out; the call was processed all the same
            }
            exchange.close();
          });
      server.start();
      warmUp("http://127.0.0.1:" + server.getAddress().getPort() + "/publish");
    }
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/publish";
  }

  /**
   * One call through the JDK's HTTP client before any test: on a loaded machine the first call of a
   * JVM (class loading, the client's threads) can take longer than the tests' 1 s timeout, and the
   * first publication of a test would then fail as "no answer" although the gateway is up.
   */
  private static void warmUp(String url) {
    try {
      HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Idempotency-Key", "warm-up")
                  .POST(HttpRequest.BodyPublishers.ofString("{}"))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    processed.clear();
  }

  public static void mode(Mode m) {
    mode = m;
  }

  /** Back to answering 200, with no calls recorded. */
  public static void reset() {
    mode = Mode.OK;
    processed.clear();
    refused.clear();
  }

  public static List<Call> processed() {
    return List.copyOf(processed);
  }

  /** Calls answered 503 (the gateway did nothing with them). */
  public static List<String> refused() {
    return List.copyOf(refused);
  }

  /** What a real gateway would show residents: processed publish calls, counted once per key. */
  public static long publicationsFor(String key) {
    return processed.stream()
        .filter(c -> c.action().equals("publish") && c.key().equals(key))
        .map(Call::key)
        .distinct()
        .count();
  }

  /** Every processed publish call for this key (a real gateway would drop all but the first). */
  public static long publishCallsFor(String key) {
    return processed.stream()
        .filter(c -> c.action().equals("publish") && c.key().equals(key))
        .count();
  }
}
