package vn.gov.hanoi.comms.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What the README and docs tell a newcomer or an operator to type or click, checked against the
 * product: the names Tasklist shows, the demo's password, what Cockpit's Retry does.
 */
class DocsAgreeWithProductTest {

  private static List<Path> docs() throws IOException {
    List<Path> all = new ArrayList<>();
    all.add(Path.of("README.md"));
    try (Stream<Path> s = Files.list(Path.of("docs"))) {
      s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(all::add);
    }
    return all;
  }

  /** A document's text with line breaks as spaces (a quoted name may be wrapped). */
  private static String text(Path p) throws IOException {
    return Files.readString(p).replaceAll("\\s+", " ");
  }

  private static List<String> processNames() throws IOException {
    List<String> names = new ArrayList<>();
    Pattern process = Pattern.compile("<bpmn:process id=\"[^\"]+\" name=\"([^\"]+)\"");
    try (Stream<Path> s = Files.list(Path.of("bpmn"))) {
      for (Path p : s.toList()) {
        Matcher m = process.matcher(Files.readString(p));
        while (m.find()) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }

  @Test
  @DisplayName(
      "Every process the docs tell people to start in Tasklist (Khởi tạo quy trình → \"…\") is named as the BPMN "
          + "names it, which is what Tasklist lists")
  void startedProcessesAreNamedAsInTasklist() throws IOException {
    List<String> names = processNames();
    Pattern started = Pattern.compile("Khởi tạo quy ?trình\\*?(?: \\([^)]*\\))? → \"([^\"]+)\"");
    int found = 0;
    for (Path doc : docs()) {
      Matcher m = started.matcher(text(doc));
      while (m.find()) {
        found++;
        assertThat(names).as(doc + " names a process to start").contains(m.group(1));
      }
    }
    assertThat(found).as("the README's and runbook's walk-throughs").isGreaterThanOrEqualTo(3);
  }

  @Test
  @DisplayName("The demo's sign-ins in the docs use the demo's password (application-demo.yaml)")
  void demoPasswordIsTheRealOne() throws IOException {
    Map<String, Object> yaml =
        new Yaml().load(Files.readString(Path.of("src/main/resources/application-demo.yaml")));
    @SuppressWarnings("unchecked")
    String password =
        (String)
            ((Map<String, Object>) ((Map<String, Object>) yaml.get("app")).get("demo"))
                .get("password");
    Pattern curlUser = Pattern.compile("curl -u [a-z0-9.]+:(\\S+) ");
    int found = 0;
    for (Path doc : List.of(Path.of("README.md"), Path.of("docs/reports.md"))) {
      String t = text(doc);
      assertThat(t).as(doc.toString()).doesNotContain("Demo@123");
      Matcher m = curlUser.matcher(t);
      while (m.find()) {
        found++;
        assertThat(m.group(1)).as(doc + ": " + m.group()).isEqualTo(password);
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(5);
  }

  @Test
  @DisplayName(
      "The runbook does not promise that Cockpit's Retry makes a job due now: Camunda 7 keeps its due date "
          + "unless the operator picks one")
  void retryKeepsTheDueDate() throws IOException {
    String runbook = text(Path.of("docs/operations.md"));
    assertThat(runbook)
        .doesNotContain("default \"due now\"")
        .contains("does not make the job due now", "the job keeps its due date");
  }
}
