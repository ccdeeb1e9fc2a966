package vn.gov.hanoi.comms.common.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.gov.hanoi.comms.common.RefusedException;

/**
 * Turns the product's own request-refusal exceptions, and the malformed-input errors of Spring MVC,
 * into problem+json answers that name what is wrong.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

  @ExceptionHandler(RefusedException.class)
  public ResponseEntity<ProblemDetail> refused(RefusedException e) {
    return ProblemFactory.response(
        ProblemFactory.refused(
            e.isForbidden() ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST,
            e.title(),
            e.errors()));
  }

  @ExceptionHandler(NotFoundException.class)
  public ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
    return ProblemFactory.response(ProblemFactory.notFound("Không tìm thấy", e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  public ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return ProblemFactory.response(
        status(HttpStatus.CONFLICT, "Không thực hiện được ở trạng thái hiện tại", e.getMessage()));
  }

  @ExceptionHandler(UnavailableException.class)
  public ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(status(HttpStatus.SERVICE_UNAVAILABLE, "Chưa sẵn sàng, xin thử lại", e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
    return ProblemFactory.response(status(HttpStatus.FORBIDDEN, "Không có quyền", e.getMessage()));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  public ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
    return ProblemFactory.response(
        ProblemFactory.validation(
            "Dữ liệu gửi lên quá lớn",
            List.of(new FieldError("request", "Tệp tối đa 10 MB, cả yêu cầu tối đa 25 MB"))));
  }

  @ExceptionHandler(MultipartException.class)
  public ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
    return ProblemFactory.response(
        ProblemFactory.validation(
            "Dữ liệu multipart không hợp lệ",
            List.of(
                new FieldError(
                    "request",
                    "Không đọc được nội dung multipart: "
                        + e.getMostSpecificCause().getMessage()))));
  }

  /** JSON that does not parse, or a value of the wrong type or format (a date as "31/12/2026"). */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    String field = "request";
    String message = "Nội dung JSON không đọc được (sai cú pháp)";
    if (e.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      field =
          m.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
              .orElse(field);
      message =
          m instanceof InvalidFormatException f
                  && java.time.temporal.Temporal.class.isAssignableFrom(f.getTargetType())
              ? "Thời điểm không đúng định dạng ISO-8601 (ví dụ 2026-12-01T08:00:00+07:00): "
                  + f.getValue()
              : "Giá trị không hợp lệ cho trường này";
    }
    return ProblemFactory.response(
        ProblemFactory.validation("Dữ liệu không hợp lệ", List.of(new FieldError(field, message))));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return ProblemFactory.response(
        ProblemFactory.validation(
            "Tham số không hợp lệ",
            List.of(new FieldError(e.getName(), "Giá trị không hợp lệ: " + e.getValue()))));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  public ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    return ProblemFactory.response(
        ProblemFactory.validation(
            "Thiếu tham số", List.of(new FieldError(e.getParameterName(), "Tham số bắt buộc"))));
  }

  private static ProblemDetail status(HttpStatus status, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    return p;
  }
}
