package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No secrets in the repository (issue 4): outside the demo profile, every password-like property is
 * empty or comes from the environment with an empty default. Demo passwords live in
 * application-demo.yaml only (and the test profile's in src/test).
 */
class NoSecretsTest {
  static final Pattern SECRET_KEY =
      Pattern.compile("(?i).*(password|passwd|secret|token|credential|api-?key|private-?key).*");

  /** "${NAME}" or "${NAME:}": from the environment, nothing written here. */
  static final Pattern FROM_ENVIRONMENT = Pattern.compile("\\$\\{[A-Za-z0-9_.-]+:?}");

  static final Path RESOURCES = Path.of("src/main/resources");

  /** Every "a.b.c = value" whose key looks like a secret and whose value is written out. */
  static List<String> writtenSecrets(Path yamlFile) throws IOException {
    List<String> found = new ArrayList<>();
    try (InputStream in = Files.newInputStream(yamlFile)) {
      for (Object doc : new Yaml().loadAll(in)) {
        collect("", doc, found);
      }
    }
    return found;
  }

  private static void collect(String prefix, Object node, List<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> collect(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, found));
    } else if (node != null && SECRET_KEY.matcher(prefix).matches()) {
      String value = String.valueOf(node).strip();
      if (!value.isEmpty()
          && !FROM_ENVIRONMENT.matcher(value).matches()
          && !(node instanceof Boolean)
          && !(node instanceof Number)) {
        found.add(prefix + " = " + value);
      }
    }
  }

  @Test
  @DisplayName(
      "No secrets: application.yaml and application-postgres.yaml (and every profile but demo) hold no password-like value")
  void noWrittenSecretsOutsideDemo() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(RESOURCES)) {
      files =
          s.filter(p -> p.getFileName().toString().matches("application(-[a-z0-9-]+)?\\.ya?ml"))
              .filter(p -> !p.getFileName().toString().startsWith("application-demo."))
              .toList();
    }
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .contains("application.yaml", "application-postgres.yaml");
    for (Path f : files) {
      assertThat(writtenSecrets(f)).as(f.toString()).isEmpty();
    }
  }

  @Test
  @DisplayName(
      "No secrets: the check finds a password written into a configuration file (it can fail)")
  void detectsAWrittenPassword() throws IOException {
    Path tmp = Files.createTempFile("application", ".yaml");
    try {
      Files.writeString(
          tmp,
          "spring:\n  datasource:\n    password: hanoi123\n  mail:\n    password: ${MAIL_PASSWORD:secret}\n"
              + "camunda:\n  bpm:\n    generic-properties:\n      properties:\n        enable-password-policy: true\n");
      assertThat(writtenSecrets(tmp))
          .containsExactly(
              "spring.datasource.password = hanoi123",
              "spring.mail.password = ${MAIL_PASSWORD:secret}");
    } finally {
      Files.delete(tmp);
    }
  }

  @Test
  @DisplayName("No secrets: the demo passwords are in the demo profile")
  void demoPasswordsInDemoProfile() throws IOException {
    assertThat(writtenSecrets(RESOURCES.resolve("application-demo.yaml")))
        .contains(
            "camunda.bpm.admin-user.password = Loaphuong@2026",
            "app.demo.password = Loaphuong@2026");
  }
}
