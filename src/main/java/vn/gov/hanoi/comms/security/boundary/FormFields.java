package vn.gov.hanoi.comms.security.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a Camunda Form asks for: the keys of its input components, at any depth. A completion
 * of a task may carry only these (T-3): whatever else a caller sends is refused, so nothing a step
 * does not ask for can steer the next steps.
 */
final class FormFields {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Components that show things but take no input, even if a key is set on them. */
  private static final Set<String> DISPLAY_ONLY =
      Set.of(
          "text",
          "image",
          "html",
          "spacer",
          "separator",
          "group",
          "dynamiclist",
          "iframe",
          "table",
          "documentPreview",
          "button");

  private FormFields() {}

  static Set<String> of(InputStream form) {
    try (InputStream in = form) {
      Set<String> keys = new TreeSet<>();
      collect(JSON.readTree(in), keys);
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is not valid JSON", e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode c : node.path("components")) {
      String type = c.path("type").asText("");
      if (c.hasNonNull("key") && !DISPLAY_ONLY.contains(type)) {
        keys.add(c.get("key").asText());
      }
      collect(c, keys);
    }
  }
}
