package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.VneidStatus;
import vn.gov.hanoi.comms.common.ProductClock;

/** Keeps the request's status (as the API reports it) in step with where the process is. */
@Component("requestStatus")
public class RequestStatus {
  private final VneidRequestRepository repository;
  private final ProductClock clock;

  public RequestStatus(VneidRequestRepository repository, ProductClock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public void update(DelegateExecution execution, String status) {
    long requestId = ((Number) execution.getVariable(Vars.REQUEST_ID)).longValue();
    repository.updateStatus(requestId, VneidStatus.valueOf(status), clock.now());
  }
}
