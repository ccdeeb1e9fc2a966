package vn.gov.hanoi.comms.worklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The task lists officials start from in Tasklist, created at every start and kept as defined here
 * (an edited definition replaces the stored one; filters are found by the property {@code
 * hanoiFilter}): my work, my unit's, overdue, due soon (all sorted by deadline, D-1), and for units
 * the open steps of the flows' processes ({@link UnitTaskList}, each contributed by its flow, e.g.
 * vneid.VneidTaskLists: worklist names no flow). Each shows the card variables (unit, round,
 * deadline, notice: {@link CardColumns}, contributed by deadline.TaskCardColumns). Which roles see
 * which list: {@link #forGroup(String)}; IdentityProvisioner grants them.
 */
@Component
public class TasklistFilters {
  private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
  static final String KEY = "hanoiFilter";

  /**
   * The filter Camunda's starter used to create ("Tất cả việc của tôi"): replaced by {@link #MINE}.
   */
  static final String CAMUNDA_DEFAULT_NAME = "Tất cả việc của tôi";

  public static final String MINE = "mine";
  public static final String UNIT = "unit";
  public static final String OVERDUE = "overdue";
  public static final String DUE_SOON = "due-soon";

  private record Definition(
      String key, String name, String description, int priority, String color, TaskQuery query) {}

  private final FilterService filters;
  private final TaskService tasks;
  private final List<UnitTaskList> unitLists;
  private final CardColumns card;
  private volatile Map<String, String> ids;

  public TasklistFilters(
      FilterService filters, TaskService tasks, List<UnitTaskList> unitLists, CardColumns card) {
    this.filters = filters;
    this.tasks = tasks;
    this.unitLists = List.copyOf(unitLists);
    this.card = card;
  }

  private List<Definition> definitions() {
    List<Definition> all = new ArrayList<>(everyRolesLists());
    for (UnitTaskList l : unitLists) {
      all.add(
          new Definition(
              l.key(),
              l.name(),
              l.description(),
              l.priority(),
              l.color(),
              tasks
                  .createTaskQuery()
                  .processDefinitionKey(l.processDefinitionKey())
                  .orderByDueDate()
                  .asc()));
    }
    return all;
  }

  private List<Definition> everyRolesLists() {
    return List.of(
        new Definition(
            MINE,
            "Việc của tôi",
            "Việc chưa ai nhận của nhóm tôi và việc tôi đã nhận, hạn gần nhất trước",
            -10,
            "#2b7bb9",
            // My groups' tasks, unclaimed or claimed by me. The same tasks as "assignee = me OR
            // unclaimed candidate of my groups": the guard lets only a member of a task's group
            // claim it or be assigned it (EngineGuard), so a task I hold is one of my groups'. The
            // OR now stays inside ACT_RU_TASK, joined on the group index, instead of spanning the
            // left-joined identity links, which made PostgreSQL read both tables whole (issue 14).
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .or()
                .taskUnassigned()
                .taskAssigneeExpression("${currentUser()}")
                .endOr()
                .orderByDueDate()
                .asc()),
        new Definition(
            UNIT,
            "Của đơn vị tôi",
            "Mọi việc của nhóm tôi, kể cả việc đồng nghiệp đã nhận",
            0,
            "#555555",
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .orderByDueDate()
                .asc()),
        new Definition(
            OVERDUE,
            "Quá hạn",
            "Việc của nhóm tôi đã quá hạn xử lý",
            5,
            "#c9302c",
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .dueBeforeExpression("${now()}")
                .orderByDueDate()
                .asc()),
        new Definition(
            DUE_SOON,
            "Sắp đến hạn",
            "Việc của nhóm tôi đến hạn trong 2 ngày tới",
            6,
            "#ec971f",
            tasks
                .createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .dueAfterExpression("${now()}")
                .dueBeforeExpression("${dateTime().plusDays(2).toDate()}")
                .orderByDueDate()
                .asc()));
  }

  /**
   * The keys of the lists a group's members see: units also see their requests' steps (the flows'
   * {@link UnitTaskList}s).
   */
  public List<String> forGroup(String groupId) {
    List<String> keys = new ArrayList<>(List.of(MINE, UNIT, OVERDUE, DUE_SOON));
    if (groupId.startsWith("unit-")) {
      unitLists.forEach(l -> keys.add(l.key()));
    }
    return keys;
  }

  /** Creates or updates every list; returns their ids by key. Idempotent. */
  public synchronized Map<String, String> ensure() {
    Map<String, String> byKey = new LinkedHashMap<>();
    List<Filter> existing = filters.createTaskFilterQuery().list();
    for (Filter f : existing) {
      if (CAMUNDA_DEFAULT_NAME.equals(f.getName())
          && f.getProperties() != null
          && !f.getProperties().containsKey(KEY)) {
        filters.deleteFilter(f.getId());
        log.info(
            "Replaced Tasklist's default filter '{}' by the product's lists", CAMUNDA_DEFAULT_NAME);
      }
    }
    for (Definition d : definitions()) {
      Filter f =
          existing.stream()
              .filter(x -> x.getProperties() != null && d.key().equals(x.getProperties().get(KEY)))
              .findFirst()
              .orElseGet(filters::newTaskFilter);
      f.setName(d.name());
      f.setQuery(d.query());
      f.setProperties(properties(d));
      byKey.put(d.key(), filters.saveFilter(f).getId());
    }
    ids = byKey;
    return byKey;
  }

  /** The stored id of a list (after {@link #ensure()}). */
  public String idOf(String key) {
    Map<String, String> known = ids == null ? ensure() : ids;
    return known.get(key);
  }

  private Map<String, Object> properties(Definition d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(KEY, d.key());
    p.put("description", d.description());
    p.put("priority", d.priority());
    p.put("color", d.color());
    p.put("refresh", true);
    p.put(
        "variables",
        card.columns().stream()
            .map(c -> Map.of("name", c.variable(), "label", c.label()))
            .toList());
    return p;
  }
}
