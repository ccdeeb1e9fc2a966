package vn.gov.hanoi.comms.vneid.content;

import vn.gov.hanoi.comms.common.web.FieldError;

/** A featured image refused by {@link ImageInspector}; the message is for the user (Vietnamese). */
public class InvalidImageException extends Exception {

  public static final String FIELD = "featuredImage";

  public InvalidImageException(String message) {
    super(message);
  }

  public InvalidImageException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The refusal as a field error, to join the validator's list. */
  public FieldError toFieldError() {
    return new FieldError(FIELD, getMessage());
  }
}
