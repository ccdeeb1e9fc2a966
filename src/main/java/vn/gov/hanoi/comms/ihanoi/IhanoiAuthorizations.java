package vn.gov.hanoi.comms.ihanoi;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.organisation.Organisation;
import vn.gov.hanoi.comms.security.FlowAuthorizations;

/**
 * The staff of a body that issues iHanoi notices (I-LEVEL: departments, the City Office,
 * committees) start them.
 */
@Component
public class IhanoiAuthorizations implements FlowAuthorizations {

  @Override
  public List<String> processesStartableBy(Organisation unit) {
    return NoticeLevel.issuedBy(unit.kind()).isPresent() ? List.of(IhanoiProcess.KEY) : List.of();
  }
}
