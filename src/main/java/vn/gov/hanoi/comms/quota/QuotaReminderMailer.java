package vn.gov.hanoi.comms.quota;

import java.time.YearMonth;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.quota.QuotaProcess.Vars;

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
        (String) execution.getVariable(Vars.UNIT_CODE),
        YearMonth.parse((String) execution.getVariable(Vars.MONTH)),
        ((Number) execution.getVariable(Vars.REQUIRED)).intValue(),
        ((Number) execution.getVariable(Vars.PUBLISHED)).intValue());
  }
}
