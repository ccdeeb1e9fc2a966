package vn.gov.hanoi.comms.common.web;

/** No such resource (HTTP 404). */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}
