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
  private volatile boolean slow;

  /** A long answer over several lines: the message keeps its start, on one line. */
  private static final String ANSWER_503 =
      "Service Unavailable:\n  database of the gateway is in maintenance until 06:00 "
          + "x".repeat(400);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/publish",
        exchange -> {
          keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          if (slow) {
            try {
              Thread.sleep(1_500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          if (failuresLeft.getAndDecrement() > 0) {
            byte[] said = ANSWER_503.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(503, said.length);
            exchange.getResponseBody().write(said);
          } else {
            exchange.sendResponseHeaders(200, -1);
          }
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
        new WebhookProperties(
            "http://127.0.0.1:" + server.getAddress().getPort() + "/publish",
            Duration.ofSeconds(2)));
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
  @DisplayName(
      "V-STEP-5, O-FAIL-1: a refused connection is said as refused (not a timeout), with the address and the"
          + " setting to check")
  void refusedConnectionIsSaidAsRefused() {
    WebhookPublicationChannel nowhere =
        new WebhookPublicationChannel(
            new WebhookProperties("http://127.0.0.1:1/publish", Duration.ofSeconds(1)));
    assertThatThrownBy(() -> nowhere.publish(article()))
        .isInstanceOfSatisfying(
            ChannelFault.class, f -> assertThat(f.kind()).isEqualTo(ChannelFault.Kind.REFUSED))
        .hasMessageContaining("cổng phát hành (webhook) http://127.0.0.1:1/publish")
        .hasMessageContaining("từ chối kết nối")
        .hasMessageContaining("Kiểm tra: dịch vụ có đang chạy không")
        .hasMessageContaining("app.publication.webhook.url")
        .hasMessageNotContaining("VNeID")
        .hasMessageNotContaining("trong PT1S");
  }

  @Test
  @DisplayName(
      "O-FAIL-1: a gateway that answers too late is said as a timeout, with the time allowed and its setting")
  void lateAnswerIsSaidAsTimeout() {
    slow = true;
    WebhookPublicationChannel impatient =
        new WebhookPublicationChannel(
            new WebhookProperties(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/publish",
                Duration.ofMillis(500)));
    assertThatThrownBy(() -> impatient.publish(article()))
        .isInstanceOfSatisfying(
            ChannelFault.class, f -> assertThat(f.kind()).isEqualTo(ChannelFault.Kind.TIMEOUT))
        .hasMessageContaining("không trả lời trong PT0.5S")
        .hasMessageContaining("app.publication.webhook.timeout (hiện PT0.5S)")
        .hasMessageNotContaining("từ chối");
  }

  @Test
  @DisplayName(
      "O-FAIL-1: an error status is said with its code and the start of the gateway's answer on one line")
  void statusIsSaidWithItsAnswer() {
    failuresLeft.set(1);
    assertThatThrownBy(() -> channel().publish(article()))
        .isInstanceOfSatisfying(
            ChannelFault.class,
            f -> {
              assertThat(f.kind()).isEqualTo(ChannelFault.Kind.HTTP_STATUS);
              assertThat(f.what())
                  .contains(
                      "trả lời HTTP 503: «Service Unavailable: database of the gateway is in maintenance")
                  .doesNotContain("\n")
                  .hasSizeLessThan(320);
              assertThat(f.check()).contains("nhật ký của dịch vụ");
            });
  }
}
