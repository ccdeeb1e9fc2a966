package vn.gov.hanoi.comms.security.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link EngineGuard} in front of every command of the engine, and sets the engine's own
 * permissions to what a reviewer needs (settings an operator cannot drop by editing a YAML file):
 *
 * <ul>
 *   <li>candidates and assignees get TASK_WORK on a task (claim and complete), not UPDATE (which
 *       would let them hand the task to anyone and change its variables);
 *   <li>reading a task's or an instance's variables needs its own permission (READ_VARIABLE), which
 *       Camunda gives the task's candidates and assignee;
 *   <li>Camunda's own lock-out after wrong passwords is off: its lock is per user and permanent
 *       after N attempts, so anyone could lock out the City Police Director; {@code LoginThrottle}
 *       slows attackers down per user and address instead (T-4).
 * </ul>
 */
@Component
public class EngineGuardPlugin extends AbstractProcessEnginePlugin {
  private final ObjectProvider<FlowGuard> flows;
  private final ObjectProvider<DoorAudit> audit;
  private final ObjectProvider<LoginGate> logins;

  public EngineGuardPlugin(
      ObjectProvider<FlowGuard> flows,
      ObjectProvider<DoorAudit> audit,
      ObjectProvider<LoginGate> logins) {
    this.flows = flows;
    this.audit = audit;
    this.logins = logins;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    GuardServices services = new Services(config);
    add(
        config.getCustomPreCommandInterceptorsTxRequired(),
        config::setCustomPreCommandInterceptorsTxRequired,
        new EngineGuard(() -> services));
    add(
        config.getCustomPreCommandInterceptorsTxRequiresNew(),
        config::setCustomPreCommandInterceptorsTxRequiresNew,
        new EngineGuard(() -> services));
    config.setDefaultUserPermissionNameForTask(TaskPermissions.TASK_WORK.getName());
    config.setEnforceSpecificVariablePermission(true);
    config.setLoginMaxAttempts(Integer.MAX_VALUE);
    config.setLoginDelayBase(0);
  }

  private static void add(
      List<CommandInterceptor> current,
      java.util.function.Consumer<List<CommandInterceptor>> setter,
      CommandInterceptor guard) {
    List<CommandInterceptor> list = current == null ? new ArrayList<>() : new ArrayList<>(current);
    list.add(0, guard);
    setter.accept(list);
  }

  /**
   * Resolved at the first guarded command: the flows' beans need the engine, which needs this
   * plugin.
   */
  private final class Services implements GuardServices {
    private final ProcessEngineConfigurationImpl config;
    private volatile Map<String, FlowGuard> byKey;

    Services(ProcessEngineConfigurationImpl config) {
      this.config = config;
    }

    @Override
    public FlowGuard flowOf(String processDefinitionKey) {
      if (byKey == null) {
        Map<String, FlowGuard> map = new HashMap<>();
        flows.orderedStream().forEach(f -> f.processKeys().forEach(k -> map.put(k, f)));
        byKey = Map.copyOf(map);
      }
      return byKey.get(processDefinitionKey);
    }

    @Override
    public Authentication currentAuthentication() {
      return config.getIdentityService().getCurrentAuthentication();
    }

    @Override
    public DoorAudit audit() {
      return audit.getObject();
    }

    @Override
    public LoginGate logins() {
      LoginGate gate = logins.getIfAvailable();
      return gate == null ? LoginGate.NONE : gate;
    }
  }
}
