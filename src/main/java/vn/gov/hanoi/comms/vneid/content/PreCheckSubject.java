package vn.gov.hanoi.comms.vneid.content;

import java.util.List;

/**
 * What the pre-checks look at: the draft, its featured image as inspected (null when missing or
 * refused) and the file names of its attachments.
 */
public record PreCheckSubject(
    ArticleDraft draft, ImageInfo featuredImage, List<String> attachmentNames) {

  public PreCheckSubject {
    attachmentNames =
        attachmentNames == null
            ? List.of()
            : attachmentNames.stream().filter(n -> n != null && !n.isBlank()).toList();
  }
}
