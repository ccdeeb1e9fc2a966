package vn.gov.hanoi.comms.security.boundary;

import java.util.Map;
import java.util.Set;
import vn.gov.hanoi.comms.security.CurrentUser;

/**
 * What a flow contributes to the engine guard: who may start its processes with what, and who may
 * work on and complete its tasks, from what the product recorded (T-1..T-3). The guard asks before
 * the engine runs a command, whatever the door; the flow's own services ask again inside the step.
 */
public interface FlowGuard {

  /** The process definition keys this flow answers for. */
  Set<String> processKeys();

  /**
   * A start of one of the flow's processes, with the variables the caller sent. {@code caller} is
   * null for the product's own calls (no login on the engine). Throws {@code RefusedException} to
   * refuse.
   */
  void checkStart(String processKey, CurrentUser caller, Map<String, Object> variables);

  /** May this person hold the task (claim it, be assigned it, complete it)? Throws to refuse. */
  void checkWorker(TaskFacts task, CurrentUser worker);

  /**
   * A completion by {@code worker}, whose variables are already limited to the fields of the task's
   * form.
   */
  void checkCompletion(TaskFacts task, CurrentUser worker, Map<String, Object> variables);
}
