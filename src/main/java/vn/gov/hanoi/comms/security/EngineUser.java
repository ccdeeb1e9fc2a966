package vn.gov.hanoi.comms.security;

import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting inside the engine: the user Tasklist or /engine-rest authenticated for this call.
 */
public final class EngineUser {
  private EngineUser() {}

  /**
   * The logged-in user completing the task; its assignee when completed without a login (jobs, Java
   * API).
   */
  public static String completing(IdentityService identityService, DelegateTask task) {
    Authentication auth = identityService.getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
  }

  /**
   * The groups of the user completing the task: those of the login, or, completed without one, the
   * assignee's groups from the identity service (no authorization check applies then).
   */
  public static List<String> groupsOf(IdentityService identityService, DelegateTask task) {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      return auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    }
    if (task.getAssignee() == null) {
      return List.of();
    }
    return identityService.createGroupQuery().groupMember(task.getAssignee()).list().stream()
        .map(org.camunda.bpm.engine.identity.Group::getId)
        .toList();
  }

  /**
   * Who completes the task, with their groups: the logged-in user, or, completed through the Java
   * API without a login, its assignee (groups from the identity service); null when there is
   * neither.
   */
  public static CurrentUser actor(IdentityService identityService, DelegateTask task) {
    String user = completing(identityService, task);
    return user == null
        ? null
        : new CurrentUser(user, new HashSet<>(groupsOf(identityService, task)));
  }

  /**
   * Runs engine calls as this person, so the engine guard and Camunda's authorizations treat a call
   * of the product API exactly like the same call through Tasklist.
   */
  public static void runAs(IdentityService identityService, CurrentUser user, Runnable calls) {
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user.userId(), List.copyOf(user.groups()));
    try {
      calls.run();
    } finally {
      if (previous == null) {
        identityService.clearAuthentication();
      } else {
        identityService.setAuthentication(previous);
      }
    }
  }

  /** The authenticated caller, or null when the engine was called without one. */
  public static CurrentUser current(IdentityService identityService) {
    Authentication auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return null;
    }
    return new CurrentUser(
        auth.getUserId(),
        new HashSet<>(auth.getGroupIds() == null ? List.of() : auth.getGroupIds()));
  }
}
