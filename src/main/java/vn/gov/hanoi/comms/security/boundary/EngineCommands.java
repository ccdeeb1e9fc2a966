package vn.gov.hanoi.comms.security.boundary;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.query.Query;

/**
 * Sorts the engine's commands into what a reviewer needs and what only an administrator may do, and
 * reads the few arguments the guard checks. Every door (Camunda's REST API, Tasklist's API, the
 * Java API) ends in one of these commands, so sorting commands rather than URLs leaves no door
 * unwatched. The engine's arguments are protected fields of its command classes; {@code
 * EngineCommandsTest} proves they are still readable on the Camunda version in use, and an
 * unreadable argument refuses the command (fail closed).
 */
final class EngineCommands {
  private static final String ENGINE = "org.camunda.bpm.engine.impl.";

  /** What a command is, for the guard. */
  enum Kind {
    /** Reads (queries, forms, variables, diagrams): Camunda's own authorizations decide. */
    READ,
    /** A password check (every login, every Basic-authenticated call): throttled. */
    LOGIN,
    /** A plain start at the process's start event. */
    START,
    /** Completing a task, with or without a form. */
    COMPLETE,
    /** Claiming a task for oneself (or unclaiming). */
    CLAIM,
    /** Setting a task's assignee. */
    ASSIGN,
    /** Commenting on a task or process. */
    COMMENT,
    /** Changing one's own profile or password. */
    SAVE_USER,
    /**
     * Anything else the engine can do: modification, restart, migration, variables, jobs, messages,
     * deletion, deployment, identity... Administrators only, and recorded.
     */
    RESTRICTED
  }

  /**
   * Identity and authorization changes: Camunda's operation log already feeds the audit trail with
   * them.
   */
  private static final Set<String> AUDITED_ELSEWHERE =
      Set.of(
          "CreateUserCmd",
          "SaveUserCmd",
          "DeleteUserCmd",
          "CreateGroupCmd",
          "SaveGroupCmd",
          "DeleteGroupCmd",
          "CreateMembershipCmd",
          "DeleteMembershipCmd",
          "CreateAuthorizationCommand",
          "SaveAuthorizationCmd",
          "DeleteAuthorizationCmd");

  private EngineCommands() {}

  static Kind kindOf(Command<?> command) {
    String name = command.getClass().getName();
    if (!name.startsWith(ENGINE) || command instanceof Query<?, ?>) {
      // The webapps' plugin queries and the product's own commands; queries of every kind.
      return Kind.READ;
    }
    String simple = command.getClass().getSimpleName();
    String outer =
        command.getClass().getEnclosingClass() == null
            ? ""
            : command.getClass().getEnclosingClass().getSimpleName();
    if (outer.endsWith("ReportImpl")
        || outer.endsWith("QueryImpl")
        || simple.endsWith("ReportImpl")) {
      return Kind.READ;
    }
    return switch (simple) {
      case "CheckPassword" -> Kind.LOGIN;
      case "StartProcessInstanceCmd", "SubmitStartFormCmd" -> Kind.START;
      case "CompleteTaskCmd", "SubmitTaskFormCmd" -> Kind.COMPLETE;
      case "ClaimTaskCmd" -> Kind.CLAIM;
      case "AssignTaskCmd" -> Kind.ASSIGN;
      case "AddCommentCmd" -> Kind.COMMENT;
      case "SaveUserCmd" -> Kind.SAVE_USER;
      case "AuthorizationCheckCmd",
          "IsIdentityServiceReadOnlyCmd",
          "IsTelemetryEnabledCmd",
          "DetermineHistoryLevelCmd",
          "EvaluateDecisionCmd",
          "EvaluateDecisionTableCmd" ->
          Kind.READ;
      default ->
          simple.startsWith("Get")
                  || simple.startsWith("ExecuteFilter")
                  || simple.startsWith("Find")
                  || simple.startsWith("Optimize")
                  || (simple.startsWith("Create") && simple.endsWith("QueryCmd"))
              ? Kind.READ
              : Kind.RESTRICTED;
    };
  }

  static boolean auditedElsewhere(Command<?> command) {
    return AUDITED_ELSEWHERE.contains(command.getClass().getSimpleName());
  }

  static String taskId(Command<?> command) {
    return (String) field(command, "taskId");
  }

  /**
   * The variables a completion carries (CompleteTaskCmd.variables, SubmitTaskFormCmd.properties).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> completionVariables(Command<?> command) {
    Object v =
        field(
            command,
            command.getClass().getSimpleName().equals("SubmitTaskFormCmd")
                ? "properties"
                : "variables");
    return v == null ? Map.of() : (Map<String, Object>) v;
  }

  /** The user a claim or an assignment names (null: unclaim / unassign). */
  static String userId(Command<?> command) {
    return (String) field(command, "userId");
  }

  /** For a start: the definition key or id, the business key and the variables. */
  record Start(
      String processDefinitionKey,
      String processDefinitionId,
      String businessKey,
      Map<String, Object> variables) {}

  @SuppressWarnings("unchecked")
  static Start start(Command<?> command) {
    if (command.getClass().getSimpleName().equals("SubmitStartFormCmd")) {
      Object vars = field(command, "variables");
      return new Start(
          null,
          (String) field(command, "processDefinitionId"),
          (String) field(command, "businessKey"),
          vars == null ? Map.of() : (Map<String, Object>) vars);
    }
    ProcessInstantiationBuilderImpl b =
        (ProcessInstantiationBuilderImpl) field(command, "instantiationBuilder");
    return new Start(
        b.getProcessDefinitionKey(),
        b.getProcessDefinitionId(),
        b.getBusinessKey(),
        b.getVariables() == null ? Map.of() : b.getVariables());
  }

  /** The user a SaveUserCmd writes. */
  static Object savedUser(Command<?> command) {
    return field(command, "user");
  }

  /** The password check's user id (to throttle per user). */
  static String loginUserId(Command<?> command) {
    return (String) field(command, "userId");
  }

  /**
   * The arguments that say what a command works on, in the command or in the builder it carries.
   */
  private static final String[] TARGET_FIELDS = {
    "processInstanceId",
    "processInstanceIds",
    "taskId",
    "executionId",
    "entityId",
    "jobId",
    "processDefinitionId",
    "processDefinitionKey",
    "businessKey",
    "messageName",
    "deploymentId",
    "userId"
  };

  /** The column of the audit trail that holds the target. */
  private static final int MAX_TARGET = 300;

  /**
   * A short description of a command's target for the audit trail: the instance, task, job or
   * definition, and for a variable command the names of the variables ("entityId=...
   * variables=[noticeId]"), so that a refused modification, restart or shadowed variable says what
   * it was aimed at.
   */
  static String target(Command<?> command) {
    StringBuilder s = new StringBuilder();
    appendTargets(command, s);
    for (String nested : new String[] {"builder", "instantiationBuilder"}) {
      Object b = fieldOrNull(command, nested);
      if (b != null) {
        appendTargets(b, s);
      }
    }
    if (fieldOrNull(command, "entityId") != null
        && fieldOrNull(command, "variables") instanceof Map<?, ?> vars) {
      s.append(" variables=")
          .append(new TreeSet<>(vars.keySet().stream().map(String::valueOf).toList()));
    }
    String target = s.toString().strip();
    return target.isEmpty()
        ? null
        : target.length() <= MAX_TARGET ? target : target.substring(0, MAX_TARGET - 1) + "…";
  }

  private static void appendTargets(Object source, StringBuilder s) {
    for (String f : TARGET_FIELDS) {
      Object v = fieldOrNull(source, f);
      if (v != null && !(v instanceof java.util.Collection<?> c && c.isEmpty())) {
        s.append(s.isEmpty() ? "" : " ").append(f).append('=').append(v);
      }
    }
  }

  private static Object field(Object target, String name) {
    for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        break;
      }
    }
    throw new IllegalStateException(
        "Cannot read "
            + name
            + " of "
            + target.getClass().getName()
            + ": the engine guard does not know this Camunda version");
  }

  private static Object fieldOrNull(Object target, String name) {
    try {
      return field(target, name);
    } catch (IllegalStateException e) {
      return null;
    }
  }
}
