package vn.gov.hanoi.comms.publication;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import vn.gov.hanoi.comms.publication.ChannelFault.Kind;

/**
 * Classifies a failed call to an HTTP service by its cause (O-FAIL-1): a refused connection, a
 * timeout, an unknown host, an error status with the start of its body, and names the settings that
 * fix each. Plain Java, so every case is tested without a server.
 */
public final class HttpFaults {
  private static final int EXCERPT = 200;

  private HttpFaults() {}

  /**
   * @param service what the operator calls it, e.g. "cổng phát hành (webhook) http://gw/publish"
   * @param urlSetting the property holding the service's address
   * @param timeoutSetting the property holding the time allowed, and its value
   */
  public static ChannelFault ofIo(
      Throwable e, String service, String urlSetting, String timeoutSetting, Duration timeout) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      // HttpConnectTimeoutException is an HttpTimeoutException: a timeout, whether on connect or
      // read
      if (c instanceof HttpTimeoutException || c instanceof SocketTimeoutException) {
        return new ChannelFault(
            Kind.TIMEOUT,
            service + " không trả lời trong " + timeout + " (hết thời gian chờ)",
            "tải và mạng của dịch vụ; thời gian chờ là thiết lập "
                + timeoutSetting
                + " (hiện "
                + timeout
                + ")",
            e);
      }
    }
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ConnectException) {
        return new ChannelFault(
            Kind.REFUSED,
            service + " từ chối kết nối (Connection refused): dịch vụ không chạy hoặc sai địa chỉ",
            "dịch vụ có đang chạy không, và địa chỉ trong thiết lập " + urlSetting,
            e);
      }
      if (c instanceof UnknownHostException) {
        return new ChannelFault(
            Kind.UNKNOWN_HOST,
            service + ": không tìm thấy máy chủ " + c.getMessage(),
            "tên máy chủ trong thiết lập " + urlSetting + " và DNS",
            e);
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return new ChannelFault(
        Kind.OTHER,
        service + ": lỗi kết nối " + root.getClass().getSimpleName() + " " + root.getMessage(),
        "dịch vụ, mạng và thiết lập " + urlSetting,
        e);
  }

  /** The service answered with an error status; {@code body} is what it said (may be empty). */
  public static ChannelFault ofStatus(
      int status, String body, String service, String urlSetting, Throwable e) {
    String said = excerpt(body, EXCERPT);
    String check =
        status >= 500
            ? "tình trạng và nhật ký của dịch vụ (lỗi phía dịch vụ)"
            : status == 401 || status == 403
                ? "quyền truy cập mà dịch vụ cấp cho ứng dụng"
                : "địa chỉ trong thiết lập " + urlSetting + " và yêu cầu dịch vụ chấp nhận";
    return new ChannelFault(
        Kind.HTTP_STATUS,
        service + " trả lời HTTP " + status + (said.isEmpty() ? "" : ": «" + said + "»"),
        check,
        e);
  }

  /** The start of a text on one line, at most {@code max} characters. */
  static String excerpt(String text, int max) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  /** The address without user info or query, to show in messages. */
  static String shown(String url) {
    try {
      URI u = URI.create(url);
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null)
          .toString();
    } catch (IllegalArgumentException | URISyntaxException e) {
      return url;
    }
  }
}
