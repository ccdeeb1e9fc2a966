package vn.gov.hanoi.comms.common;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the task-local display variable ({@link FormDisplay}: what a reviewer's form shows, a copy
 * of the product's own tables set when a task opens and gone when it ends) out of Camunda's
 * history; every other history event is written as before (history level full). The benchmark found
 * the display values were most of the history rows a request wrote (docs/benchmarks.md). The
 * decisions, rounds and texts stay in the product's tables.
 */
@Component
public class DisplayVariableHistoryFilter extends AbstractProcessEnginePlugin {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Replaces the default database handler by the same handler that skips these events.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new Handler());
  }

  /**
   * Task-local copies made when a task opens: the form's display value and the task card's fields
   * (deadline.TaskCard).
   */
  static final java.util.Set<String> COPIES =
      java.util.Set.of(FormDisplay.VARIABLE, "cardUnit", "cardRound", "cardDeadline", "cardNotice");

  /** True for the history of a task-local display or card variable. */
  static boolean isDisplayVariable(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity v
        && v.getTaskId() != null
        && COPIES.contains(v.getVariableName());
  }

  static final class Handler extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isDisplayVariable(event)) {
        super.handleEvent(event);
      }
    }
  }
}
