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
import vn.gov.hanoi.comms.security.boundary.CallOrigin;
import vn.gov.hanoi.comms.security.boundary.Door;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;
import vn.gov.hanoi.comms.testsupport.RestCalls;
import vn.gov.hanoi.comms.testsupport.TasklistSession;
import vn.gov.hanoi.comms.testsupport.TestMail;

/**
 * Camunda's password policy and login throttling (T-4), through every way in: /engine-rest, the
 * product API's Basic authentication (CamundaIdentityAuthenticationProvider) and the Tasklist
 * login; other client addresses are played through {@link CallOrigin}, as the engine guard sees
 * them.
 */
class LoginAndPasswordTest extends IntegrationTest {
  private static final String ADMIN = "lp.admin";

  @BeforeEach
  void users() {
    ensureUser(ADMIN, Groups.ADMIN);
  }

  private int apiStatus(String user, String password) {
    return apiStatus(user, password, "/api/feed?area=00004");
  }

  private int apiStatus(String user, String password, String path) {
    return RestCalls.client(APP_PORT, user, password)
        .get()
        .uri(path)
        .retrieve()
        .toBodilessEntity()
        .getStatusCode()
        .value();
  }

  private String createUser(String id, String password) {
    String body =
        """
        {"profile": {"id": "%s", "firstName": "Nguyễn", "lastName": "Thử", "email": "%s@hanoi.gov.vn"},
         "credentials": {"password": "%s"}}"""
            .formatted(id, id, password);
    ResponseEntity<String> res =
        RestCalls.client(APP_PORT, ADMIN, PASSWORD)
            .post()
            .uri("/engine-rest/user/create")
            .contentType(MediaType.APPLICATION_JSON)
            .body(body)
            .retrieve()
            .toEntity(String.class);
    return res.getStatusCode().value() + " " + res.getBody();
  }

  @Test
  @DisplayName(
      "Password policy: a weak password is refused when creating a user through /engine-rest/user/create (400, policy named); no user")
  void weakPasswordRefused() {
    for (String weak : new String[] {"123456", "matkhau2026", "Ngan@1", "lp.weak.user@2026A"}) {
      String res = createUser("lp.weak.user", weak);
      assertThat(res).as(weak).startsWith("400").containsIgnoringCase("password");
    }
    assertThat(identityService.createUserQuery().userId("lp.weak.user").count()).isZero();
    assertThat(createUser("lp.strong.user", "Song-Hong@2026")).startsWith("204");
  }

  @Test
  @DisplayName(
      "Password policy: the demo and test passwords satisfy it (demo profile, admin user, test users)")
  void configuredPasswordsSatisfyPolicy() throws Exception {
    Map<String, Object> demo;
    try (InputStream in = getClass().getResourceAsStream("/application-demo.yaml")) {
      demo = new Yaml().load(in);
    }
    @SuppressWarnings("unchecked")
    String demoPassword =
        (String)
            ((Map<String, Object>) ((Map<String, Object>) demo.get("app")).get("demo"))
                .get("password");
    User demoUser = identityService.newUser("donvi.trucbach");
    demoUser.setFirstName("Cán bộ UBND phường Trúc");
    demoUser.setLastName("Bạch");
    demoUser.setEmail("donvi.trucbach@demo.hanoi.gov.vn");
    assertThat(identityService.checkPasswordAgainstPolicy(demoPassword, demoUser).isValid())
        .as(demoPassword)
        .isTrue();
    User admin = identityService.newUser("demo");
    admin.setFirstName("Quản trị");
    admin.setLastName("Demo");
    assertThat(identityService.checkPasswordAgainstPolicy(demoPassword, admin).isValid()).isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy(PASSWORD).isValid()).isTrue();
    assertThat(identityService.checkPassword("admin", "Quantri@2026"))
        .as("test admin user")
        .isTrue();
    assertThat(identityService.checkPasswordAgainstPolicy("Demo@123").isValid())
        .as("the old demo password")
        .isFalse();
  }

  @Test
  @DisplayName(
      "T-4: the API trusts a Basic check it made moments ago, but not the old password once it is changed, nor a group once the membership is removed")
  void apiTrustEndsWithAnIdentityChange() {
    ensureUser("lp.cached.admin", Groups.ADMIN);
    String audit = "/api/audit?size=1";
    assertThat(apiStatus("lp.cached.admin", PASSWORD, audit)).isEqualTo(200);
    assertThat(apiStatus("lp.cached.admin", PASSWORD, audit)).isEqualTo(200);
    identityService.deleteMembership("lp.cached.admin", Groups.ADMIN);
    assertThat(apiStatus("lp.cached.admin", PASSWORD, audit))
        .as("the group's right ends with the membership")
        .isEqualTo(403);
    User user = identityService.createUserQuery().userId("lp.cached.admin").singleResult();
    user.setPassword("Thay-doi@2026");
    identityService.saveUser(user);
    assertThat(apiStatus("lp.cached.admin", PASSWORD, audit))
        .as("the old password ends with the change")
        .isEqualTo(401);
    assertThat(apiStatus("lp.cached.admin", "Thay-doi@2026", audit)).isEqualTo(403);
  }

  @Test
  @DisplayName(
      "T-4: wrong passwords through /api Basic auth slow the login down (even the right password waits), then it works again")
  void apiThrottling() {
    ensureUser("lp.api.user");
    assertThat(apiStatus("lp.api.user", PASSWORD)).isEqualTo(200);
    for (int i = 1; i <= 3; i++) {
      assertThat(apiStatus("lp.api.user", "Sai@mat-khau" + i)).isEqualTo(401);
    }
    assertThat(apiStatus("lp.api.user", PASSWORD))
        .as("3 typing mistakes cost nothing")
        .isEqualTo(200);
    for (int i = 1; i <= 4; i++) {
      assertThat(apiStatus("lp.api.user", "Sai@mat-khau" + i)).isEqualTo(401);
    }
    assertThat(apiStatus("lp.api.user", PASSWORD))
        .as("the 4th wrong password in a row locks for 2 s")
        .isEqualTo(401);
    moveClock(Duration.ofSeconds(3));
    assertThat(apiStatus("lp.api.user", "Sai@mat-khau5")).isEqualTo(401);
    moveClock(Duration.ofSeconds(3));
    assertThat(apiStatus("lp.api.user", PASSWORD)).as("the 5th locks for 4 s").isEqualTo(401);
    moveClock(Duration.ofSeconds(2));
    assertThat(apiStatus("lp.api.user", PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "T-4: the Tasklist login and /api share the delay; the right password waits until it is over")
  void tasklistThrottling() {
    ensureUser("lp.tasklist.user", Groups.districtAppraisal("001"));
    for (int i = 1; i <= 4; i++) {
      assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", "Sai@mat-khau" + i))
          .isEqualTo(401);
    }
    assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", PASSWORD))
        .as("slowed down")
        .isEqualTo(401);
    assertThat(apiStatus("lp.tasklist.user", PASSWORD))
        .as("the delay holds for /api too")
        .isEqualTo(401);
    moveClock(Duration.ofSeconds(3));
    assertThat(new TasklistSession(APP_PORT).login("lp.tasklist.user", PASSWORD)).isEqualTo(200);
  }

  @Test
  @DisplayName(
      "T-4: forty wrong passwords never lock the user for good: each delay ends (15 min at most) and the right password works")
  void neverLockedForGood() {
    ensureUser("lp.max.user");
    for (int i = 0; i < 40; i++) {
      assertThat(apiStatus("lp.max.user", "Sai@mat-khau" + i)).isEqualTo(401);
      moveClock(Duration.ofMinutes(16));
    }
    assertThat(apiStatus("lp.max.user", PASSWORD)).isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("lp.max.user").singleResult()).isNotNull();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where type = 'LOGIN_FAILED' and actor = 'lp.max.user'")
                .query(Long.class)
                .single())
        .as("every wrong password is in the audit trail")
        .isEqualTo(40);
  }

  @Test
  @DisplayName(
      "T-4: the attack of the issue over /engine-rest itself: ten wrong Basic-auth passwords over six minutes lock "
          + "nobody for good (no ENGINE-27002); the right password works there and in Tasklist once the delay is over")
  void engineRestNeverLocksForGood() {
    ensureUser("lp.rest.user", Groups.districtAppraisal("001"));
    for (int i = 0; i < 10; i++) {
      ResponseEntity<String> wrong =
          RestCalls.client(APP_PORT, "lp.rest.user", "Sai@mat-khau" + i)
              .get()
              .uri("/engine-rest/task")
              .retrieve()
              .toEntity(String.class);
      assertThat(wrong.getStatusCode().value()).isEqualTo(401);
      assertThat(String.valueOf(wrong.getBody())).doesNotContain("ENGINE-27002");
      moveClock(Duration.ofSeconds(40));
    }
    moveClock(Duration.ofMinutes(16));
    assertThat(
            RestCalls.client(APP_PORT, "lp.rest.user", PASSWORD)
                .get()
                .uri("/engine-rest/task")
                .retrieve()
                .toBodilessEntity()
                .getStatusCode()
                .value())
        .isEqualTo(200);
    assertThat(new TasklistSession(APP_PORT).login("lp.rest.user", PASSWORD)).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from act_id_user where id_ = 'lp.rest.user' and lock_exp_time_ is not null")
                .query(Long.class)
                .single())
        .as("Camunda's own lock-out is off")
        .isZero();
  }

  private boolean login(String address, String user, String password) {
    return CallOrigin.actingFor(
        new CallOrigin(Door.ENGINE_REST, address),
        () -> identityService.checkPassword(user, password));
  }

  @Test
  @DisplayName(
      "T-4: an attack on one account from other machines slows only new addresses; the official keeps logging in "
          + "from their usual one; administrators are alerted and lift the delay")
  void attackOnOneAccount() {
    ensureUser("lp.director");
    var admin = identityService.createUserQuery().userId(ADMIN).singleResult();
    admin.setEmail("quantri@conganhanoi.gov.vn");
    identityService.saveUser(admin);
    assertThat(login("10.1.1.1", "lp.director", PASSWORD)).isTrue();
    for (int i = 0; i < 25; i++) {
      assertThat(login("203.0.113." + i, "lp.director", "Doan@mat-khau" + i)).isFalse();
    }
    assertThat(login("10.1.1.1", "lp.director", PASSWORD))
        .as("the usual machine still works")
        .isTrue();
    assertThat(login("198.51.100.7", "lp.director", PASSWORD)).as("a new address waits").isFalse();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where type = 'LOGIN_THROTTLED' and operation = 'started USER'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(mailedAbout("lp.director")).as("the administrators are mailed").isTrue();
    ResponseEntity<String> seen =
        RestCalls.client(APP_PORT, ADMIN, PASSWORD)
            .get()
            .uri("/api/security/login-throttles")
            .retrieve()
            .toEntity(String.class);
    assertThat(seen.getBody()).contains("user:lp.director").contains("203.0.113.");
    RestCalls.client(APP_PORT, ADMIN, PASSWORD)
        .delete()
        .uri("/api/security/login-throttles?user=lp.director")
        .retrieve()
        .toBodilessEntity();
    assertThat(login("198.51.100.7", "lp.director", PASSWORD))
        .as("lifted by the administrator")
        .isTrue();
  }

  @Test
  @DisplayName(
      "T-4: one machine trying many accounts is slowed down for accounts new to it, not for the officials who work there")
  void passwordSpraying() {
    ensureUser("lp.clerk");
    assertThat(login("192.0.2.10", "lp.clerk", PASSWORD)).isTrue();
    for (int i = 0; i < 12; i++) {
      assertThat(login("192.0.2.10", "lp.victim" + i, "Doan@mat-khau1")).isFalse();
    }
    ensureUser("lp.newcomer");
    assertThat(login("192.0.2.10", "lp.newcomer", PASSWORD))
        .as("an account new to this machine waits")
        .isFalse();
    assertThat(login("192.0.2.10", "lp.clerk", PASSWORD))
        .as("the clerk who works there does not")
        .isTrue();
    assertThat(login("192.0.2.99", "lp.newcomer", PASSWORD))
        .as("nor does another machine")
        .isTrue();
  }

  /** The alert is sent off the login's thread: wait for it a little. */
  private static boolean mailedAbout(String who) {
    for (int i = 0; i < 100; i++) {
      if (java.util.Arrays.stream(TestMail.server().getReceivedMessages())
          .anyMatch(m -> subject(m).contains(who))) {
        return true;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private static String subject(jakarta.mail.Message m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
