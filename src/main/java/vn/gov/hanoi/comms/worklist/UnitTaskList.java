package vn.gov.hanoi.comms.worklist;

/**
 * A task list a flow adds for units, beside the lists every role has: the open steps of the flow's
 * process, sorted by deadline. The flow contributes it as a bean (vneid.VneidTaskLists), so that
 * worklist names no flow; {@link TasklistFilters} stores it and shows it to unit groups.
 *
 * @param key the list's stable key (the filter property {@code hanoiFilter})
 * @param processDefinitionKey the process whose open steps the list shows
 */
public record UnitTaskList(
    String key,
    String name,
    String description,
    int priority,
    String color,
    String processDefinitionKey) {}
