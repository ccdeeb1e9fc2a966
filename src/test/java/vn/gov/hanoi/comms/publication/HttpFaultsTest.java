package vn.gov.hanoi.comms.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;
import vn.gov.hanoi.comms.publication.ChannelFault.Kind;

/** How a failed HTTP call is told to the operator: by its cause, with the setting to check. */
class HttpFaultsTest {
  private static final String SERVICE = "cổng phát hành (webhook) http://gw/publish";

  private static ChannelFault io(Throwable cause) {
    return HttpFaults.ofIo(
        new ResourceAccessException("I/O error on POST request: null", wrap(cause)),
        SERVICE,
        "app.publication.webhook.url",
        "app.publication.webhook.timeout",
        Duration.ofSeconds(10));
  }

  private static IOException wrap(Throwable cause) {
    return cause instanceof IOException io ? io : new IOException(cause);
  }

  @Test
  @DisplayName(
      "O-FAIL-1: a ConnectException with no message is a refused connection, not a timeout")
  void connectExceptionIsRefused() {
    ChannelFault f = io(new ConnectException());
    assertThat(f.kind()).isEqualTo(Kind.REFUSED);
    assertThat(f.getMessage())
        .startsWith(SERVICE + " từ chối kết nối (Connection refused)")
        .contains(
            "Kiểm tra: dịch vụ có đang chạy không, và địa chỉ trong thiết lập app.publication.webhook.url")
        .doesNotContain("null", "PT10S");
  }

  @Test
  @DisplayName(
      "O-FAIL-1: a request or connect timeout is a timeout, with the time allowed and its setting")
  void timeoutsAreTimeouts() {
    for (IOException e :
        new IOException[] {
          new HttpTimeoutException("request timed out"),
          new HttpConnectTimeoutException("HTTP connect timed out")
        }) {
      ChannelFault f = io(e);
      assertThat(f.kind()).isEqualTo(Kind.TIMEOUT);
      assertThat(f.getMessage())
          .contains("không trả lời trong PT10S")
          .contains("app.publication.webhook.timeout (hiện PT10S)");
    }
  }

  @Test
  @DisplayName("O-FAIL-1: an unknown host names the host and the address setting")
  void unknownHost() {
    ChannelFault f = io(new UnknownHostException("gw.invalid"));
    assertThat(f.kind()).isEqualTo(Kind.UNKNOWN_HOST);
    assertThat(f.getMessage())
        .contains("không tìm thấy máy chủ gw.invalid", "app.publication.webhook.url");
  }

  @Test
  @DisplayName(
      "O-FAIL-1: an error status gives its code and an excerpt; 5xx points at the service, 4xx at the address")
  void statuses() {
    ChannelFault down =
        HttpFaults.ofStatus(
            503, "  busy\n  retry later ", SERVICE, "app.publication.webhook.url", null);
    assertThat(down.getMessage())
        .isEqualTo(
            SERVICE
                + " trả lời HTTP 503: «busy retry later». Kiểm tra: tình trạng và nhật ký của dịch vụ (lỗi phía dịch vụ)");
    ChannelFault wrongPath =
        HttpFaults.ofStatus(404, "", SERVICE, "app.publication.webhook.url", null);
    assertThat(wrongPath.getMessage())
        .contains(
            "trả lời HTTP 404. Kiểm tra: địa chỉ trong thiết lập app.publication.webhook.url");
    assertThat(HttpFaults.ofStatus(401, "x", SERVICE, "u", null).check())
        .contains("quyền truy cập");
  }

  @Test
  @DisplayName("O-FAIL-1: an address is shown without its password or query")
  void addressShownWithoutSecrets() {
    assertThat(HttpFaults.shown("https://user:secret@gw.example:8443/publish?token=abc"))
        .isEqualTo("https://gw.example:8443/publish");
  }
}
