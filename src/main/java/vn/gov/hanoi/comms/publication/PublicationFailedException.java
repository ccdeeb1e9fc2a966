package vn.gov.hanoi.comms.publication;

/**
 * The error a publication job fails with, and so the text Cockpit shows on the job while it is
 * retried and on the incident after (O-FAIL-1): which flow's item, which channel, what happened,
 * and what to check.
 */
public class PublicationFailedException extends IllegalStateException {
  private final transient ChannelFault fault;

  PublicationFailedException(String item, String key, String action, ChannelFault fault) {
    super(
        "Chưa "
            + (PublicationOutage.WITHDRAW.equals(action) ? "gỡ được " : "gửi được ")
            + item
            + " (khoá "
            + key
            + "): "
            + fault.what()
            + ". Kiểm tra: "
            + fault.check()
            + ".",
        fault);
    this.fault = fault;
  }

  public ChannelFault fault() {
    return fault;
  }
}
