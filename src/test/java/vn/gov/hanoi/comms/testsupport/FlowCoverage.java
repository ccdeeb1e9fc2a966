package vn.gov.hanoi.comms.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * Engine plugin that reports every flow node started and every sequence flow taken ("process
 * key/element id") to the recordings open at that moment. A test class opens one with {@link
 * ModelCoverageCheck}, so what it asserts is what its own tests drove, whatever ran before it.
 */
public final class FlowCoverage extends AbstractProcessEnginePlugin {
  private static final List<Set<String>> RECORDINGS = new CopyOnWriteArrayList<>();

  /** A new recording of the elements driven from now on, until {@link #stop}. */
  static Set<String> start() {
    Set<String> recording = ConcurrentHashMap.newKeySet();
    RECORDINGS.add(recording);
    return recording;
  }

  static void stop(Set<String> recording) {
    RECORDINGS.remove(recording);
  }

  /** The flow nodes and sequence flows of these model files that are not in {@code driven}. */
  static Set<String> notDriven(Set<String> driven, List<String> modelFiles) throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String file : modelFiles) {
      try (InputStream in = FlowCoverage.class.getClassLoader().getResourceAsStream(file)) {
        if (in == null) {
          throw new IOException("no model " + file + " on the test classpath");
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(in);
        String key = model.getModelElementsByType(Process.class).iterator().next().getId();
        model
            .getModelElementsByType(FlowNode.class)
            .forEach(n -> missing.add(key + "/" + n.getId()));
        model
            .getModelElementsByType(SequenceFlow.class)
            .forEach(f -> missing.add(key + "/" + f.getId()));
      }
    }
    missing.removeAll(driven);
    return missing;
  }

  private static void record(String element) {
    for (Set<String> recording : RECORDINGS) {
      recording.add(element);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl config) {
    List<BpmnParseListener> listeners =
        config.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>()
            : new ArrayList<>(config.getCustomPostBPMNParseListeners());
    listeners.add(
        new AbstractBpmnParseListener() {
          @Override
          public void parseSequenceFlow(
              Element element, ScopeImpl scope, TransitionImpl transition) {
            String key =
                ((ProcessDefinitionEntity) transition.getProcessDefinition()).getKey()
                    + "/"
                    + transition.getId();
            transition.addListener(ExecutionListener.EVENTNAME_TAKE, e -> record(key));
          }

          @Override
          public void parseRootElement(
              Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
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
      a.addListener(ExecutionListener.EVENTNAME_START, e -> record(key));
      addStartListeners(a, processKey);
    }
  }
}
