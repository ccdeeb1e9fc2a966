package vn.gov.hanoi.comms.security.boundary;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.boundary.EngineCommands.Kind;

/**
 * The engine's own door keeper (T-1..T-3). Every call into the engine, whatever door it came
 * through (Camunda's REST API, Tasklist's API, the product API, Java code), becomes a command, and
 * every command passes here before the engine runs it. For a logged-in person who is not an
 * administrator:
 *
 * <ul>
 *   <li>reads go on, under Camunda's own authorizations;
 *   <li>a start goes on only at the start event, with the variables the flow takes ({@link
 *       FlowGuard#checkStart});
 *   <li>a task is claimed, assigned or completed only by someone who holds its role as the product
 *       recorded it, never the author; a completion carries only the fields of the task's form and
 *       must be a valid decision;
 *   <li>everything else (start instructions, modification, restart, migration, variables, messages,
 *       signals, jobs, deletion, deployment, identity) is refused.
 * </ul>
 *
 * Administrators keep the repair tools, and each use is written to the audit trail. Calls without a
 * login are the product itself (the job executor, its services): they go on, and the product's
 * services check every transition again inside the step. Commands the engine runs inside another
 * command are its own work. A write the guard lets pass but Camunda's own permissions refuse is
 * written to the audit trail as well. A refusal happens before any command context exists, so
 * nothing has changed and nothing is logged as an error.
 */
class EngineGuard extends CommandInterceptor {
  private final Supplier<GuardServices> services;

  EngineGuard(Supplier<GuardServices> services) {
    this.services = services;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() != null) {
      return next.execute(command);
    }
    Kind kind = EngineCommands.kindOf(command);
    if (kind == Kind.READ) {
      return next.execute(command);
    }
    GuardServices s = services.get();
    CurrentUser caller = caller();
    if (kind == Kind.LOGIN) {
      return (T)
          (Boolean)
              s.logins()
                  .check(
                      EngineCommands.loginUserId(command), () -> (Boolean) next.execute(command));
    }
    try {
      guard(kind, command, caller, s);
    } catch (RefusedException e) {
      CallOrigin.refused(e);
      s.audit().refused(caller, command, e);
      throw e;
    }
    if (kind == Kind.RESTRICTED && caller != null && !EngineCommands.auditedElsewhere(command)) {
      s.audit().repaired(caller, command);
    }
    try {
      return next.execute(command);
    } catch (AuthorizationException e) {
      // A write the guard let pass and Camunda's own permissions stopped (a task one may not work
      // on or assign): on record once, like the guard's refusals. Reads returned above, unrecorded.
      s.audit().refused(caller, command, e);
      throw e;
    }
  }

  private <T> void guard(Kind kind, Command<T> command, CurrentUser caller, GuardServices s) {
    switch (kind) {
      case START -> checkStart(command, caller, s);
      case COMPLETE -> checkCompletion(command, caller, s);
      case CLAIM -> checkClaim(command, caller, s);
      case ASSIGN -> checkAssignment(command, caller, s);
      case COMMENT -> {}
      case SAVE_USER -> {
        if (caller != null && !caller.isAdmin()) {
          // Camunda lets a user edit their own profile and password; nobody else's.
          checkOwnProfile(command, caller);
        }
      }
      case RESTRICTED -> {
        if (caller != null && !caller.isAdmin()) {
          throw RefusedException.forbidden(
              "command",
              "Người dùng "
                  + caller.userId()
                  + " không được thực hiện thao tác này ("
                  + command.getClass().getSimpleName()
                  + "): chỉ quản trị viên được sửa chữa quy trình");
        }
      }
      default -> throw new IllegalStateException("unhandled " + kind);
    }
  }

  private <T> void checkStart(Command<T> command, CurrentUser caller, GuardServices s) {
    EngineCommands.Start start = EngineCommands.start(command);
    String key =
        start.processDefinitionKey() != null
            ? start.processDefinitionKey()
            : next.execute(
                ctx ->
                    ctx.getProcessEngineConfiguration()
                        .getDeploymentCache()
                        .findDeployedProcessDefinitionById(start.processDefinitionId())
                        .getKey());
    FlowGuard flow = s.flowOf(key);
    if (flow != null && (caller == null || !caller.isAdmin())) {
      flow.checkStart(key, caller, start.variables());
    }
  }

  private <T> void checkCompletion(Command<T> command, CurrentUser caller, GuardServices s) {
    TaskFacts task = taskFacts(EngineCommands.taskId(command));
    if (task == null) {
      return; // the engine answers "no such task" itself
    }
    Map<String, Object> vars = EngineCommands.completionVariables(command);
    Set<String> extra = new TreeSet<>(vars.keySet());
    extra.removeAll(task.formFields());
    if (!extra.isEmpty()) {
      throw RefusedException.of(
          "variables",
          "Bước \"" + task.taskKey() + "\" không nhận các trường: " + String.join(", ", extra));
    }
    CurrentUser worker = caller != null ? caller : assignee(task);
    FlowGuard flow = s.flowOf(task.processDefinitionKey());
    checkWorker(task, worker, flow);
    if (flow != null) {
      flow.checkCompletion(task, worker, vars);
    }
  }

  private <T> void checkClaim(Command<T> command, CurrentUser caller, GuardServices s) {
    if (caller == null || caller.isAdmin()) {
      return;
    }
    String userId = EngineCommands.userId(command);
    if (userId == null) {
      return; // giving a task back: Camunda allows it to the assignee only
    }
    if (!userId.equals(caller.userId())) {
      throw RefusedException.forbidden("userId", "Chỉ được nhận việc cho chính mình");
    }
    TaskFacts task = taskFacts(EngineCommands.taskId(command));
    if (task != null) {
      checkWorker(task, caller, s.flowOf(task.processDefinitionKey()));
    }
  }

  private <T> void checkAssignment(Command<T> command, CurrentUser caller, GuardServices s) {
    String userId = EngineCommands.userId(command);
    TaskFacts task = taskFacts(EngineCommands.taskId(command));
    if (userId == null || task == null) {
      return;
    }
    checkWorker(task, userWithGroups(userId), s.flowOf(task.processDefinitionKey()));
  }

  private static void checkWorker(TaskFacts task, CurrentUser worker, FlowGuard flow) {
    if (worker == null) {
      throw RefusedException.forbidden(
          "user",
          "Việc \"" + task.taskKey() + "\" phải do người có thẩm quyền đăng nhập thực hiện");
    }
    if (flow != null) {
      flow.checkWorker(task, worker);
    } else if (!task.candidateGroups().isEmpty()
        && task.candidateGroups().stream().noneMatch(worker::memberOf)) {
      throw RefusedException.forbidden(
          "user", "Người dùng " + worker.userId() + " không thuộc nhóm được giao việc này");
    }
  }

  private static void checkOwnProfile(Command<?> command, CurrentUser caller) {
    Object user = EngineCommands.savedUser(command);
    String id = user instanceof org.camunda.bpm.engine.identity.User u ? u.getId() : null;
    if (!caller.userId().equals(id)) {
      throw RefusedException.forbidden("user", "Chỉ được sửa thông tin tài khoản của chính mình");
    }
  }

  private CurrentUser caller() {
    Authentication auth = services.get().currentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return null;
    }
    return new CurrentUser(
        auth.getUserId(),
        new HashSet<>(auth.getGroupIds() == null ? List.of() : auth.getGroupIds()));
  }

  /** A task completed without a login (the Java API) acts for its assignee, if it has one. */
  private CurrentUser assignee(TaskFacts task) {
    return task.assignee() == null ? null : userWithGroups(task.assignee());
  }

  private CurrentUser userWithGroups(String userId) {
    return next.execute(
        ctx ->
            withoutAuthorization(
                ctx,
                () ->
                    new CurrentUser(
                        userId,
                        new HashSet<>(
                            ctx
                                .getReadOnlyIdentityProvider()
                                .createGroupQuery()
                                .groupMember(userId)
                                .list()
                                .stream()
                                .map(Group::getId)
                                .toList()))));
  }

  /**
   * The task as the engine stores it, read without the caller's authorizations (null if there is
   * none).
   */
  private TaskFacts taskFacts(String taskId) {
    if (taskId == null) {
      return null;
    }
    return next.execute(
        ctx ->
            withoutAuthorization(
                ctx,
                () -> {
                  TaskEntity t = ctx.getTaskManager().findTaskById(taskId);
                  if (t == null || t.getProcessDefinitionId() == null) {
                    return null;
                  }
                  Set<String> groups = new HashSet<>();
                  for (IdentityLinkEntity link : t.getIdentityLinks()) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType())
                        && link.getGroupId() != null) {
                      groups.add(link.getGroupId());
                    }
                  }
                  String processKey =
                      ctx.getProcessEngineConfiguration()
                          .getDeploymentCache()
                          .findDeployedProcessDefinitionById(t.getProcessDefinitionId())
                          .getKey();
                  return new TaskFacts(
                      t.getId(),
                      t.getTaskDefinitionKey(),
                      t.getProcessInstanceId(),
                      t.getProcessDefinitionId(),
                      processKey,
                      t.getAssignee(),
                      groups,
                      formFields(ctx, taskId));
                }));
  }

  /** The input fields of the task's deployed Camunda Form; none when the task has no such form. */
  private static Set<String> formFields(CommandContext ctx, String taskId) {
    try {
      return FormFields.of(new GetDeployedTaskFormCmd(taskId).execute(ctx));
    } catch (RuntimeException noDeployedForm) {
      return Set.of();
    }
  }

  private static <R> R withoutAuthorization(CommandContext ctx, Supplier<R> read) {
    boolean was = ctx.isAuthorizationCheckEnabled();
    ctx.disableAuthorizationCheck();
    try {
      return read.get();
    } finally {
      if (was) {
        ctx.enableAuthorizationCheck();
      }
    }
  }
}
