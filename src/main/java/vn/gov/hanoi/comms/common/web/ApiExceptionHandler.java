package vn.gov.hanoi.comms.common.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the product's own request-refusal exceptions into problem+json answers.
 * Deliberately narrow: Spring MVC's and Camunda's own errors keep their default handling.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  @ExceptionHandler(ValidationProblemException.class)
  public ResponseEntity<ProblemDetail> validationProblem(ValidationProblemException e) {
    return ProblemFactory.response(ProblemFactory.validation(e.title(), e.errors()));
  }
}
