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
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaLevel;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.organisation.OrganisationKind;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.ihanoi.IhanoiProcess;
import vn.gov.hanoi.comms.vneid.VneidProcess;

/**
 * Creates, in Camunda's identity service, a group per role and area and a group per unit, from the
 * organisations and the area tree, with the authorizations each needs in Tasklist. Users are then
 * managed in Camunda Admin by adding them to these groups. Idempotent: runs at every start, and again
 * after an area import.
 */
@Component
@Order(30)
public class IdentityProvisioner implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(IdentityProvisioner.class);
  static final String TYPE = "WORKFLOW";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final AreaService areaService;
  private final OrganisationService organisationService;

  public IdentityProvisioner(IdentityService identityService, AuthorizationService authorizationService,
      AreaService areaService, OrganisationService organisationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.areaService = areaService;
    this.organisationService = organisationService;
  }

  @Override
  public void run(ApplicationArguments args) {
    provision();
  }

  /** A newly activated area list may bring new districts: their police groups are created now. */
  @org.springframework.context.event.EventListener
  public void onAreaSetActivated(vn.gov.hanoi.comms.area.AreaController.AreaSetActivated event) {
    provision();
  }

  public synchronized void provision() {
    List<String> created = new ArrayList<>();
    for (Organisation org : organisationService.findAll()) {
      String group = Groups.unit(org.code());
      ensureGroup(group, org.name(), created);
      // A unit's staff start requests and work on their own unit's revisions in Tasklist.
      grant(group, Resources.PROCESS_DEFINITION, VneidProcess.KEY,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
      grantTasklist(group);
      provisionIhanoi(org, group, created);
    }
    for (Area district : areaService.currentTree().all()) {
      if (district.level() != AreaLevel.DISTRICT) {
        continue;
      }
      ensureGroup(Groups.districtAppraisal(district.code()), "Công an " + district.name() + " – cán bộ thẩm định", created);
      ensureGroup(Groups.districtChief(district.code()), "Trưởng Công an " + district.name(), created);
      grantTasklist(Groups.districtAppraisal(district.code()));
      grantTasklist(Groups.districtChief(district.code()));
    }
    ensureGroup(Groups.PC06_APPRAISAL, "Phòng PC06 Công an Thành phố – cán bộ thẩm định", created);
    ensureGroup(Groups.CITY_POLICE_DIRECTOR, "Giám đốc Công an Thành phố Hà Nội", created);
    ensureGroup(Groups.C06_APPROVER, "Cục C06 Bộ Công an – phê duyệt toàn quốc", created);
    ensureGroup(Groups.IHANOI_CITY_APPROVER, "Trung tâm Thông tin điện tử – Văn phòng UBND Thành phố (duyệt tin iHanoi)", created);
    for (String g : List.of(Groups.PC06_APPRAISAL, Groups.CITY_POLICE_DIRECTOR, Groups.C06_APPROVER,
        Groups.IHANOI_CITY_APPROVER)) {
      grantTasklist(g);
    }
    if (!created.isEmpty()) {
      log.info("Created {} Camunda groups from organisations and areas", created.size());
    }
  }

  /** iHanoi (I-LEVEL): every issuing body has editors; committees approve their own notices. */
  private void provisionIhanoi(Organisation org, String unitGroup, List<String> created) {
    boolean committee = org.kind() == OrganisationKind.DISTRICT_COMMITTEE || org.kind() == OrganisationKind.COMMUNE_COMMITTEE;
    if (!committee && org.kind() != OrganisationKind.CITY_DEPARTMENT && org.kind() != OrganisationKind.CITY_OFFICE) {
      return;
    }
    grant(unitGroup, Resources.PROCESS_DEFINITION, IhanoiProcess.KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    ensureGroup(Groups.editor(org.code()), org.name() + " – biên tập tin iHanoi", created);
    grantTasklist(Groups.editor(org.code()));
    if (committee) {
      ensureGroup(Groups.approver(org.code()), org.name() + " – duyệt tin iHanoi", created);
      grantTasklist(Groups.approver(org.code()));
    }
  }

  private void ensureGroup(String id, String name, List<String> created) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group g = identityService.newGroup(id);
      g.setName(name.length() > 255 ? name.substring(0, 255) : name);
      g.setType(TYPE);
      identityService.saveGroup(g);
      created.add(id);
    }
  }

  /** Tasklist access, the shared task filters, and the models' definitions (for forms and diagrams). */
  private void grantTasklist(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.FILTER, "*", Permissions.READ);
    grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
    grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
  }

  private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizationService.createAuthorizationQuery()
        .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
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
