package vn.gov.hanoi.comms.quota;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.quota.QuotaProcess.Variables;

/**
 * Task_EmailQuotaReminder (asyncBefore, R3/PT5M): a mail failure propagates, is retried, then an
 * incident.
 */
@Component("quotaReminderMailer")
public class QuotaReminderMailer implements JavaDelegate {
  private final QuotaService quotas;

  public QuotaReminderMailer(QuotaService quotas) {
    this.quotas = quotas;
  }

  @Override
  public void execute(DelegateExecution execution) {
    quotas.emailReminder(
        Variables.UNIT_CODE.get(execution),
        Variables.MONTH.get(execution),
        Variables.REQUIRED.get(execution),
        Variables.PUBLISHED.get(execution));
  }
}
