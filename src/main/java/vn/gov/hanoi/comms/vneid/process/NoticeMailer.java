package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.notice.NoticeKind;
import vn.gov.hanoi.comms.vneid.notice.NoticeService;

/**
 * Task_EmailNotice (asyncBefore, R3/PT5M): emails the notice to the unit. A mail failure propagates
 * so that the job is retried and then becomes an incident in Cockpit.
 */
@Component("noticeMailer")
public class NoticeMailer implements JavaDelegate {
  private final NoticeService notices;

  public NoticeMailer(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.email(((Number) execution.getVariable(Vars.REQUEST_ID)).longValue(),
        ((Number) execution.getVariable(Vars.ROUND)).intValue(),
        NoticeKind.valueOf((String) execution.getVariable(Vars.NOTICE_KIND)));
  }
}
