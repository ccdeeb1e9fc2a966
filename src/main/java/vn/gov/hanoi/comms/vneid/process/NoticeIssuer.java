package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.vneid.VneidProcess.Vars;
import vn.gov.hanoi.comms.vneid.notice.NoticeKind;
import vn.gov.hanoi.comms.vneid.notice.NoticeService;

/** Task_IssueNotice (vneid-notify-unit): issues the numbered notice of return, rejection or lapse. */
@Component("noticeIssuer")
public class NoticeIssuer implements JavaDelegate {
  private final NoticeService notices;

  public NoticeIssuer(NoticeService notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    notices.issue(((Number) execution.getVariable(Vars.REQUEST_ID)).longValue(),
        ((Number) execution.getVariable(Vars.ROUND)).intValue(),
        NoticeKind.valueOf((String) execution.getVariable(Vars.NOTICE_KIND)));
  }
}
