package vn.gov.hanoi.comms.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * Records every flow node started and every sequence flow taken while the tests run, so that a test
 * can assert that the process tests drive every element of a model (the coverage the issue asks for,
 * as a failing assertion rather than only a report).
 */
public final class FlowCoverage extends AbstractProcessEnginePlugin {
  private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  public static Set<String> seen() {
    return Set.copyOf(SEEN);
  }

  /** The flow nodes and sequence flows ("process key/element id") of these model files no test has driven yet. */
  public static Set<String> notDriven(String... modelFiles) throws java.io.IOException {
    Set<String> missing = new java.util.TreeSet<>();
    for (String file : modelFiles) {
      try (java.io.InputStream in = FlowCoverage.class.getClassLoader().getResourceAsStream(file)) {
        org.camunda.bpm.model.bpmn.BpmnModelInstance model = org.camunda.bpm.model.bpmn.Bpmn.readModelFromStream(in);
        String key = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class).iterator().next().getId();
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)
            .forEach(n -> missing.add(key + "/" + n.getId()));
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
            .forEach(f -> missing.add(key + "/" + f.getId()));
      }
    }
    missing.removeAll(SEEN);
    return missing;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
        config.getCustomPostBPMNParseListeners() == null ? new ArrayList<>() : new ArrayList<>(config.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
        String key = ((ProcessDefinitionEntity) transition.getProcessDefinition()).getKey() + "/" + transition.getId();
        transition.addListener(ExecutionListener.EVENTNAME_TAKE, e -> SEEN.add(key));
      }

      @Override
      public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
        for (var pd : processDefinitions) {
          addStartListeners(pd, pd.getKey());
        }
      }
    });
    config.setCustomPostBPMNParseListeners(listeners);
  }

  private static void addStartListeners(ScopeImpl scope, String processKey) {
    for (ActivityImpl a : scope.getActivities()) {
      String key = processKey + "/" + a.getId();
      a.addListener(ExecutionListener.EVENTNAME_START, e -> SEEN.add(key));
      addStartListeners(a, processKey);
    }
  }

}
