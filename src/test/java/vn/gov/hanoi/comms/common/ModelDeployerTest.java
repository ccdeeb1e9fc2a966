package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/**
 * Analysts change models and forms without a rebuild: a restart deploys what changed, and only
 * that.
 */
class ModelDeployerTest extends IntegrationTest {
  @Autowired RepositoryService repositoryService;

  private long version(String key) {
    return repositoryService
        .createProcessDefinitionQuery()
        .processDefinitionKey(key)
        .latestVersion()
        .singleResult()
        .getVersion();
  }

  @Test
  @DisplayName(
      "A restart with unchanged models makes no new deployment; a changed embedded form makes a new version of its model only")
  void deploysOnlyWhatChanged(@TempDir Path dir) throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    new ModelDeployer(repositoryService, new ModelsProperties("classpath:")).run(null);
    assertThat(repositoryService.createDeploymentQuery().count())
        .as("nothing changed")
        .isEqualTo(deployments);

    for (String folder : new String[] {"bpmn", "forms"}) {
      Files.createDirectories(dir.resolve(folder));
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path f : files.toList()) {
          Files.copy(f, dir.resolve(folder).resolve(f.getFileName()));
        }
      }
    }
    Path form = dir.resolve("forms/vneid-submit.html");
    Files.writeString(form, Files.readString(form).replace("Bài viết", "Bài viết đề nghị đăng"));
    long request = version("vneid-request");
    long notify = version("vneid-notify-unit");
    new ModelDeployer(repositoryService, new ModelsProperties("file:" + dir + "/")).run(null);
    assertThat(version("vneid-request")).isEqualTo(request + 1);
    assertThat(version("vneid-notify-unit")).isEqualTo(notify);
    String deploymentId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("vneid-request")
            .latestVersion()
            .singleResult()
            .getDeploymentId();
    assertThat(repositoryService.getDeploymentResourceNames(deploymentId))
        .containsExactlyInAnyOrder(
            "bpmn/vneid-request.bpmn", "forms/vneid-submit.html", "forms/vneid-revise.html");
  }
}
