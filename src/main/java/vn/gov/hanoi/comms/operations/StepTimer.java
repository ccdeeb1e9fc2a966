package vn.gov.hanoi.comms.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Time per step: when a user task of any flow is completed (a decision recorded, a revision sent),
 * the time it stood open is recorded in {@code hanoi.flow.step} tagged with the process and the
 * task key. After commit only, so a completion the recorder refuses (the task stays open) is not
 * counted.
 */
@Component
public class StepTimer {
  private final MeterRegistry registry;

  public StepTimer(MeterRegistry registry) {
    this.registry = registry;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  public void onTask(TaskEvent task) {
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
        || task.getCreateTime() == null) {
      return;
    }
    String definition = task.getProcessDefinitionId() == null ? "" : task.getProcessDefinitionId();
    String process =
        definition.contains(":") ? definition.substring(0, definition.indexOf(':')) : definition;
    long open = ClockUtil.getCurrentTime().getTime() - task.getCreateTime().getTime();
    Timer.builder("hanoi.flow.step")
        .description("How long a user task stood open until it was completed")
        .tag("process", process)
        .tag("step", String.valueOf(task.getTaskDefinitionKey()))
        .register(registry)
        .record(Duration.ofMillis(Math.max(0, open)));
  }
}
