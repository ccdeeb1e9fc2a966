package vn.gov.hanoi.comms.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.security.boundary.CallOrigin;

/**
 * How Camunda's JAX-RS applications answer what the product refuses. Registered in every one of
 * them, /engine-rest and the webapps' own API that Tasklist calls (/camunda/api/engine) alike, by
 * Jersey's auto-discovery ({@code META-INF/services}): mappers registered for /engine-rest alone
 * would leave Tasklist answering 500 with an engine code.
 *
 * <ul>
 *   <li>A {@link RefusedException}, thrown by the engine guard or by a step (even wrapped by the
 *       engine or the REST layer), answers 400, or 403 when the caller may not do it at all, as
 *       problem JSON with the Vietnamese messages ({@code message} too, which Tasklist shows).
 *   <li>A password refused by Camunda's policy answers 400 with the rules.
 *   <li>Reading a task that does not exist and one the caller may not see answer the same 404, so
 *       the answer does not tell which tasks exist.
 * </ul>
 *
 * Everything else keeps Camunda's own answer.
 */
public class EngineRestRefusals implements ForcedAutoDiscoverable {
  static final ObjectMapper JSON = new ObjectMapper();

  /** A task's own resources: /task/{id}, /task/{id}/variables, /task/{id}/form-variables... */
  private static final Pattern TASK_READ = Pattern.compile("(^|.*/)task/[^/]+(/.*)?$");

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusedRestMapper.class)) {
      context.register(RefusedRestMapper.class);
      context.register(RefusedEngineMapper.class);
    }
  }

  static Response refusal(RefusedException refused) {
    int status = refused.isForbidden() ? 403 : 400;
    return problem(
        status,
        refused.getClass().getSimpleName(),
        refused.title(),
        refused.getMessage(),
        refused.errors());
  }

  static Response problem(
      int status, String type, String title, String message, List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    body.put("detail", message);
    body.put("message", message);
    if (errors != null && !errors.isEmpty()) {
      body.put("errors", errors);
    }
    try {
      return Response.status(status)
          .type("application/problem+json;charset=UTF-8")
          .entity(JSON.writeValueAsString(body))
          .build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * The product's refusal behind an exception: in its causes, or, where Camunda's REST layer
   * rethrows only the message (jobs, some variable calls), the one the guard refused on this
   * request's thread.
   */
  static RefusedException refusalIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RefusedException r) {
        return r;
      }
    }
    RefusedException last = CallOrigin.lastRefusal();
    return last != null && e.getMessage() != null && e.getMessage().contains(last.getMessage())
        ? last
        : null;
  }

  static boolean taskRead(Request request, UriInfo uri) {
    return request != null
        && uri != null
        && "GET".equals(request.getMethod())
        && TASK_READ.matcher(uri.getPath()).matches();
  }

  /**
   * The product's answer to an exception, or null for Camunda's: a refusal; a task the caller may
   * not read, which looks exactly like a task that does not exist; listeners skipped at a start.
   */
  static Response ourAnswer(Throwable e, Request request, UriInfo uri) {
    RefusedException refused = refusalIn(e);
    if (refused != null) {
      return refusal(refused);
    }
    if (taskRead(request, uri) && hidden(e)) {
      return hiddenTask();
    }
    return skippedListeners(e) ? skippingRefused() : null;
  }

  /**
   * Not found, or not allowed to see: the two must look alike. Some reads (form variables) say "not
   * found" as a bad request ("Cannot find task with id ..."), which would otherwise answer 400 for
   * a missing task only.
   */
  static boolean hidden(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NullValueException
          || t instanceof AuthorizationException
          || t instanceof org.camunda.bpm.engine.exception.NotFoundException
          || t instanceof org.camunda.bpm.engine.BadUserRequestException
              && MISSING_TASK.matcher(String.valueOf(t.getMessage())).find()) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern MISSING_TASK =
      Pattern.compile("(?i)(cannot find|no) task( found)? (with id|for)");

  /**
   * Camunda itself refuses to skip listeners at a plain start (ENGINE-13024), before any command
   * the guard could see; it answers 500. A caller's fault: 400, and on record like the guard's
   * refusals.
   */
  static boolean skippedListeners(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("ENGINE-13024")) {
        return true;
      }
    }
    return false;
  }

  static Response skippingRefused() {
    String message =
        "Không được bỏ qua các bước kiểm tra (skipCustomListeners, skipIoMappings) khi khởi tạo quy trình";
    vn.gov.hanoi.comms.security.boundary.DoorAudit.recordRefusal(
        "StartProcessInstance", null, message);
    return problem(
        400,
        "RefusedException",
        "Yêu cầu không hợp lệ",
        message,
        List.of(new FieldError("skipCustomListeners", message)));
  }

  static Response hiddenTask() {
    return problem(
        404,
        "NotFound",
        "Không tìm thấy",
        "Không có việc này, hoặc người dùng không được xem việc này",
        null);
  }

  static final String PASSWORD_RULES =
      "ít nhất 10 ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, "
          + "không chứa tên đăng nhập, họ tên hay email (at least 10 characters with a lower-case and an upper-case letter, "
          + "a digit and a special character, not containing the user's id, names or e-mail)";

  /** The REST layer wraps engine exceptions in a RestException (often a 500): look inside. */
  @Priority(1)
  public static class RefusedRestMapper implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camunda = new RestExceptionHandler();
    @Context private Request request;
    @Context private UriInfo uri;

    @Override
    public Response toResponse(RestException e) {
      Response ours = ourAnswer(e, request, uri);
      return ours != null ? ours : camunda.toResponse(e);
    }
  }

  /**
   * Refusals that reach the REST layer unwrapped (the guard's), passwords refused by the policy,
   * and reads of hidden tasks.
   */
  @Priority(1)
  public static class RefusedEngineMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();
    @Context private Request request;
    @Context private UriInfo uri;

    @Override
    public Response toResponse(ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Password does not match policy")) {
        return problem(
            400,
            "PasswordPolicyException",
            "Mật khẩu không đạt chính sách",
            "Mật khẩu không đạt chính sách: " + PASSWORD_RULES,
            null);
      }
      Response ours = ourAnswer(e, request, uri);
      if (ours != null) {
        return ours;
      }
      return camunda.toResponse(e);
    }
  }
}
