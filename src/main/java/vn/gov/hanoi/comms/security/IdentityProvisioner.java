package vn.gov.hanoi.comms.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.common.StartupOrder;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.worklist.TasklistFilters;

/**
 * Creates, in Camunda's identity service, a group per role and area and a group per unit, from the
 * organisations and the area tree, with the authorizations each needs in Tasklist. Users are then
 * managed in Camunda Admin by adding them to these groups. Idempotent: runs at every start, again
 * after an area list is activated and whenever an administrator registers, edits or imports units.
 */
@Component
@Order(StartupOrder.GROUPS_AND_AUTHORIZATIONS)
public class IdentityProvisioner implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(IdentityProvisioner.class);
  static final String TYPE = "WORKFLOW";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final AreaService areaService;
  private final OrganisationService organisationService;
  private final TasklistFilters filters;
  private final List<FlowAuthorizations> flows;
  private final JdbcClient jdbc;

  /**
   * Set when {@link #run} starts: changes before it (the start-up data) need no pass of their own.
   */
  private volatile boolean started;

  public IdentityProvisioner(
      IdentityService identityService,
      AuthorizationService authorizationService,
      AreaService areaService,
      OrganisationService organisationService,
      TasklistFilters filters,
      List<FlowAuthorizations> flows,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.filters = filters;
    this.flows = flows;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.areaService = areaService;
    this.organisationService = organisationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    started = true; // from now on every change provisions (synchronized: one pass at a time)
    provision();
  }

  /**
   * A newly activated area list may bring new districts or communes: their police groups are
   * created now.
   */
  @org.springframework.context.event.EventListener
  public void onAreaSetActivated(vn.gov.hanoi.comms.area.AreaSetActivated event) {
    if (started) {
      provision();
    }
  }

  /** A unit registered, edited or imported by an administrator gets its groups at once. */
  @org.springframework.context.event.EventListener
  public void onOrganisationsChanged(vn.gov.hanoi.comms.organisation.OrganisationsChanged event) {
    if (started) {
      provision();
    }
  }

  public synchronized void provision() {
    filters.ensure();
    // Tasklist's lists are granted per role now (worklist.TasklistFilters), no longer every filter
    // to every group.
    authorizationService
        .createAuthorizationQuery()
        .resourceType(Resources.FILTER)
        .resourceId("*")
        .list()
        .stream()
        .filter(a -> a.getGroupId() != null)
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    Existing existing = new Existing();
    List<String> created = new ArrayList<>();
    for (Organisation org : organisationService.findAll()) {
      String group = Groups.unit(org.code());
      ensureGroup(existing, group, org.name(), created);
      // A unit's staff start the processes each flow opens to them (FlowAuthorizations) and work on
      // their own unit's revisions in Tasklist.
      for (FlowAuthorizations flow : flows) {
        for (String key : flow.processesStartableBy(org)) {
          grant(
              existing,
              group,
              Resources.PROCESS_DEFINITION,
              key,
              ProcessDefinitionPermissions.READ,
              ProcessDefinitionPermissions.CREATE_INSTANCE);
        }
      }
      grant(existing, group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      grantTasklist(existing, group);
      // Its leaders are told when the unit's own step is overdue and follow it up (D-2,
      // dmn/step-deadlines.dmn).
      ensureGroup(existing, Groups.leader(org.code()), "Lãnh đạo " + org.name(), created);
      grantTasklist(existing, Groups.leader(org.code()));
      provisionIhanoi(existing, org, created);
    }
    // The routing tables name police groups by area: per district while the list has districts, per
    // commune
    // on the two-level list (commune police report to the City Police; a table may make them
    // appraise).
    for (Area area : localPoliceAreas(areaService.currentTree())) {
      ensureGroup(
          existing,
          Groups.districtAppraisal(area.code()),
          "Công an " + area.name() + " – cán bộ thẩm định",
          created);
      ensureGroup(
          existing, Groups.districtChief(area.code()), "Trưởng Công an " + area.name(), created);
      grantTasklist(existing, Groups.districtAppraisal(area.code()));
      grantTasklist(existing, Groups.districtChief(area.code()));
    }
    ensureGroup(
        existing,
        Groups.PC06_APPRAISAL,
        "Phòng PC06 Công an Thành phố – cán bộ thẩm định",
        created);
    ensureGroup(
        existing, Groups.CITY_POLICE_DIRECTOR, "Giám đốc Công an Thành phố Hà Nội", created);
    ensureGroup(existing, Groups.C06_APPROVER, "Cục C06 Bộ Công an – phê duyệt toàn quốc", created);
    ensureGroup(
        existing, Groups.PC06_LEADER, "Lãnh đạo Phòng PC06 – Công an Thành phố Hà Nội", created);
    ensureGroup(
        existing,
        Groups.IHANOI_CITY_APPROVER,
        "Trung tâm Thông tin điện tử – Văn phòng UBND Thành phố (duyệt tin iHanoi)",
        created);
    for (String g :
        List.of(
            Groups.PC06_APPRAISAL,
            Groups.CITY_POLICE_DIRECTOR,
            Groups.C06_APPROVER,
            Groups.IHANOI_CITY_APPROVER,
            Groups.PC06_LEADER)) {
      grantTasklist(existing, g);
    }
    if (!created.isEmpty()) {
      log.info("Created {} Camunda groups from organisations and areas", created.size());
    }
  }

  /**
   * The areas with police groups of their own: the districts, or the communes of a tree without
   * districts.
   */
  static List<Area> localPoliceAreas(vn.gov.hanoi.comms.area.AreaTree tree) {
    List<Area> districts =
        tree.all().stream().filter(a -> a.level() == AreaLevel.DISTRICT).toList();
    return districts.isEmpty()
        ? tree.all().stream().filter(a -> a.level() == AreaLevel.COMMUNE).toList()
        : districts;
  }

  /**
   * iHanoi (I-LEVEL): every issuing body has editors; committees approve their own notices. The
   * right to start a notice comes from the flow (FlowAuthorizations), with the unit's others.
   */
  private void provisionIhanoi(Existing existing, Organisation org, List<String> created) {
    boolean committee =
        org.kind() == OrganisationKind.DISTRICT_COMMITTEE
            || org.kind() == OrganisationKind.COMMUNE_COMMITTEE;
    if (!committee
        && org.kind() != OrganisationKind.CITY_DEPARTMENT
        && org.kind() != OrganisationKind.CITY_OFFICE) {
      return;
    }
    ensureGroup(
        existing, Groups.editor(org.code()), org.name() + " – biên tập tin iHanoi", created);
    grantTasklist(existing, Groups.editor(org.code()));
    if (committee) {
      ensureGroup(
          existing, Groups.approver(org.code()), org.name() + " – duyệt tin iHanoi", created);
      grantTasklist(existing, Groups.approver(org.code()));
    }
  }

  /**
   * The groups and group authorizations that exist, read once per run (two queries instead of one
   * per check), as their keys only: at national scale 16,000 groups and 155,000 grants, which the
   * engine's queries read as whole entities before readiness at every start (issue 14). Read from
   * Camunda's tables directly for that reason alone; every write goes through the engine's API.
   */
  private final class Existing {
    /**
     * Only the resource types granted here: a task's authorizations (one per open task) are not.
     */
    private static final List<Resource> TYPES =
        List.of(
            Resources.APPLICATION,
            Resources.FILTER,
            Resources.PROCESS_DEFINITION,
            Resources.PROCESS_INSTANCE,
            Resources.DEPLOYMENT);

    final java.util.Set<String> groups = new java.util.HashSet<>();
    final java.util.Set<String> grants = new java.util.HashSet<>();

    Existing() {
      groups.addAll(jdbc.sql("select ID_ from ACT_ID_GROUP").query(String.class).list());
      jdbc.sql(
              "select GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_ from ACT_RU_AUTHORIZATION"
                  + " where GROUP_ID_ is not null and RESOURCE_TYPE_ in (:types)")
          .param("types", TYPES.stream().map(Resource::resourceType).toList())
          .query((rs, i) -> grants.add(key(rs.getString(1), rs.getInt(2), rs.getString(3))))
          .list();
    }

    static String key(String group, int resourceType, String resourceId) {
      return group + "|" + resourceType + "|" + resourceId;
    }
  }

  private void ensureGroup(Existing existing, String id, String name, List<String> created) {
    if (existing.groups.add(id)) {
      Group g = identityService.newGroup(id);
      g.setName(name.length() > 255 ? name.substring(0, 255) : name);
      g.setType(TYPE);
      identityService.saveGroup(g);
      created.add(id);
    }
  }

  /**
   * Tasklist access, the role's task lists, and the models' definitions (for forms and diagrams).
   */
  private void grantTasklist(Existing existing, String group) {
    grant(existing, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String list : filters.forGroup(group)) {
      grant(existing, group, Resources.FILTER, filters.idOf(list), Permissions.READ);
    }
    grant(existing, group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
    grant(existing, group, Resources.DEPLOYMENT, "*", Permissions.READ);
  }

  private void grant(
      Existing existing,
      String group,
      Resource resource,
      String resourceId,
      Permission... permissions) {
    if (!existing.grants.add(Existing.key(group, resource.resourceType(), resourceId))) {
      return;
    }
    Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    a.setGroupId(group);
    a.setResource(resource);
    a.setResourceId(resourceId);
    for (Permission p : permissions) {
      a.addPermission(p);
    }
    authorizationService.saveAuthorization(a);
  }
}
