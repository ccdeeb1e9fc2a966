package vn.gov.hanoi.comms.ihanoi;

import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.security.Groups;

/**
 * Who issues, edits and approves a notice, from the issuing organisation (I-LEVEL-1..3): a city
 * department's notice is city level for the whole city ("01") and approved by the City Office's
 * Electronic Information Centre; a committee's is for its home area and approved by the committee.
 */
public record IssuingBody(String organisationCode, NoticeLevel level, String areaCode) {

  public static IssuingBody of(Organisation org, NoticeLevel level, AreaTree tree) {
    String area = level == NoticeLevel.CITY ? tree.city().code() : org.homeAreaCode();
    return new IssuingBody(org.code(), level, area);
  }

  /** The body that issued a stored notice, from what was recorded with it. */
  public static IssuingBody of(NoticeRecord n) {
    return new IssuingBody(n.organisationCode(), n.level(), n.areaCode());
  }

  public String editorGroup() {
    return Groups.editor(organisationCode);
  }

  public String approverGroup() {
    return level == NoticeLevel.CITY
        ? Groups.IHANOI_CITY_APPROVER
        : Groups.approver(organisationCode);
  }
}
