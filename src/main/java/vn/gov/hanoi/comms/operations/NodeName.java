package vn.gov.hanoi.comms.operations;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * In a cluster, the jobs a node has locked carry its name ({@code ACT_RU_JOB.LOCK_OWNER_}) instead
 * of a random id, so an operator can tell which node holds a job, e.g. one that stopped.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {
  private final String name;

  public NodeName(NodeProperties properties) {
    this.name = properties.nodeName();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl config) {
    if (!name.isBlank() && config.getJobExecutor() != null) {
      config.getJobExecutor().setLockOwner(name);
    }
  }
}
