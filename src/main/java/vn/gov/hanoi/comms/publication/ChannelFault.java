package vn.gov.hanoi.comms.publication;

/**
 * A channel's failure, said for the person who has to act (O-FAIL-1): what happened ({@link Kind}),
 * in words, and which setting or service to check. A channel throws it; {@link PublicationService}
 * adds which flow's item it was and turns it into the job's error.
 */
public class ChannelFault extends RuntimeException {
  /** What happened, as the operator distinguishes it. */
  public enum Kind {
    /** Nothing listens at the address: the service is down or the address is wrong. */
    REFUSED,
    /** No answer in time: the service is overloaded, or the network drops the packets. */
    TIMEOUT,
    /** The host name is not known (DNS, a typo in the address). */
    UNKNOWN_HOST,
    /** The service answered, with an error status. */
    HTTP_STATUS,
    /** Any other failure (I/O, the database of the built-in feed, ...). */
    OTHER
  }

  private final Kind kind;
  private final String what;
  private final String check;

  public ChannelFault(Kind kind, String what, String check, Throwable cause) {
    super(what + ". Kiểm tra: " + check, cause);
    this.kind = kind;
    this.what = what;
    this.check = check;
  }

  public Kind kind() {
    return kind;
  }

  /** What happened, e.g. "kết nối bị từ chối (Connection refused)". */
  public String what() {
    return what;
  }

  /** Which setting or service to check, e.g. "thiết lập app.publication.webhook.url". */
  public String check() {
    return check;
  }

  /** A failure of a channel that does not classify its own (the built-in feed's database). */
  static ChannelFault of(RuntimeException e) {
    if (e instanceof ChannelFault f) {
      return f;
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " ← " + root;
    return new ChannelFault(
        Kind.OTHER,
        "lỗi " + e.getClass().getSimpleName() + ": " + HttpFaults.excerpt(detail, 300),
        "nhật ký của ứng dụng và cơ sở dữ liệu (DB_URL)",
        e);
  }
}
