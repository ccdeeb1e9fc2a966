package vn.gov.hanoi.comms.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The gateway channel against a stub gateway on loopback: the key it sends, and failures it must
 * not hide.
 */
class WebhookPublicationChannelTest {
  private HttpServer server;
  private final List<String> keys = new CopyOnWriteArrayList<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/publish",
        exchange -> {
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          int status = failuresLeft.getAndDecrement() > 0 ? 503 : 200;
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private WebhookPublicationChannel channel() {
    return new WebhookPublicationChannel(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/publish", Duration.ofSeconds(2));
  }

  private static Publication article() {
    return new Publication(
        "vneid-7-r1",
        "VNEID",
        7,
        "Tiêu đề",
        "Tóm tắt",
        "<p>Nội dung</p>",
        null,
        "COMMUNE",
        List.of("00004"),
        0,
        120,
        "ALL",
        Instant.parse("2026-12-01T01:00:00Z"),
        Instant.parse("2026-12-10T01:00:00Z"));
  }

  @Test
  @DisplayName(
      "V-STEP-5: the gateway receives the article with its idempotency key, and the withdrawal with its own")
  void sendsIdempotencyKey() {
    channel().publish(article());
    channel().withdraw("vneid-7-r1");
    assertThat(keys).containsExactly("vneid-7-r1", "vneid-7-r1:withdraw");
    assertThat(bodies.get(0)).contains("\"publish\"", "Tiêu đề", "00004");
  }

  @Test
  @DisplayName(
      "V-STEP-5: a gateway answering 5xx makes the call fail (the engine retries the job), and a retry with the same key succeeds")
  void failureIsThrownThenRetrySucceeds() {
    failuresLeft.set(1);
    assertThatThrownBy(() -> channel().publish(article())).hasMessageContaining("503");
    channel().publish(article());
    assertThat(keys).containsExactly("vneid-7-r1", "vneid-7-r1");
  }

  @Test
  @DisplayName("V-STEP-5: an unreachable gateway fails the call rather than losing the publication")
  void unreachableGatewayThrows() {
    WebhookPublicationChannel nowhere =
        new WebhookPublicationChannel("http://127.0.0.1:1/publish", Duration.ofSeconds(1));
    assertThatThrownBy(() -> nowhere.publish(article())).isInstanceOf(RuntimeException.class);
  }
}
