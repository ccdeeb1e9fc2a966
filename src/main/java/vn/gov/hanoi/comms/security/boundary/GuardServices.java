package vn.gov.hanoi.comms.security.boundary;

import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * What the engine guard needs from the application, looked up once the application context is
 * ready.
 */
interface GuardServices {

  /**
   * The flow that answers for this process key, or null (the engine's candidate groups then
   * decide).
   */
  FlowGuard flowOf(String processDefinitionKey);

  /** Who is logged in on the engine for this call (null: the product itself). */
  Authentication currentAuthentication();

  DoorAudit audit();

  LoginGate logins();
}
