package vn.gov.hanoi.comms.worklist;

import java.util.List;

/**
 * The process variables every task list shows on a task's card, in order, with their labels. The
 * package that sets them contributes them as a bean (deadline.TaskCardColumns), so that worklist
 * names no other package's variables.
 */
public record CardColumns(List<Column> columns) {
  public CardColumns {
    columns = List.copyOf(columns);
  }

  /** One card variable: its name in the process and its label in Tasklist. */
  public record Column(String variable, String label) {}
}
