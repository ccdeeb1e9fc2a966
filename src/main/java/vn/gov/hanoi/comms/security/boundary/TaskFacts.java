package vn.gov.hanoi.comms.security.boundary;

import java.util.Set;

/**
 * What the guard knows of a task before a command touches it, read with the engine's authorization
 * off.
 */
public record TaskFacts(
    String taskId,
    String taskKey,
    String processInstanceId,
    String processDefinitionId,
    String processDefinitionKey,
    String assignee,
    Set<String> candidateGroups,
    Set<String> formFields) {

  public TaskFacts {
    candidateGroups = Set.copyOf(candidateGroups);
    formFields = Set.copyOf(formFields);
  }
}
