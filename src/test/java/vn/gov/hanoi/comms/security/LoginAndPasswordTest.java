package vn.gov.hanoi.comms.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.yaml.snakeyaml.Yaml;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;

/**
 * Camunda's password policy and login throttling (issue 4), through every way in: /engine-rest,
 * the product API's Basic authentication (CamundaIdentityAuthenticationProvider) and the Tasklist login.
 */
class LoginAndPasswordTest extends IntegrationTest {
  private static final String ADMIN = "lp.admin";

  @BeforeEach
  void users() {
    ensureUser(ADMIN, Groups.ADMIN);
  }

  private int apiStatus(String user, String password) {
    return RestCalls.client(APP_PORT, user, password).get().uri("/api/feed?area=00004").retrieve()
        .toBodilessEntity().getStatusCode().value();
  }

  private String createUser(String id, String password) {
    String body = """
        {"profile": {"id": "%s", "firstName": "Nguyễn", "lastName": "Thử", "email": "%s@hanoi.gov.vn"},
         "credentials": {"password": "%s"}}""".formatted(id, id, password);
    ResponseEntity<String> res = RestCalls.client(APP_PORT, ADMIN, PASSWORD).post().uri("/engine-rest/user/create")
        .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(String.class);
    return res.getStatusCode().value() + " " + res.getBody();
  }

  @Test
  @DisplayName("Password policy: a weak password is refused when creating a user through /engine-rest/user/create (400, policy named); no user")
  void weakPasswordRefused() {
    for (String weak : new String[] {"123456", "matkhau2026", "Ngan@1", "lp.weak.user@2026A"}) {
      String res = createUser("lp.weak.user", weak);
      assertThat(res).as(weak).startsWith("400").containsIgnoringCase("password");
    }
    assertThat(identityService.createUserQuery().userId("lp.weak.user").count()).isZero();
    assertThat(createUser("lp.strong.user", "Song-Hong@2026")).startsWith("204");
  }

  @Test
  @DisplayName("Password policy: the demo and test passwords satisfy it (demo profile, admin user, test users)")
  void configuredPasswordsSatisfyPolicy() throws Exception {
    Map<String, Object> demo;
    try (InputStream in = getClass().getResourceAsStream("/application-demo.yaml")) {
      demo = new Yaml().load(in);
    }
    @SuppressWarnings("unchecked")
    String demoPassword = (String) ((Map<String, Object>) ((Map<String, Object>) demo.get("app")).get("demo")).get("password");
    User demoUser = identityService.newUser("donvi.trucbach");
    demoUser.setFirstName("Cán bộ UBND phường Trúc");
    demoUser.setLastName("Bạch");
    demoUser.setEmail("donvi.trucbach@demo.hanoi.gov.vn");
    assertThat(identityService.checkPasswordAgainstPolicy(demoPassword, demoUser).isValid()).as(demoPassword).isTrue();
    User admin = identityService.newUser("demo");
    admin.setFirstName("Quản trị");
    admin.setLastName("Demo");
    assertThat(identityService.checkPasswordAgainstPolicy(demoPassword, admin).isValid()).isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy(PASSWORD).isValid()).isTrue();
    assertThat(identityService.checkPassword("admin", "Quantri@2026")).as("test admin user").isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy("Demo@123").isValid()).as("the old demo password").isFalse();
  }

  @Test
  @DisplayName("Login throttling: wrong passwords through /api Basic auth lock the login for a growing while, even for the right password")
  void apiThrottling() {
    ensureUser("lp.api.user");
    assertThat(apiStatus("lp.api.user", PASSWORD)).isEqualTo(200);
    assertThat(apiStatus("lp.api.user", "Sai@mat-khau1")).isEqualTo(401);
    assertThat(apiStatus("lp.api.user", PASSWORD)).as("locked 3 s after the 1st wrong password").isEqualTo(401);
    moveClock(Duration.ofSeconds(4));
    assertThat(apiStatus("lp.api.user", "Sai@mat-khau2")).isEqualTo(401);
    moveClock(Duration.ofSeconds(4));
    assertThat(apiStatus("lp.api.user", PASSWORD)).as("locked 6 s after the 2nd").isEqualTo(401);
    moveClock(Duration.ofSeconds(3));
    assertThat(apiStatus("lp.api.user", PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName("Login throttling: wrong passwords at the Tasklist login lock it for a while; the right password then fails until the delay is over")
  void tasklistThrottling() {
    ensureUser("lp.tasklist.user", Groups.districtAppraisal("001"));
    assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", "Sai@mat-khau1")).isEqualTo(401);
    assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", PASSWORD)).as("locked").isEqualTo(401);
    assertThat(apiStatus("lp.tasklist.user", PASSWORD)).as("the lock holds for /api too").isEqualTo(401);
    moveClock(Duration.ofSeconds(4));
    assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName("Login throttling: after 10 wrong passwords in a row the user stays locked until an administrator unlocks them")
  void lockedAfterMaxAttempts() {
    ensureUser("lp.max.user");
    for (int i = 0; i < 10; i++) {
      assertThat(apiStatus("lp.max.user", "Sai@mat-khau" + i)).isEqualTo(401);
      moveClock(Duration.ofSeconds(61));
    }
    moveClock(Duration.ofHours(1));
    assertThat(apiStatus("lp.max.user", PASSWORD)).as("still locked an hour later").isEqualTo(401);
    identityService.unlockUser("lp.max.user");
    assertThat(apiStatus("lp.max.user", PASSWORD)).isEqualTo(200);
  }
}
