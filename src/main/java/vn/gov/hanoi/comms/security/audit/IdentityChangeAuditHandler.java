package vn.gov.hanoi.comms.security.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Copies Camunda's user-operation-log entries for users, groups, memberships and authorizations
 * into the product's audit trail. Camunda writes these entries for every identity change, whether
 * made in Admin, through /engine-rest or the Java API (the engine is configured to log them without
 * a logged-in user too), but its history cleanup removes them: the copy stays. One audit line per
 * operation: Camunda's entries (one per changed property) are collected and written as its details
 * when the command closes, inside the same transaction, with an {@link IdentityChanged} event for
 * what keeps identities checked earlier.
 */
public class IdentityChangeAuditHandler implements HistoryEventHandler {
  private static final Map<String, AuditType> TYPES =
      Map.of(
          EntityTypes.USER, AuditType.USER,
          EntityTypes.GROUP, AuditType.GROUP,
          EntityTypes.GROUP_MEMBERSHIP, AuditType.MEMBERSHIP,
          EntityTypes.AUTHORIZATION, AuditType.AUTHORIZATION);

  private final AuditTrail trail;
  private final ApplicationEventPublisher events;

  public IdentityChangeAuditHandler(AuditTrail trail, ApplicationEventPublisher events) {
    this.trail = trail;
    this.events = events;
  }

  /**
   * Entries of the running command, written when it closes: Camunda fires one event per changed
   * property.
   */
  private final Map<CommandContext, List<UserOperationLogEntryEventEntity>> pending =
      java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof UserOperationLogEntryEventEntity entry)
        || !TYPES.containsKey(entry.getEntityType())) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      write(List.of(entry));
      return;
    }
    pending
        .computeIfAbsent(
            command,
            c -> {
              c.registerCommandContextListener(
                  new CommandContextListener() {
                    @Override
                    public void onCommandContextClose(CommandContext closing) {
                      List<UserOperationLogEntryEventEntity> entries = pending.remove(closing);
                      if (entries != null) {
                        write(entries);
                      }
                    }

                    @Override
                    public void onCommandFailed(CommandContext failed, Throwable t) {
                      pending.remove(failed);
                    }
                  });
              return new ArrayList<>();
            })
        .add(entry);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private void write(List<UserOperationLogEntryEventEntity> all) {
    Map<String, List<UserOperationLogEntryEventEntity>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntryEventEntity e : all) {
      byOperation
          .computeIfAbsent(e.getOperationId() + "/" + e.getEntityType(), k -> new ArrayList<>())
          .add(e);
    }
    for (List<UserOperationLogEntryEventEntity> entries : byOperation.values()) {
      UserOperationLogEntryEventEntity first = entries.get(0);
      List<String> details = new ArrayList<>();
      String entityId = null;
      for (UserOperationLogEntryEventEntity e : entries) {
        String value = e.getNewValue() != null ? e.getNewValue() : e.getOrgValue();
        if (entityId == null
            && List.of("userId", "groupId", "tenantId").contains(e.getProperty())) {
          entityId = value;
        }
        details.add(
            e.getProperty()
                + "="
                + (Objects.equals(e.getOrgValue(), e.getNewValue()) || e.getOrgValue() == null
                    ? e.getNewValue()
                    : e.getOrgValue() + "→" + e.getNewValue()));
      }
      if (first.getEntityType().equals(EntityTypes.GROUP_MEMBERSHIP)) {
        entityId = value(entries, "groupId") + ":" + value(entries, "userId");
      }
      trail.record(
          first.getTimestamp().toInstant(),
          TYPES.get(first.getEntityType()),
          first.getOperationType(),
          entityId,
          String.join("; ", details),
          first.getUserId());
      events.publishEvent(new IdentityChanged(first.getEntityType(), entityId));
    }
  }

  private static String value(List<UserOperationLogEntryEventEntity> entries, String property) {
    return entries.stream()
        .filter(e -> property.equals(e.getProperty()))
        .map(e -> e.getNewValue() != null ? e.getNewValue() : e.getOrgValue())
        .findFirst()
        .orElse(null);
  }
}
