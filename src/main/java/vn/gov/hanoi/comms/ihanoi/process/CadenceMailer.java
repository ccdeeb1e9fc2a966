package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;

/**
 * Task_EmailReminder (asyncBefore, R3/PT5M): a mail failure propagates, is retried, then an
 * incident.
 */
@Component("ihanoiCadenceMailer")
public class CadenceMailer implements JavaDelegate {
  private final CadenceService cadence;

  public CadenceMailer(CadenceService cadence) {
    this.cadence = cadence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cadence.emailReminder(Variables.BODY_CODE.getOrNull(execution));
  }
}
