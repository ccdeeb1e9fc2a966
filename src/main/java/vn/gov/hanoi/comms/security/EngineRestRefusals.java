package vn.gov.hanoi.comms.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.DecisionRefusedException;

/**
 * A decision refused by the product's rules (own request, missing reasons, ...) is the caller's fault:
 * /engine-rest answers 400 with the reason, where Camunda would answer 500 because the engine wraps
 * every task listener's exception; likewise a password refused by the policy. Everything else keeps
 * Camunda's own answer.
 */
@Component
public class EngineRestRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RefusedDecisionMapper.class);
    config.register(PasswordPolicyMapper.class);
  }

  static Response badRequest(String type, String message, Object errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (errors != null) {
      body.put("errors", errors);
    }
    try {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
          .entity(RefusedDecisionMapper.JSON.writeValueAsString(body)).build();
    } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * A password that Camunda's policy refuses (creating a user, changing a password) is the caller's
   * fault too: 400 with the rules, where Camunda answers 500 "Password does not match policy".
   */
  @Priority(1)
  public static class PasswordPolicyMapper implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("Password does not match policy")) {
        return badRequest("PasswordPolicyException", "Password does not match policy / Mật khẩu không đạt chính sách: "
            + PASSWORD_RULES, null);
      }
      return camunda.toResponse(e);
    }
  }

  static final String PASSWORD_RULES = "ít nhất 10 ký tự, có chữ thường, chữ hoa, chữ số và ký tự đặc biệt, "
      + "không chứa tên đăng nhập, họ tên hay email (at least 10 characters with a lower-case and an upper-case letter, "
      + "a digit and a special character, not containing the user's id, names or e-mail)";

  /** Chosen over Camunda's mapper of the same type by its priority. */
  @Priority(1)
  public static class RefusedDecisionMapper implements ExceptionMapper<RestException> {
    static final ObjectMapper JSON = new ObjectMapper();
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof DecisionRefusedException refused) {
          return badRequest("DecisionRefused", refused.getMessage(), refused.errors());
        }
      }
      return camunda.toResponse(e);
    }
  }
}
