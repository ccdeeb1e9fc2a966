package vn.gov.hanoi.comms.security;

/**
 * Names of the Camunda identity groups. A group stands for a role in an area or a unit, so that
 * candidate groups in the models follow jurisdiction (P-2): a district's officers only ever see
 * their district's work.
 */
public final class Groups {
  public static final String ADMIN = "camunda-admin";

  /**
   * PC06, the administrative-police division of the City Police: appraises city-level requests
   * (V-ROUTE-2).
   */
  public static final String PC06_APPRAISAL = "pc06-appraisal";

  /** The City Police Director: approves city scope, endorses national scope (V-STEP-3). */
  public static final String CITY_POLICE_DIRECTOR = "city-police-director";

  /** C06, the Ministry's department: approves national scope (V-ROUTE-4). */
  public static final String C06_APPROVER = "c06-approver";

  /**
   * The City Office's Electronic Information Centre: approves and sends city-level iHanoi notices
   * (I-LEVEL-1).
   */
  public static final String IHANOI_CITY_APPROVER = "ihanoi-city-approver";

  /**
   * The PC06 leadership: told when a police chief's approval, or a commune police appraisal, is
   * overdue (D-2).
   */
  public static final String PC06_LEADER = "pc06-leader";

  private static final String UNIT_PREFIX = "unit-";
  private static final String DISTRICT_APPRAISAL_PREFIX = "police-appraisal-";
  private static final String DISTRICT_CHIEF_PREFIX = "police-chief-";
  private static final String IHANOI_EDITOR_PREFIX = "ihanoi-editor-";
  private static final String IHANOI_APPROVER_PREFIX = "ihanoi-approver-";
  private static final String LEADER_PREFIX = "leader-";

  private Groups() {}

  /** Staff of one unit (đơn vị): submit, revise and withdraw that unit's requests. */
  public static String unit(String organisationCode) {
    return UNIT_PREFIX + organisationCode;
  }

  /**
   * Officers of an area's police who appraise (V-ROUTE-1, V-STEP-2): a district's on a three-level
   * list, a commune's on today's two-level list, when the routing table names them
   * (dmn/vneid-routing.dmn).
   */
  public static String districtAppraisal(String districtCode) {
    return DISTRICT_APPRAISAL_PREFIX + districtCode;
  }

  /**
   * The chief of an area's police (district, or commune on a two-level list), when the routing
   * table names them (V-STEP-3).
   */
  public static String districtChief(String districtCode) {
    return DISTRICT_CHIEF_PREFIX + districtCode;
  }

  /** Editors of an issuing body's iHanoi notices (I-LEVEL-1..3). */
  public static String editor(String organisationCode) {
    return IHANOI_EDITOR_PREFIX + organisationCode;
  }

  /** Approvers of a people's committee's own iHanoi notices (I-LEVEL-2, I-LEVEL-3). */
  public static String approver(String organisationCode) {
    return IHANOI_APPROVER_PREFIX + organisationCode;
  }

  /**
   * A unit's leaders: told when the unit's own step (a revision, an iHanoi notice) is overdue
   * (D-2).
   */
  public static String leader(String organisationCode) {
    return LEADER_PREFIX + organisationCode;
  }

  /** The area of an area police group ("police-chief-001" → "001"), or null for any other group. */
  public static String policeAreaOf(String groupId) {
    if (groupId == null) {
      return null;
    }
    for (String prefix : new String[] {DISTRICT_APPRAISAL_PREFIX, DISTRICT_CHIEF_PREFIX}) {
      if (groupId.startsWith(prefix)) {
        return groupId.substring(prefix.length());
      }
    }
    return null;
  }

  static boolean isUnitGroup(String groupId) {
    return groupId.startsWith(UNIT_PREFIX);
  }

  static String unitCodeOf(String groupId) {
    return groupId.substring(UNIT_PREFIX.length());
  }
}
