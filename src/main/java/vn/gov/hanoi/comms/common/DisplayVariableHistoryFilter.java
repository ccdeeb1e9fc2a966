package vn.gov.hanoi.comms.common;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.NoticeFormData;
import vn.gov.hanoi.comms.vneid.VneidTaskDisplay;

/**
 * Keeps the task-local display variables (what a reviewer's form shows: copies of the product's own tables,
 * set when a task opens and gone when it ends) out of Camunda's history; every other history event is
 * written as before (history level full). The benchmark found they were most of the rows a request writes:
 * ~16 strings per VNeID task, each an ACT_HI_VARINST row, an ACT_HI_DETAIL row and an update when the task
 * ends (docs/benchmarks.md). The decisions, rounds and texts stay in the product's tables.
 */
@Component
public class DisplayVariableHistoryFilter extends AbstractProcessEnginePlugin {
  private static final Set<String> DISPLAY_VARIABLES = new HashSet<>();

  static {
    DISPLAY_VARIABLES.addAll(VneidTaskDisplay.VARIABLES);
    DISPLAY_VARIABLES.addAll(NoticeFormData.VARIABLES);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Replaces the default database handler by the same handler that skips these events.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new Handler());
  }

  /** True for the history of a task-local display variable. */
  static boolean isDisplayVariable(HistoryEvent event) {
    return event instanceof HistoricVariableUpdateEventEntity v && v.getTaskId() != null
        && DISPLAY_VARIABLES.contains(v.getVariableName());
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
