package vn.gov.hanoi.comms.organisation;

import java.util.Objects;

/**
 * A unit (đơn vị) taking part in the flows (SPEC A-4).
 *
 * @param code stable ASCII code used in processes and by users ("SO-TUPHAP", "UBND-P-TRUCBACH")
 * @param name official Vietnamese name
 * @param kind what sort of unit it is; decides routing and scope
 * @param homeAreaCode GSO code of the area it serves, in the active area set
 * @param email official mailbox (văn thư) for notices
 */
public record Organisation(String code, String name, OrganisationKind kind, String homeAreaCode, String email) {

  public Organisation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(homeAreaCode, "homeAreaCode");
    Objects.requireNonNull(email, "email");
  }
}
