package vn.gov.hanoi.comms.security.audit;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Adds the identity-change copy to Camunda's history handlers (the default database handler stays
 * on), and logs identity changes made without a logged-in user too (start-up provisioning, Java
 * API).
 */
@Component
public class AuditPlugin extends AbstractProcessEnginePlugin {
  private final AuditTrail trail;
  private final ApplicationEventPublisher events;

  public AuditPlugin(AuditTrail trail, ApplicationEventPublisher events) {
    this.trail = trail;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomHistoryEventHandlers() == null) {
      config.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    config.getCustomHistoryEventHandlers().add(new IdentityChangeAuditHandler(trail, events));
    config.setRestrictUserOperationLogToAuthenticatedUsers(false);
  }
}
