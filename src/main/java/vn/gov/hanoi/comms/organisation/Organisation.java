package vn.gov.hanoi.comms.organisation;

import java.util.Objects;

/**
 * A unit (đơn vị) taking part in the flows, registered by an administrator.
 *
 * @param code stable ASCII code used in processes and by users ("SO-TUPHAP", "UBND-P-BADINH")
 * @param name official Vietnamese name
 * @param kind what sort of unit it is; the routing tables and the scope check read it
 * @param homeAreaCode GSO code of the area it serves, in the active area set
 * @param email official mailbox (văn thư) for notices
 * @param abbreviation its abbreviation in official letters' numbers ("STP", "UBND-BĐ")
 */
public record Organisation(
    String code,
    String name,
    OrganisationKind kind,
    String homeAreaCode,
    String email,
    String abbreviation) {

  public Organisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(homeAreaCode, "homeAreaCode");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(abbreviation, "abbreviation");
  }

  public Organisation withHomeArea(String areaCode) {
    return new Organisation(code, name, kind, areaCode, email, abbreviation);
  }
}
