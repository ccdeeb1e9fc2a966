package vn.gov.hanoi.comms.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in bpmn/, the decision tables in dmn/ and the forms in forms/ at start-up,
 * from the jar or, when {@code app.models-location} points at a folder ({@code file:./}), from
 * disk: an analyst's edited model is then deployed by a restart, without a rebuild. Only changed
 * files make a new version (duplicate filtering), and resource names are relative ("bpmn/x.bpmn")
 * wherever the files come from, so that the jar and a checkout are the same deployment.
 */
@Component
@Order(StartupOrder.DEPLOY_MODELS)
public class ModelDeployer implements ApplicationRunner {
  static final String DEPLOYMENT_NAME = "hanoi-comms-models";
  private static final Pattern EMBEDDED_FORM =
      Pattern.compile("embedded:deployment:(forms/[^\"'\\s]+\\.html)");
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final String location;

  public ModelDeployer(RepositoryService repositoryService, ModelsProperties properties) {
    this.repositoryService = repositoryService;
    String location = properties.modelsLocation();
    String chosen = "auto".equals(location) ? autoLocation() : location;
    this.location = chosen.endsWith("/") || chosen.endsWith(":") ? chosen : chosen + "/";
  }

  /** Started from a checkout (bpmn/ beside the working directory): read the models from disk. */
  static String autoLocation() {
    return java.nio.file.Files.isDirectory(java.nio.file.Path.of("bpmn"))
        ? "file:./"
        : "classpath:";
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    Map<String, byte[]> models = read("bpmn", "*.bpmn");
    Map<String, byte[]> forms = read("forms", "*.form");
    Map<String, byte[]> embeddedForms = read("forms", "*.html");
    Map<String, byte[]> decisions = read("dmn", "*.dmn");
    if (models.isEmpty()) {
      throw new IllegalStateException("No models found under " + location + "bpmn/");
    }
    // Camunda Forms are found by their id (formRef, binding "latest"): one deployment, changed
    // files only.
    deploy(DEPLOYMENT_NAME + " forms", forms, true);
    // Each decision file on its own, changed files only: the business rule tasks use the latest
    // version,
    // so a table deployed from Modeler stays in force across restarts until this file changes.
    decisions.forEach(
        (file, bytes) -> deploy(DEPLOYMENT_NAME + " " + file, Map.of(file, bytes), true));
    // Each model is deployed with the embedded (HTML) forms it names as "embedded:deployment:",
    // which
    // Tasklist looks up in the model's own deployment; a change to either makes a new version of
    // both.
    for (Map.Entry<String, byte[]> model : models.entrySet()) {
      Map<String, byte[]> resources = new TreeMap<>();
      resources.put(model.getKey(), model.getValue());
      Matcher m = EMBEDDED_FORM.matcher(new String(model.getValue(), StandardCharsets.UTF_8));
      while (m.find()) {
        byte[] form = embeddedForms.get(m.group(1));
        if (form == null) {
          throw new IllegalStateException(
              model.getKey() + " names " + m.group(1) + ", which is not under forms/");
        }
        resources.put(m.group(1), form);
      }
      deploy(DEPLOYMENT_NAME + " " + model.getKey(), resources, false);
    }
    log.info(
        "Models from {}: {} models, {} decision files, {} forms, {} embedded forms checked",
        location,
        models.size(),
        decisions.size(),
        forms.size(),
        embeddedForms.size());
  }

  private Map<String, byte[]> read(String folder, String pattern) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (Resource r :
        new PathMatchingResourcePatternResolver()
            .getResources(location + folder + "/**/" + pattern)) {
      try (InputStream in = r.getInputStream()) {
        files.put(relativeName(r, folder), in.readAllBytes());
      }
    }
    return files;
  }

  /**
   * Deploys unless nothing changed since the last deployment of that name (no new versions then).
   */
  private void deploy(String name, Map<String, byte[]> resources, boolean changedOnly) {
    if (resources.isEmpty()) {
      return;
    }
    DeploymentBuilder builder =
        repositoryService
            .createDeployment()
            .name(name)
            .source("ModelDeployer")
            .enableDuplicateFiltering(changedOnly);
    resources.forEach(
        (file, bytes) -> builder.addInputStream(file, new ByteArrayInputStream(bytes)));
    Deployment d = builder.deployWithResult();
    log.debug("Deployment {} ({})", name, d.getId());
  }

  /** "bpmn/vneid-request.bpmn" wherever the file lives. */
  static String relativeName(Resource r, String folder) throws IOException {
    String url = r.getURL().toString();
    int at = url.lastIndexOf("/" + folder + "/");
    return at >= 0 ? url.substring(at + 1) : folder + "/" + r.getFilename();
  }
}
