package vn.gov.hanoi.comms.vneid.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The process instance a request is bound to, seen from any step: the instance itself, or, inside
 * the called vneid-notify-unit, the instance that called it. Delegates look the request up by this
 * id (T-2), never by a variable.
 */
final class RequestInstance {
  private RequestInstance() {}

  static String of(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    DelegateExecution caller = instance.getSuperExecution();
    return caller == null ? instance.getProcessInstanceId() : caller.getProcessInstanceId();
  }
}
