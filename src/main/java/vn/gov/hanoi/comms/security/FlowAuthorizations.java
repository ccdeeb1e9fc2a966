package vn.gov.hanoi.comms.security;

import java.util.List;
import vn.gov.hanoi.comms.organisation.Organisation;

/**
 * What a flow contributes to the rights {@link IdentityProvisioner} grants: the process definitions
 * a unit's staff may start (READ and CREATE_INSTANCE for the unit's group). Each flow answers for
 * its own processes, so security names none of them.
 */
public interface FlowAuthorizations {

  /**
   * Keys of the process definitions the staff of {@code unit} may start; empty when the flow is not
   * theirs.
   */
  List<String> processesStartableBy(Organisation unit);
}
