package vn.gov.hanoi.comms.operations;

import java.time.Duration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Camunda writes its job executor metrics to the database every 15 minutes by default; the
 * Prometheus counters (FlowMetrics) read them from there, so report more often.
 */
@Component
public class EngineMetricsReporting extends AbstractProcessEnginePlugin {
  private final Duration interval;

  public EngineMetricsReporting(MetricsProperties metrics) {
    this.interval = metrics.engineReportInterval();
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl config) {
    if (config.getDbMetricsReporter() != null) {
      config
          .getDbMetricsReporter()
          .setReportingIntervalInSeconds(Math.max(1, interval.toSeconds()));
    }
  }
}
