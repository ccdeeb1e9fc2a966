package vn.gov.hanoi.comms.security.boundary;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.MissingAuthorization;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gov.hanoi.comms.common.RefusedException;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.audit.AuditTrail;
import vn.gov.hanoi.comms.security.audit.AuditType;

/**
 * Writes what the guard refused, what Camunda's own permissions refused after the guard, and what
 * administrators repaired, to the audit trail (T-4, P-3): who, what, on which task or instance, and
 * through which door. In a transaction of its own, so that a refusal inside a larger transaction
 * that rolls back is still on record.
 */
@Component
public class DoorAudit {
  private final AuditTrail trail;
  private final TransactionTemplate ownTransaction;

  /** For Camunda's JAX-RS providers, which Jersey creates outside Spring. */
  private static volatile DoorAudit instance;

  private final ObjectProvider<IdentityService> identityService;

  public DoorAudit(
      AuditTrail trail,
      PlatformTransactionManager transactions,
      ObjectProvider<IdentityService> identityService) {
    instance = this;
    this.identityService = identityService;
    this.trail = trail;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  void refused(CurrentUser caller, Command<?> command, RefusedException reason) {
    record(
        AuditType.REFUSED,
        command.getClass().getSimpleName(),
        EngineCommands.target(command),
        reason.getMessage(),
        caller);
  }

  /**
   * A write Camunda's own permissions refused after the guard let it pass: the permissions it
   * lacked.
   */
  void refused(CurrentUser caller, Command<?> command, AuthorizationException reason) {
    StringBuilder missing = new StringBuilder();
    for (MissingAuthorization m : reason.getMissingAuthorizations()) {
      missing
          .append(missing.isEmpty() ? "" : " hoặc ")
          .append(m.getViolatedPermissionName())
          .append(" trên ")
          .append(m.getResourceType())
          .append(' ')
          .append(m.getResourceId());
    }
    record(
        AuditType.REFUSED,
        command.getClass().getSimpleName(),
        EngineCommands.target(command),
        "Camunda từ chối: người dùng không có quyền " + missing,
        caller);
  }

  /**
   * A refusal found by a REST provider of Camunda's API, for the logged-in caller of this request.
   */
  public static void recordRefusal(String operation, String target, String reason) {
    DoorAudit audit = instance;
    if (audit != null) {
      var auth = audit.identityService.getObject().getCurrentAuthentication();
      audit.refused(auth == null ? null : auth.getUserId(), operation, target, reason);
    }
  }

  void repaired(CurrentUser admin, Command<?> command) {
    record(
        AuditType.ADMIN_REPAIR,
        command.getClass().getSimpleName(),
        EngineCommands.target(command),
        null,
        admin);
  }

  /** A refusal found by the product outside the engine (the product API), with the same fields. */
  public void refused(String userId, String operation, String target, String reason) {
    String details = CallOrigin.current().describe() + (reason == null ? "" : ": " + reason);
    ownTransaction.executeWithoutResult(
        tx -> trail.record(AuditType.REFUSED, operation, target, details, userId));
  }

  private void record(
      AuditType type, String operation, String target, String reason, CurrentUser who) {
    String details = CallOrigin.current().describe() + (reason == null ? "" : ": " + reason);
    ownTransaction.executeWithoutResult(
        tx -> trail.record(type, operation, target, details, who == null ? null : who.userId()));
  }
}
