package vn.gov.hanoi.comms.vneid.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;

/** Task_CheckWindow: an approval after the window has closed does not publish (V-STEP-5). */
@Component("publicationWindowCheck")
public class PublicationWindowCheck implements JavaDelegate {
  private final ProductClock clock;

  public PublicationWindowCheck(ProductClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date until = (Date) execution.getVariable(Vars.PUBLISH_UNTIL);
    execution.setVariable(Vars.WINDOW_OPEN, clock.now().isBefore(until.toInstant()));
  }
}
