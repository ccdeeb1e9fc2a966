package vn.gov.hanoi.comms.common;

/**
 * The order of the work a node does once started (each an {@code ApplicationRunner} with
 * {@code @Order(StartupOrder.X)}), in one place so that what depends on what can be read here:
 * models before anything starts a process, areas and units before the groups made from them, groups
 * before the demo's users act, the duplicate index before the demo sends notices.
 */
public final class StartupOrder {
  /** ModelDeployer: bpmn/, dmn/ and forms/ deployed (only what changed). */
  public static final int DEPLOY_MODELS = 0;

  /** FirstAdministrator: says loudly when no administrator exists yet. */
  public static final int CHECK_ADMINISTRATOR = 5;

  /** StartupData: the official area list and the chosen seed dataset, on an empty database. */
  public static final int AREAS_AND_UNITS = 10;

  /** IdentityProvisioner: Camunda groups and authorizations from the units and areas. */
  public static final int GROUPS_AND_AUTHORIZATIONS = 30;

  /** DuplicateService: the iHanoi duplicate index loaded from the notices in its time frame. */
  public static final int DUPLICATE_INDEX = 40;

  /** DemoData (demo profile): demo users and VNeID requests. */
  public static final int DEMO_VNEID = 50;

  /** IhanoiDemoData (demo profile): iHanoi users and notices; needs the duplicate index. */
  public static final int DEMO_IHANOI = 60;

  /** DemoWeeklyReport (demo profile): a report of the demo's week. */
  public static final int DEMO_REPORT = 70;

  /**
   * CadenceStartupCheck: the iHanoi cadence reminders, current from the start; after the units,
   * groups and the demo's notices (a body the demo just served is not behind).
   */
  public static final int CADENCE_CHECK = 80;

  /** StartupBanner (demo profile): the URLs and users, printed last. */
  public static final int BANNER = 1000;

  private StartupOrder() {}
}
