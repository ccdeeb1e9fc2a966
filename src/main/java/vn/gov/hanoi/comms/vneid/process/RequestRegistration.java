package vn.gov.hanoi.comms.vneid.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import vn.gov.hanoi.comms.security.EngineUser;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.vneid.VneidProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestService;
import vn.gov.hanoi.comms.vneid.VneidWorkflowService;
import vn.gov.hanoi.comms.vneid.api.VariableSubmission;

/**
 * Task_RegisterRequest: takes in a submitted request and sets who handles it (V-ROUTE). Requests
 * started through Camunda's REST API or Tasklist arrive as variables and are validated and stored
 * here with the same rules as the product API; a refusal rolls the start back, and the article's
 * variables are removed once stored (the process keeps only the request id).
 */
@Component("requestRegistration")
public class RequestRegistration implements JavaDelegate {
  private final VneidWorkflowService workflow;
  private final VneidRequestService requests;
  private final IdentityService identityService;

  public RequestRegistration(VneidWorkflowService workflow, VneidRequestService requests, IdentityService identityService) {
    this.workflow = workflow;
    this.requests = requests;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(Vars.REQUEST_ID);
    long requestId = id != null ? ((Number) id).longValue() : registerFromVariables(execution);
    execution.setVariable(Vars.REQUEST_ID, requestId);
    ProcessFacts.write(execution, workflow.registered(requestId, execution.getProcessInstanceId()));
  }

  private long registerFromVariables(DelegateExecution execution) {
    Map<String, Object> vars = new HashMap<>(execution.getVariables());
    if (execution.getVariableTyped("featuredImage") instanceof FileValue file && file.getValue() != null) {
      try (InputStream in = file.getValue()) {
        vars.put("featuredImage", new Upload(file.getFilename(), file.getMimeType(), in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    CurrentUser user = currentUser();
    String defaultUnit = user.unitCodes().size() == 1 ? user.unitCodes().get(0) : null;
    VariableSubmission.Result read = VariableSubmission.from(vars, defaultUnit);
    if (!read.errors().isEmpty()) {
      throw new ValidationProblemException("Đề nghị đăng tin không hợp lệ", read.errors());
    }
    long requestId = requests.registerStarted(user, read.submission(), execution.getProcessInstanceId());
    execution.removeVariables(VariableSubmission.CONTENT_VARIABLES);
    // Same business key as a start through the product API: withdrawal and lookups rely on it.
    execution.setProcessBusinessKey(VneidProcess.businessKey(requestId));
    return requestId;
  }

  private CurrentUser currentUser() {
    CurrentUser user = EngineUser.current(identityService);
    if (user == null) {
      throw new org.springframework.security.access.AccessDeniedException("Phải đăng nhập để gửi đề nghị");
    }
    return user;
  }
}
