package vn.gov.hanoi.comms.common.web;

/** The request is valid but the resource is not in a state that allows it (HTTP 409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
