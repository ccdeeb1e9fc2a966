package vn.gov.hanoi.comms.vneid.api;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;

/**
 * The article of a round as a page (GET /api/vneid/requests/{id}/preview). The layout is
 * templates/vneid/preview.html (Thymeleaf, typed texts escaped by th:text); this class computes its
 * model.
 */
@Component
class ArticlePreviewPage {
  static final String TEMPLATE = "vneid/preview";

  private final ITemplateEngine templates;
  private final VneidRequestRepository repository;
  private final StoredFileRepository files;

  ArticlePreviewPage(
      ITemplateEngine templates, VneidRequestRepository repository, StoredFileRepository files) {
    this.templates = templates;
    this.repository = repository;
    this.files = files;
  }

  /** What the page shows; {@code bodyHtml} is sanitised. */
  record Preview(
      long requestId,
      int round,
      String title,
      String summary,
      String bodyHtml,
      List<Attachment> attachments) {}

  record Attachment(long fileId, String fileName) {}

  String html(long requestId, RoundRecord round) {
    Context model = new Context(Locale.ROOT);
    model.setVariable(
        "p",
        new Preview(
            requestId,
            round.roundNo(),
            round.title(),
            round.summary(),
            // Sanitised on the way in already; cleaned again because the page inserts it as HTML.
            Jsoup.clean(round.bodyHtml(), Safelist.basicWithImages()),
            attachments(requestId, round.roundNo())));
    return templates.process(TEMPLATE, model);
  }

  private List<Attachment> attachments(long requestId, int round) {
    return repository.attachmentIds(requestId, round).stream()
        .flatMap(
            fileId -> files.find(fileId).map(f -> new Attachment(fileId, f.fileName())).stream())
        .toList();
  }
}
