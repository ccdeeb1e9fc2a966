package vn.gov.hanoi.comms.common;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * A step the product refuses as asked: a decision without its reasons, a field the step does not
 * take, a person outside the step's role, a transition the flow does not allow. The caller's fault,
 * not a failure: every door answers 400 (or 403 for {@link #forbidden}) with the Vietnamese
 * messages, nothing changes, and the engine logs it at debug level only (a {@link
 * BadUserRequestException}).
 */
public class RefusedException extends BadUserRequestException {
  private final transient List<FieldError> errors;
  private final boolean forbidden;

  public RefusedException(List<FieldError> errors) {
    this(errors, false);
  }

  protected RefusedException(List<FieldError> errors, boolean forbidden) {
    this(
        errors.stream().map(FieldError::message).collect(Collectors.joining("; ")),
        errors,
        forbidden);
  }

  protected RefusedException(String message, List<FieldError> errors, boolean forbidden) {
    super(message);
    this.errors = List.copyOf(errors);
    this.forbidden = forbidden;
  }

  /** The heading of the problem answer. */
  public String title() {
    return forbidden ? "Không có quyền thực hiện" : "Yêu cầu không hợp lệ";
  }

  public static RefusedException of(String field, String message) {
    return new RefusedException(List.of(new FieldError(field, message)));
  }

  /** The caller may not do this at all (wrong role, own request): 403. */
  public static RefusedException forbidden(String field, String message) {
    return new RefusedException(List.of(new FieldError(field, message)), true);
  }

  public List<FieldError> errors() {
    return errors;
  }

  public boolean isForbidden() {
    return forbidden;
  }
}
