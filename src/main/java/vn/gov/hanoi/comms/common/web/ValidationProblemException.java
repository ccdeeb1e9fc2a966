package vn.gov.hanoi.comms.common.web;

import java.util.List;
import vn.gov.hanoi.comms.common.RefusedException;

/**
 * Thrown when a request is refused because of its content. {@link ApiExceptionHandler} answers it
 * with HTTP 400 and an {@code application/problem+json} body listing every {@link FieldError}, so
 * the client can fix all faults in one go.
 */
public class ValidationProblemException extends RefusedException {

  private final String title;

  public ValidationProblemException(String title, List<FieldError> errors) {
    super(title + ": " + summary(errors), errors, false);
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  private static String summary(List<FieldError> errors) {
    return errors.size() == 1 ? errors.get(0).message() : errors.size() + " lỗi";
  }
}
