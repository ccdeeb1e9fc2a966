package vn.gov.hanoi.comms.reporting;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.reporting.ReportProcess.Vars;

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
            LocalDate.parse((String) execution.getVariable(Vars.FROM)),
            LocalDate.parse((String) execution.getVariable(Vars.TO)),
            (String) execution.getVariable(Vars.AREA));
    Object kind = execution.getVariable(Vars.KIND);
    execution.setVariable(
        Vars.SENT_TO, mailer.send(r, kind == null ? "theo yêu cầu" : kind.toString()));
  }
}
