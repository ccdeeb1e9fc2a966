package vn.gov.hanoi.comms.common.web;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds RFC 9457 problem responses in the one shape all product APIs use. */
public final class ProblemFactory {

  /** Problem type of a request refused for its content (see {@link ValidationProblemException}). */
  public static final URI VALIDATION_TYPE = URI.create("urn:hanoi-comms:problem:validation");

  /** Problem type of a reference to something that does not exist. */
  public static final URI NOT_FOUND_TYPE = URI.create("urn:hanoi-comms:problem:not-found");

  private ProblemFactory() {}

  /** 400 with {@code errors: [{field, message}]}; the detail sums the errors up in one line. */
  public static ProblemDetail validation(String title, List<FieldError> errors) {
    return refused(HttpStatus.BAD_REQUEST, title, errors);
  }

  /**
   * A refusal (400, or 403 when the caller may not do it at all) naming every field at fault, in
   * Vietnamese.
   */
  public static ProblemDetail refused(HttpStatus status, String title, List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detailOf(errors));
    problem.setType(VALIDATION_TYPE);
    problem.setTitle(title);
    problem.setProperty("errors", List.copyOf(errors));
    return problem;
  }

  public static ProblemDetail notFound(String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
    problem.setType(NOT_FOUND_TYPE);
    problem.setTitle(title);
    return problem;
  }

  /** Wraps a problem in a response with its status and the problem+json content type. */
  public static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static String detailOf(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "Yêu cầu bị từ chối.";
    }
    FieldError first = errors.get(0);
    String firstText = first.message();
    return errors.size() == 1
        ? firstText
        : "Có " + errors.size() + " lỗi; lỗi đầu tiên: " + firstText;
  }
}
