package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;

/**
 * Task_FindBodiesBehind (ihanoi-cadence-check): starts a reminder for every body behind
 * (I-CADENCE-1).
 */
@Component("ihanoiCadenceCheck")
public class CadenceCheck implements JavaDelegate {
  private final CadenceService cadence;

  public CadenceCheck(CadenceService cadence) {
    this.cadence = cadence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Variables.REMINDED_COUNT.set(execution, cadence.remindBehind().size());
  }
}
