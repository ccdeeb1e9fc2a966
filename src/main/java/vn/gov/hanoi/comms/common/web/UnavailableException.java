package vn.gov.hanoi.comms.common.web;

import java.time.Duration;

/**
 * The request is valid but the node cannot answer it yet (HTTP 503 with {@code Retry-After}): for
 * example a duplicate check while the duplicate index is still loading after start-up.
 */
public class UnavailableException extends RuntimeException {
  private final Duration retryAfter;

  public UnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
