package vn.gov.hanoi.comms.testsupport;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import vn.gov.hanoi.comms.common.FormDisplay;

/**
 * Reads a task's display value (common.FormDisplay) as Tasklist hands it to the form: a JSON
 * object.
 */
public final class FormDisplayValues {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormDisplayValues() {}

  public static Map<String, Object> of(TaskService tasks, String taskId) {
    SerializableValue value = tasks.getVariableLocalTyped(taskId, FormDisplay.VARIABLE, false);
    if (value == null) {
      throw new AssertionError("task " + taskId + " has no " + FormDisplay.VARIABLE + " variable");
    }
    try {
      return JSON.readValue(
          value.getValueSerialized(), new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new AssertionError("the display value of task " + taskId + " is not a JSON object", e);
    }
  }
}
