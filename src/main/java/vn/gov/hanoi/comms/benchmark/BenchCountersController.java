package vn.gov.hanoi.comms.benchmark;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

/** The statement counters for the load driver (benchmark profile only; administrators only). */
@RestController
@ConditionalOnProperty("app.bench.count-statements")
public class BenchCountersController {
  private final StatementCounter counter;
  private final CurrentUserResolver users;

  public BenchCountersController(StatementCounter counter, CurrentUserResolver users) {
    this.counter = counter;
    this.users = users;
  }

  @GetMapping("/api/bench/counters")
  public Map<String, Long> counters() {
    requireAdmin();
    return counter.snapshot();
  }

  /** Statements since start by family (verb and first table), for the cost breakdown. */
  @GetMapping("/api/bench/counters/families")
  public Map<String, Long> families() {
    requireAdmin();
    return counter.families();
  }

  private void requireAdmin() {
    if (!users.current().isAdmin()) {
      throw new NotFoundException("Không tìm thấy.");
    }
  }
}
