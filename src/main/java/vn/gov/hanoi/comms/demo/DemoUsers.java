package vn.gov.hanoi.comms.demo;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Creates the demo's users once, each in the one group that gives them their role. */
final class DemoUsers {
  private DemoUsers() {}

  /**
   * Whether the units the demo's users belong to are registered (the demo's data set, hanoi-2025,
   * is loaded).
   */
  static boolean unitsPresent(
      org.springframework.jdbc.core.simple.JdbcClient jdbc, String... codes) {
    return jdbc.sql("select count(*) from organisation where code in (:codes)")
            .param("codes", java.util.List.of(codes))
            .query(Long.class)
            .single()
        == codes.length;
  }

  /**
   * @param users user id → (display name, group)
   */
  static void ensure(
      IdentityService identityService, Map<String, String[]> users, String password) {
    users.forEach(
        (id, v) -> {
          if (identityService.createUserQuery().userId(id).count() == 0) {
            User u = identityService.newUser(id);
            int space = v[0].indexOf(' ');
            u.setFirstName(v[0].substring(0, space));
            u.setLastName(v[0].substring(space + 1));
            u.setPassword(password);
            u.setEmail(id + "@demo.hanoi.gov.vn");
            identityService.saveUser(u);
            identityService.createMembership(id, v[1]);
          }
        });
  }
}
