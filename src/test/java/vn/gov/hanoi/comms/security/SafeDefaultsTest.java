package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** T-5: only a profile that says so creates demo users, units, areas and requests. */
class SafeDefaultsTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> yaml(String name) throws Exception {
    try (InputStream in = SafeDefaultsTest.class.getResourceAsStream("/" + name)) {
      return new Yaml().load(in);
    }
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> m, String... path) {
    Object o = m;
    for (String p : path) {
      o = o instanceof Map<?, ?> map ? ((Map<String, Object>) map).get(p) : null;
    }
    return o;
  }

  @Test
  @DisplayName(
      "T-5: without a profile nothing selects the demo, and no administrator is written down")
  void noDefaultDemo() throws Exception {
    Map<String, Object> base = yaml("application.yaml");
    assertThat(at(base, "spring", "profiles", "default")).isNull();
    assertThat(at(base, "app", "demo", "enabled")).isNull();
    assertThat(at(base, "camunda", "bpm", "admin-user")).isNull();
    Map<String, Object> postgres = yaml("application-postgres.yaml");
    assertThat(at(postgres, "app", "demo")).isNull();
    assertThat(at(postgres, "camunda", "bpm", "admin-user")).isNull();
    assertThat(at(yaml("application-demo.yaml"), "app", "demo", "enabled")).isEqualTo(true);
  }

  @Test
  @DisplayName(
      "T-5: the README's first command selects the demo explicitly; the Docker image selects no profile")
  void demoOnlyWhenAsked() throws Exception {
    assertThat(Files.readString(Path.of("pom.xml"))).contains("<profile>demo</profile>");
    assertThat(Files.readString(Path.of("docker/Dockerfile")))
        .doesNotContain("SPRING_PROFILES_ACTIVE");
  }
}
