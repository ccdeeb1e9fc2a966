package vn.gov.hanoi.comms.common;

import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in bpmn/ and the forms in forms/ at start-up, from the jar or, when
 * {@code app.models-location} points at a folder ({@code file:./}), from disk: an analyst's edited
 * model is then deployed by a restart, without a rebuild. Only changed files make a new version
 * (duplicate filtering), and resource names are relative ("bpmn/x.bpmn") wherever the files come
 * from, so that the jar and a checkout are the same deployment.
 */
@Component
@Order(0)
public class ModelDeployer implements ApplicationRunner {
  static final String DEPLOYMENT_NAME = "hanoi-comms-models";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final String location;

  public ModelDeployer(RepositoryService repositoryService, @Value("${app.models-location}") String location) {
    this.repositoryService = repositoryService;
    String chosen = "auto".equals(location) ? autoLocation() : location;
    this.location = chosen.endsWith("/") || chosen.endsWith(":") ? chosen : chosen + "/";
  }

  /** Started from a checkout (bpmn/ beside the working directory): read the models from disk. */
  static String autoLocation() {
    return java.nio.file.Files.isDirectory(java.nio.file.Path.of("bpmn")) ? "file:./" : "classpath:";
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("ModelDeployer")
        .enableDuplicateFiltering(true);
    int count = 0;
    for (String folder : new String[] {"bpmn", "forms"}) {
      String suffix = folder.equals("bpmn") ? "*.bpmn" : "*.form";
      for (Resource r : resolver.getResources(location + folder + "/**/" + suffix)) {
        try (InputStream in = r.getInputStream()) {
          builder.addInputStream(relativeName(r, folder), new java.io.ByteArrayInputStream(in.readAllBytes()));
          count++;
        }
      }
    }
    if (count == 0) {
      throw new IllegalStateException("No models found under " + location + "bpmn/ and " + location + "forms/");
    }
    Deployment d = builder.deployWithResult();
    log.info("Models from {}: {} files checked, deployment {}", location, count, d.getId());
  }

  /** "bpmn/vneid-request.bpmn" wherever the file lives. */
  static String relativeName(Resource r, String folder) throws IOException {
    String url = r.getURL().toString();
    int at = url.lastIndexOf("/" + folder + "/");
    return at >= 0 ? url.substring(at + 1) : folder + "/" + r.getFilename();
  }
}
