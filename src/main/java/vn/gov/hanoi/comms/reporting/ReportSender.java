package vn.gov.hanoi.comms.reporting;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.reporting.ReportProcess.Variables;

/**
 * Task_SendReport (asyncBefore, R3/PT5M): computes the report and emails it with XLSX and CSV
 * attached.
 */
@Component("reportSender")
public class ReportSender implements JavaDelegate {
  private final ReportService reports;
  private final ReportMailer mailer;

  public ReportSender(ReportService reports, ReportMailer mailer) {
    this.reports = reports;
    this.mailer = mailer;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Report r =
        reports.compute(
            Variables.FROM.get(execution),
            Variables.TO.get(execution),
            Variables.AREA.getOrNull(execution));
    Variables.SENT_TO.set(
        execution, mailer.send(r, ReportKind.ofLabel(Variables.KIND.getOrNull(execution))));
  }
}
