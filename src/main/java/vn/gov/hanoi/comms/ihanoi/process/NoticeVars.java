package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Vars;

/** Typed reads of the few process variables the delegates need. */
final class NoticeVars {
  private NoticeVars() {}

  static long noticeId(VariableScope scope) {
    Object id = scope.getVariable(Vars.NOTICE_ID);
    if (id == null) {
      throw new IllegalStateException("An iHanoi notice is created through POST /api/ihanoi/notices, which sets noticeId");
    }
    return ((Number) id).longValue();
  }

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }
}
