package vn.gov.hanoi.comms.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's {@link AuthorizationManager} session by {@link
 * FewGroupsAuthorizationManager}: a custom session factory of the same session type takes the
 * default one's place (the engine adds custom factories after its own).
 */
@Component
public class FewGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {
  private final int threshold;

  public FewGroupsAuthorizationPlugin(AuthorizationProperties properties) {
    this.threshold = properties.authGroupFilterThreshold();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    if (config.getCustomSessionFactories() == null) {
      config.setCustomSessionFactories(new ArrayList<>());
    }
    config
        .getCustomSessionFactories()
        .add(
            new SessionFactory() {
              @Override
              public Class<?> getSessionType() {
                return AuthorizationManager.class;
              }

              @Override
              public Session openSession() {
                return new FewGroupsAuthorizationManager(threshold);
              }
            });
  }
}
