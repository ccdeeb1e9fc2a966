package vn.gov.hanoi.comms.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.NoticeStatus;
import vn.gov.hanoi.comms.vneid.VneidStatus;

/**
 * Gauges for the operators' dashboards, read from the product's tables and the engine's job table:
 * requests and notices in each status, jobs waiting, jobs out of retries, open incidents. A scrape
 * runs a handful of counting queries at most once per {@code app.metrics.refresh} (a cluster's
 * nodes each report the same shared figures: aggregate them with max, not sum).
 */
@Component
public class FlowMetrics implements MeterBinder {
  private static final String JOBS_HELP =
      "Engine jobs by state: due (the job executor's queue), waiting (timers, "
          + "retries after a failure), failed (out of retries: each one is an incident)";

  /** Camunda's job executor metrics (org.camunda.bpm.engine.management.Metrics). */
  static final List<String> ENGINE_METRICS =
      List.of(
          Metrics.JOB_SUCCESSFUL,
          Metrics.JOB_FAILED,
          Metrics.JOB_ACQUISITION_ATTEMPT,
          Metrics.JOB_ACQUIRED_SUCCESS,
          Metrics.JOB_ACQUIRED_FAILURE,
          Metrics.JOB_EXECUTION_REJECTED,
          Metrics.JOB_LOCKED_EXCLUSIVE);

  private final JdbcClient jdbc;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final long refreshMillis;

  private volatile Map<String, Double> snapshot = Map.of();
  private volatile long takenAt; // 0: the first scrape reads

  public FlowMetrics(
      JdbcClient jdbc,
      ManagementService management,
      RuntimeService runtime,
      MetricsProperties metrics) {
    this.jdbc = jdbc;
    this.management = management;
    this.runtime = runtime;
    this.refreshMillis = metrics.refresh().toMillis();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (VneidStatus s : VneidStatus.values()) {
      gauge(
          registry,
          "hanoi.vneid.requests",
          "VNeID requests in this status",
          "status",
          s.name(),
          "vneid:" + s.name());
    }
    for (NoticeStatus s : NoticeStatus.values()) {
      gauge(
          registry,
          "hanoi.ihanoi.notices",
          "iHanoi notices in this status",
          "status",
          s.name(),
          "ihanoi:" + s.name());
    }
    gauge(registry, "hanoi.engine.jobs", JOBS_HELP, "state", "due", "jobs:due");
    gauge(registry, "hanoi.engine.jobs", JOBS_HELP, "state", "waiting", "jobs:waiting");
    gauge(registry, "hanoi.engine.jobs", JOBS_HELP, "state", "failed", "jobs:failed");
    for (String metric : ENGINE_METRICS) {
      FunctionCounter.builder("hanoi.engine.job.events", this, m -> m.value("engine:" + metric))
          .description(
              "Camunda's own job executor metrics, all nodes together, as reported to the database "
                  + "(every app.metrics.engine-report-interval)")
          .tag("event", metric)
          .register(registry);
    }
    gauge(
        registry,
        "hanoi.engine.incidents",
        "Open incidents (Cockpit shows them with their message)",
        "type",
        "all",
        "incidents");
  }

  private void gauge(
      MeterRegistry registry, String name, String help, String tag, String value, String key) {
    Gauge.builder(name, this, m -> m.value(key))
        .description(help)
        .tag(tag, value)
        .strongReference(true)
        .register(registry);
  }

  double value(String key) {
    return current().getOrDefault(key, 0.0);
  }

  private Map<String, Double> current() {
    long now = System.currentTimeMillis();
    if (now - takenAt >= refreshMillis) {
      synchronized (this) {
        if (now - takenAt >= refreshMillis) {
          snapshot = read();
          takenAt = System.currentTimeMillis();
        }
      }
    }
    return snapshot;
  }

  private Map<String, Double> read() {
    Map<String, Double> m = new HashMap<>();
    jdbc.sql("select status, count(*) from vneid_request group by status")
        .query((rs, n) -> m.put("vneid:" + rs.getString(1), rs.getDouble(2)))
        .list();
    jdbc.sql("select status, count(*) from ihanoi_notice group by status")
        .query((rs, n) -> m.put("ihanoi:" + rs.getString(1), rs.getDouble(2)))
        .list();
    long all = management.createJobQuery().count();
    long due = management.createJobQuery().executable().count();
    long failed = management.createJobQuery().noRetriesLeft().count();
    m.put("jobs:due", (double) due);
    m.put("jobs:failed", (double) failed);
    m.put("jobs:waiting", (double) Math.max(0, all - due - failed));
    m.put("incidents", (double) runtime.createIncidentQuery().count());
    for (String metric : ENGINE_METRICS) {
      m.put("engine:" + metric, (double) management.createMetricsQuery().name(metric).sum());
    }
    return m;
  }
}
