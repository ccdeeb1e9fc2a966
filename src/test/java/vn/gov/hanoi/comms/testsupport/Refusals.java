package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;

/**
 * The fields a refusal names, wherever the engine wrapped it; fails the test when nothing was
 * refused.
 */
public final class Refusals {
  private Refusals() {}

  public static List<String> fieldsOf(ThrowingCallable call) {
    return errorsOf(call).stream().map(FieldError::field).toList();
  }

  /** The fields with their Vietnamese messages. */
  public static List<FieldError> errorsOf(ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof RefusedException r) {
        return r.errors();
      }
    }
    throw new AssertionError("expected a refusal, got " + thrown, thrown);
  }
}
