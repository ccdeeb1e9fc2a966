package vn.gov.hanoi.comms.security;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.common.StartupOrder;

/**
 * The administrator of a production start (T-5): nobody is created unless the configuration names
 * one. {@code ADMIN_USER} and {@code ADMIN_PASSWORD} (both, in the environment) become Camunda's
 * admin user, with every authorization, at the first start; Camunda's password policy applies.
 * Without them and without any administrator in the database, the start says so loudly: Camunda's
 * first-user setup page then creates one, and whoever opens it first becomes administrator. The
 * demo profile names its own (README).
 */
@Component
@Order(StartupOrder.CHECK_ADMINISTRATOR)
public class FirstAdministrator implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
  private final IdentityService identityService;

  public FirstAdministrator(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() == 0) {
      log.warn(
          """

          ==========================================================================================
          Chưa có quản trị viên / No administrator yet.
          Set ADMIN_USER and ADMIN_PASSWORD and restart, or create the first administrator now at
          /camunda/app/admin/default/setup/#/setup (whoever opens that page first becomes administrator).
          ==========================================================================================""");
    }
  }

  /**
   * Maps ADMIN_USER / ADMIN_PASSWORD to the Camunda starter's admin user, only when both are given.
   */
  public static class FromEnvironment implements EnvironmentPostProcessor {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
      String user = env.getProperty("ADMIN_USER");
      String password = env.getProperty("ADMIN_PASSWORD");
      if (user != null && !user.isBlank() && password != null && !password.isBlank()) {
        env.getPropertySources()
            .addLast(
                new MapPropertySource(
                    "administrator-from-environment",
                    Map.of(
                        "camunda.bpm.admin-user.id",
                        user.strip(),
                        "camunda.bpm.admin-user.password",
                        password,
                        "camunda.bpm.admin-user.first-name",
                        "Quản trị",
                        "camunda.bpm.admin-user.last-name",
                        "hệ thống")));
      }
    }
  }
}
