package vn.gov.hanoi.comms.vneid;

import java.util.List;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;

/**
 * What a unit sends: the article and its request letter (V-REQ), the featured image and
 * attachments.
 */
public record VneidSubmission(ArticleDraft draft, Upload featuredImage, List<Upload> attachments) {
  public VneidSubmission {
    attachments = attachments == null ? List.of() : List.copyOf(attachments);
  }
}
