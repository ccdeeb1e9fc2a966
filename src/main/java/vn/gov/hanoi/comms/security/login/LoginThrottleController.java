package vn.gov.hanoi.comms.security.login;

import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

/** Administrators see who is being slowed down after wrong passwords, and lift it (T-4). */
@RestController
@RequestMapping("/api/security/login-throttles")
public class LoginThrottleController {
  private final LoginThrottle throttle;
  private final CurrentUserResolver users;

  public LoginThrottleController(LoginThrottle throttle, CurrentUserResolver users) {
    this.throttle = throttle;
    this.users = users;
  }

  @GetMapping
  public List<LoginThrottleRepository.Entry> current() {
    return throttle.current();
  }

  @DeleteMapping
  public Map<String, Integer> lift(
      @RequestParam(required = false) String user, @RequestParam(required = false) String address) {
    if ((user == null || user.isBlank()) && (address == null || address.isBlank())) {
      throw new ValidationProblemException(
          "Thiếu tham số",
          List.of(
              new FieldError(
                  "user", "Nêu tài khoản (user) hoặc địa chỉ (address) cần gỡ làm chậm")));
    }
    return Map.of(
        "lifted", throttle.lift(blankToNull(user), blankToNull(address), users.current().userId()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
