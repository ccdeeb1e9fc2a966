package vn.gov.hanoi.comms.vneid.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.EngineUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ProblemFactory;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.security.Groups;
import vn.gov.hanoi.comms.vneid.SubmissionValidator;
import vn.gov.hanoi.comms.vneid.VneidProcess;

/**
 * Makes Camunda's own start calls for the VNeID process ({@code /engine-rest/process-definition/key/
 * vneid-request/start} and {@code /submit-form}, and the same calls Tasklist makes) validate exactly
 * like the product API and answer 400 problem+json naming every field at fault, before the engine
 * sees them; so a refused start leaves no process instance. Valid calls go through unchanged, and the
 * process's first task stores the request.
 */
public class EngineRestStartGuard extends OncePerRequestFilter {
  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(key/([^/]+)(/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
  static final int MAX_BODY = 30 * 1024 * 1024;

  private final SubmissionValidator validator;
  private final IdentityService identityService;
  private final ObjectMapper json = new ObjectMapper();

  public EngineRestStartGuard(SubmissionValidator validator, IdentityService identityService) {
    this.validator = validator;
    this.identityService = identityService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    Matcher m = START.matcher(request.getRequestURI());
    if (!m.matches()) {
      return true;
    }
    String key = m.group(2) != null ? m.group(2) : m.group(4);
    return !(VneidProcess.KEY.equals(key) || key.startsWith(VneidProcess.KEY + ":"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    List<FieldError> errors = new ArrayList<>();
    if (body.length > MAX_BODY) {
      errors.add(new FieldError("request", "Yêu cầu lớn hơn 30 MB"));
    } else {
      errors.addAll(check(body, caller(request)));
    }
    if (!errors.isEmpty()) {
      ProblemDetail p = ProblemFactory.validation("Đề nghị đăng tin không hợp lệ", errors);
      int status = errors.stream().anyMatch(e -> e.field().equals("user")) ? HttpStatus.FORBIDDEN.value() : 400;
      p.setStatus(status);
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Map<String, Object> problem = new java.util.LinkedHashMap<>();
      problem.put("type", p.getType().toString());
      problem.put("title", p.getTitle());
      problem.put("status", status);
      problem.put("detail", p.getDetail());
      problem.put("errors", errors);
      json.writeValue(response.getOutputStream(), problem);
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * The caller as the engine will see them: set by Camunda's REST authentication filter, or, for
   * Tasklist's own calls, the webapp session (its filter may run after this one).
   */
  private CurrentUser caller(HttpServletRequest request) {
    CurrentUser engineCaller = EngineUser.current(identityService);
    if (engineCaller != null) {
      return engineCaller;
    }
    HttpSession session = request.getSession(false);
    Authentications auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths != null) {
      for (UserAuthentication ua : auths.getAuthentications()) {
        if ("default".equals(ua.getProcessEngineName())) {
          Set<String> groups = new HashSet<>();
          identityService.createGroupQuery().groupMember(ua.getIdentityId()).list().forEach(g -> groups.add(g.getId()));
          return new CurrentUser(ua.getIdentityId(), groups);
        }
      }
    }
    return null;
  }

  private List<FieldError> check(byte[] body, CurrentUser caller) {
    Map<String, Object> vars = new HashMap<>();
    List<FieldError> errors = new ArrayList<>();
    try {
      JsonNode variables = json.readTree(body).path("variables");
      if (variables.has("requestId")) {
        errors.add(new FieldError("requestId", "Không được đặt trực tiếp: biến này do hệ thống tạo"));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        vars.put(e.getKey(), value(e.getKey(), e.getValue(), errors));
      }
    } catch (IOException e) {
      return List.of(new FieldError("request", "JSON không hợp lệ: " + e.getMessage()));
    }
    String defaultUnit = caller != null && caller.unitCodes().size() == 1 ? caller.unitCodes().get(0) : null;
    VariableSubmission.Result read = VariableSubmission.from(vars, defaultUnit);
    errors.addAll(read.errors());
    if (errors.isEmpty()) {
      errors.addAll(validator.validate(read.submission(), true));
      String unit = read.submission().draft().unitCode();
      if (unit != null && (caller == null || !caller.memberOf(Groups.unit(unit)))) {
        errors.add(new FieldError("user", "Người dùng không thuộc đơn vị " + unit));
      }
    }
    return errors;
  }

  /** A REST variable {value, type, valueInfo} as the Java value the process will hold. */
  private static Object value(String name, JsonNode v, List<FieldError> errors) {
    String type = v.path("type").asText("");
    JsonNode value = v.get("value");
    if (value == null || value.isNull()) {
      return null;
    }
    switch (type) {
      case "File" -> {
        try {
          byte[] bytes = Base64.getDecoder().decode(value.asText());
          JsonNode info = v.path("valueInfo");
          return new Upload(info.path("filename").asText(null), info.path("mimetype").asText(null), bytes);
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(name, "Nội dung tệp phải mã hoá base64"));
          return null;
        }
      }
      case "Date" -> {
        try {
          return new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").parse(value.asText());
        } catch (java.text.ParseException e) {
          errors.add(new FieldError(name, "Ngày giờ theo dạng yyyy-MM-dd'T'HH:mm:ss.SSSZ của Camunda"));
          return null;
        }
      }
      default -> {
        return value.isNumber() ? value.numberValue() : value.isBoolean() ? value.booleanValue() : value.asText();
      }
    }
  }

  /** Lets the engine read the body again after this filter has read it. */
  static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
