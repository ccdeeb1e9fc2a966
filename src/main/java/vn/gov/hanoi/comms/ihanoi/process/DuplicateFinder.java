package vn.gov.hanoi.comms.ihanoi.process;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess.Variables;
import vn.gov.hanoi.comms.ihanoi.IhanoiWorkflowService;

/**
 * Task_CheckBeforeApproval and Task_CheckBeforeSend (ihanoi-notice): compare the notice with higher
 * levels and set duplicateFound (I-DEDUP). The stage recorded with the findings is the task's
 * extension property {@code stage}, so that an analyst sees it in Modeler and it costs no process
 * variable.
 */
@Component("ihanoiDuplicateFinder")
public class DuplicateFinder implements JavaDelegate {
  static final String STAGE_PROPERTY = "stage";

  private final IhanoiWorkflowService workflow;
  private final Map<String, String> stages = new ConcurrentHashMap<>();

  public DuplicateFinder(IhanoiWorkflowService workflow) {
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean found = workflow.checkDuplicates(execution.getProcessInstanceId(), stage(execution));
    Variables.DUPLICATE_FOUND.set(execution, found);
  }

  /**
   * BEFORE_APPROVAL or BEFORE_SEND, from the task's properties; a model without it is refused, not
   * guessed.
   */
  String stage(DelegateExecution execution) {
    String key = execution.getProcessDefinitionId() + "/" + execution.getCurrentActivityId();
    String stage = stages.computeIfAbsent(key, k -> stageProperty(execution));
    if (!stage.isEmpty()) {
      return stage;
    }
    throw new IllegalStateException(
        "The duplicate check "
            + execution.getCurrentActivityId()
            + " needs the extension property "
            + STAGE_PROPERTY
            + " = "
            + IhanoiProcess.BEFORE_APPROVAL
            + " or "
            + IhanoiProcess.BEFORE_SEND);
  }

  /**
   * The task's stage property, or "" when it has none (a deployed model never changes: cached per
   * definition).
   */
  private static String stageProperty(DelegateExecution execution) {
    FlowElement task = execution.getBpmnModelElementInstance();
    ExtensionElements ext = task == null ? null : task.getExtensionElements();
    if (ext != null) {
      for (CamundaProperties properties : ext.getChildElementsByType(CamundaProperties.class)) {
        for (CamundaProperty p : properties.getCamundaProperties()) {
          if (STAGE_PROPERTY.equals(p.getCamundaName()) && isStage(p.getCamundaValue())) {
            return p.getCamundaValue();
          }
        }
      }
    }
    return "";
  }

  private static boolean isStage(Object value) {
    return IhanoiProcess.BEFORE_APPROVAL.equals(value) || IhanoiProcess.BEFORE_SEND.equals(value);
  }
}
