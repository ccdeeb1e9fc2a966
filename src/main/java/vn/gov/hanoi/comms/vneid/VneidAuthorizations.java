package vn.gov.hanoi.comms.vneid;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.security.FlowAuthorizations;

/** Every unit's staff start VNeID requests (and work on their own unit's revisions in Tasklist). */
@Component
public class VneidAuthorizations implements FlowAuthorizations {

  @Override
  public List<String> processesStartableBy(Organisation unit) {
    return List.of(VneidProcess.KEY);
  }
}
