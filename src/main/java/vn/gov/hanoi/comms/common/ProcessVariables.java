package vn.gov.hanoi.comms.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import vn.gov.hanoi.comms.files.Upload;

/**
 * Process variables as plain values: a File variable becomes an {@link Upload} (name, type, bytes),
 * every other typed value its Java value. So the guard before a start and the step that stores it
 * read the same.
 */
public final class ProcessVariables {
  private ProcessVariables() {}

  public static Map<String, Object> plain(Map<String, Object> variables) {
    Map<String, Object> plain = new HashMap<>();
    for (String name : variables.keySet()) {
      Object v =
          variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      plain.put(
          name,
          v instanceof FileValue file
              ? upload(file)
              : v instanceof TypedValue t ? t.getValue() : v);
    }
    return plain;
  }

  private static Upload upload(FileValue file) {
    if (file.getValue() == null) {
      return null;
    }
    try (InputStream in = file.getValue()) {
      return new Upload(file.getFilename(), file.getMimeType(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
