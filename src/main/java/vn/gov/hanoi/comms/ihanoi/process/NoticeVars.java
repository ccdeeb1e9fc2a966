package vn.gov.hanoi.comms.ihanoi.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of the few process variables the delegates need. */
final class NoticeVars {
  private NoticeVars() {}

  static String string(VariableScope scope, String name) {
    Object v = scope.getVariable(name);
    return v == null ? null : v.toString();
  }
}
