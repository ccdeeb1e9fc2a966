package vn.gov.hanoi.comms.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;

/**
 * What the job executor and an operator do with a failing job, done by hand (the executor is off in
 * tests).
 */
public final class JobFaults {
  private JobFaults() {}

  /**
   * Runs the one job of this activity until its retries are spent, checking that each retry waits
   * the model's 5 minutes (R3/PT5M) and moving the clock past them. Returns how many times it ran.
   */
  public static int failUntilIncident(ManagementService management, String activityId) {
    int tries = 0;
    for (int i = 0; i < 10; i++) {
      Job job = management.createJobQuery().activityId(activityId).executable().singleResult();
      if (job == null) {
        break;
      }
      tries++;
      assertThatThrownBy(() -> management.executeJob(job.getId())).isInstanceOf(Exception.class);
      Job after = management.createJobQuery().jobId(job.getId()).singleResult();
      if (after.getRetries() > 0) {
        move(Duration.ofMinutes(4));
        assertThat(management.createJobQuery().jobId(job.getId()).executable().count())
            .as("not retried before 5 minutes have passed")
            .isZero();
        move(Duration.ofMinutes(1).plusSeconds(1));
      }
    }
    return tries;
  }

  /** The one open incident at this activity. */
  public static Incident incidentAt(RuntimeService runtime, String activityId) {
    List<Incident> list = runtime.createIncidentQuery().activityId(activityId).list();
    assertThat(list).hasSize(1);
    return list.get(0);
  }

  /**
   * Cockpit's "Retry" on an incident with the due date set to now (its default keeps the job's due
   * date, docs/operations.md): one more try, for the executor to run.
   */
  public static void retry(ManagementService management, Incident incident) {
    management
        .setJobRetries(1)
        .jobId(incident.getConfiguration())
        .dueDate(ClockUtil.getCurrentTime())
        .execute();
  }

  private static void move(Duration d) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(d)));
  }
}
