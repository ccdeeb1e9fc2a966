package vn.gov.hanoi.comms.vneid;

import org.springframework.stereotype.Component;
import vn.gov.hanoi.comms.publication.PublicationSource;

/**
 * How publication names a VNeID article in its errors and alerts (O-FAIL-1): the operators are
 * alerted by publication itself; the unit hears of its article through the request's status.
 */
@Component
public class ArticlePublicationSource implements PublicationSource {
  private final VneidRequestRepository requests;

  public ArticlePublicationSource(VneidRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  public String source() {
    return ArticlePublication.SOURCE;
  }

  @Override
  public String describe(long requestId) {
    return "bài Loa phường VNeID của đề nghị số "
        + requestId
        + requests.find(requestId).map(r -> " (đơn vị " + r.unitCode() + ")").orElse("");
  }
}
