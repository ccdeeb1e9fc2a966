package vn.gov.hanoi.comms.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.DecisionRefusedException;

/**
 * A decision refused by the product's rules (own request, missing reasons, ...) is the caller's fault:
 * /engine-rest answers 400 with the reason, where Camunda would answer 500 because the engine wraps
 * every task listener's exception. Everything else keeps Camunda's own answer.
 */
@Component
public class EngineRestRefusals implements ResourceConfigCustomizer {

  @Override
  public void customize(ResourceConfig config) {
    config.register(RefusedDecisionMapper.class);
  }

  /** Chosen over Camunda's mapper of the same type by its priority. */
  @Priority(1)
  public static class RefusedDecisionMapper implements ExceptionMapper<RestException> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof DecisionRefusedException refused) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", "DecisionRefused");
          body.put("message", refused.getMessage());
          body.put("errors", refused.errors());
          try {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(JSON.writeValueAsString(body)).build();
          } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
          }
        }
      }
      return camunda.toResponse(e);
    }
  }
}
