package vn.gov.hanoi.comms.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_FindUnitsBelowQuota (vneid-quota-check): starts a reminder for every unit below quota this
 * month.
 */
@Component("quotaCheck")
public class QuotaCheck implements JavaDelegate {
  private final QuotaService quotas;

  public QuotaCheck(QuotaService quotas) {
    this.quotas = quotas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QuotaProcess.Variables.REMINDED_COUNT.set(execution, quotas.remindBelow().size());
  }
}
