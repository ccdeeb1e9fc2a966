package vn.gov.hanoi.comms.security.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a task's form asks for: the keys of a Camunda Form's input components, at any depth,
 * or the {@code cam-variable-name} attributes of an embedded HTML form ({@code
 * embedded:deployment:forms/x.html}). A completion of a task may carry only these (T-3): whatever
 * else a caller sends is refused, so nothing a step does not ask for can steer the next steps.
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

  /** A field of an embedded HTML form: the variable its input is bound to. */
  private static final Pattern CAM_VARIABLE = Pattern.compile("cam-variable-name=\"([^\"]+)\"");

  private FormFields() {}

  static Set<String> of(InputStream form) {
    try (InputStream in = form) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Set<String> keys = new TreeSet<>();
      if (text.stripLeading().startsWith("<")) {
        Matcher m = CAM_VARIABLE.matcher(text);
        while (m.find()) {
          keys.add(m.group(1));
        }
      } else {
        collect(JSON.readTree(text), keys);
      }
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("A deployed form is neither JSON nor HTML", e);
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
