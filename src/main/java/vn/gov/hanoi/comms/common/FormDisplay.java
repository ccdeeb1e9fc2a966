package vn.gov.hanoi.comms.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * What a reviewer's Camunda Form shows (the article or notice, copied from the product's tables
 * when the task opens) as one task-local Json variable, {@code display}: Tasklist hands Json
 * variables to the form as objects, so the forms read {@code {{display.articleTitle}}}. One
 * variable instead of one String per field: the benchmark measured 16 inserts and 16 deletes per
 * task for the separate Strings (docs/benchmarks.md). It ends with the task and is kept out of
 * history ({@link DisplayVariableHistoryFilter}).
 */
public final class FormDisplay {
  public static final String VARIABLE = "display";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FormDisplay() {}

  public static void show(DelegateTask task, Map<String, Object> values) {
    task.setVariableLocal(VARIABLE, value(values));
  }

  /** The same value, for a task updated through TaskService (outside its listeners). */
  public static JsonValue of(Map<String, Object> values) {
    return value(values);
  }

  static JsonValue value(Map<String, Object> values) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("display values are not JSON: " + values.keySet(), e);
    }
  }
}
