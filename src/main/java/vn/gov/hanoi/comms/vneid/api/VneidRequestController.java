package vn.gov.hanoi.comms.vneid.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.files.StoredFileRepository;
import vn.gov.hanoi.comms.files.Upload;
import vn.gov.hanoi.comms.security.CurrentUser;
import vn.gov.hanoi.comms.security.CurrentUserResolver;
import vn.gov.hanoi.comms.vneid.RoundRecord;
import vn.gov.hanoi.comms.vneid.VneidAccess;
import vn.gov.hanoi.comms.vneid.VneidRequestFilter;
import vn.gov.hanoi.comms.vneid.VneidRequestRecord;
import vn.gov.hanoi.comms.vneid.VneidRequestRepository;
import vn.gov.hanoi.comms.vneid.VneidRequestService;
import vn.gov.hanoi.comms.vneid.VneidSubmission;
import vn.gov.hanoi.comms.vneid.letter.LetterKind;
import vn.gov.hanoi.comms.vneid.letter.LetterRecord;
import vn.gov.hanoi.comms.vneid.letter.LetterService;

@Tag(name = "VNeID – Loa phường", description = "Đề nghị đăng tin trên ứng dụng VNeID")
@RestController
@RequestMapping("/api/vneid/requests")
public class VneidRequestController {
  private final VneidRequestService service;
  private final VneidRequestRepository repository;
  private final VneidRequestViews views;
  private final VneidAccess access;
  private final CurrentUserResolver users;
  private final LetterService letters;
  private final StoredFileRepository files;
  private final ArticlePreviewPage previewPage;

  public VneidRequestController(
      VneidRequestService service,
      VneidRequestRepository repository,
      VneidRequestViews views,
      VneidAccess access,
      CurrentUserResolver users,
      LetterService letters,
      StoredFileRepository files,
      ArticlePreviewPage previewPage) {
    this.service = service;
    this.repository = repository;
    this.views = views;
    this.access = access;
    this.users = users;
    this.letters = letters;
    this.files = files;
    this.previewPage = previewPage;
  }

  // The JSON part is read as bytes, with or without a file name (curl -F
  // 'request={...};type=application/json' sends
  // none; -F 'request=@file.json' sends one): a MultipartFile parameter would only see parts that
  // name a file.
  @Operation(
      summary = "Gửi đề nghị đăng tin (V-STEP-1)",
      description =
          "Multipart: part `request` (JSON), part `featuredImage` (JPEG/PNG/WebP), optional `attachments`. "
              + "Every fault is listed in the problem's `errors`; nothing is stored when refused.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> submit(
      @RequestPart(value = "request", required = false) byte[] request,
      @RequestPart(value = "featuredImage", required = false) MultipartFile featuredImage,
      @RequestPart(value = "attachments", required = false) List<MultipartFile> attachments)
      throws IOException {
    CurrentUser user = users.current();
    SubmissionJson json = SubmissionParser.read(request);
    String defaultUnit = user.unitCodes().size() == 1 ? user.unitCodes().get(0) : null;
    VneidSubmission submission =
        new VneidSubmission(
            SubmissionParser.toDraft(json, defaultUnit),
            upload(featuredImage),
            uploads(attachments));
    VneidRequestRecord r = service.submit(user, submission);
    return ResponseEntity.created(URI.create("/api/vneid/requests/" + r.id()))
        .body(Map.of("id", r.id(), "status", r.status().name()));
  }

  @Operation(
      summary = "Địa bàn đơn vị được chọn để đăng tin (V-ROUTE-3)",
      description =
          "The areas the caller's unit may target, by name: its own home area and the areas inside it (the "
              + "whole city for a city-level unit). The start form offers these instead of GSO codes to type.")
  @GetMapping("/jurisdiction")
  public List<Map<String, String>> jurisdiction(
      @RequestParam(value = "unit", required = false) String unitCode) {
    CurrentUser user = users.current();
    String unit =
        unitCode != null ? unitCode : user.unitCodes().size() == 1 ? user.unitCodes().get(0) : null;
    if (unit == null || !user.unitCodes().contains(unit)) {
      throw new NotFoundException("Tài khoản không thuộc đơn vị " + (unit == null ? "nào" : unit));
    }
    return service.jurisdiction(unit).stream()
        .map(a -> Map.of("code", a.code(), "name", a.name(), "level", a.level().name()))
        .toList();
  }

  @Operation(
      summary = "Các đề nghị của đơn vị mình",
      description =
          "Newest first; status (one of VneidStatus), from/to (ISO-8601 with offset, submission time, to "
              + "exclusive) narrow it; paged with page/size (default 100, at most 500), total in "
              + "X-Total-Count, next page in Link.")
  @GetMapping
  public ResponseEntity<List<VneidRequestView>> mine(@ParameterObject VneidRequestQuery query) {
    Paging paging = query.paging();
    VneidRequestFilter filter = query.filter();
    CurrentUser user = users.current();
    List<VneidRequestView> rows =
        views.page(repository.findByUnits(user.unitCodes(), filter, paging));
    return paging.answer(rows, repository.countByUnits(user.unitCodes(), filter));
  }

  @Operation(summary = "Trạng thái, cơ quan tiếp nhận, người phê duyệt và lịch sử các vòng (P-3)")
  @GetMapping("/{id}")
  public VneidRequestView get(@PathVariable long id) {
    return views.of(readable(id));
  }

  @Operation(
      summary = "Gửi lại đề nghị đã chỉnh sửa (V-STEP-4)",
      description =
          "Same parts as the submission; `featuredImage` may be left out to keep the previous one.")
  @PutMapping(value = "/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Map<String, Object> resubmit(
      @PathVariable long id,
      @RequestPart(value = "request", required = false) byte[] request,
      @RequestPart(value = "featuredImage", required = false) MultipartFile featuredImage,
      @RequestPart(value = "attachments", required = false) List<MultipartFile> attachments)
      throws IOException {
    CurrentUser user = users.current();
    VneidRequestRecord existing = service.require(id);
    SubmissionJson json = SubmissionParser.read(request);
    VneidSubmission submission =
        new VneidSubmission(
            SubmissionParser.toDraft(json, existing.unitCode()),
            upload(featuredImage),
            uploads(attachments));
    VneidRequestRecord r = service.resubmit(user, id, submission, json.revisionNote());
    return Map.of("id", r.id(), "status", r.status().name(), "round", r.currentRound());
  }

  @Operation(summary = "Rút đề nghị (V-STEP-4)")
  @PostMapping("/{id}/withdraw")
  public Map<String, Object> withdraw(@PathVariable long id) {
    VneidRequestRecord r = service.withdraw(users.current(), id);
    return Map.of("id", r.id(), "status", r.status().name());
  }

  // operationIds keep the published names (notice, noticePdf, noticePdfByFormat), as the paths do.
  @Operation(operationId = "notice", summary = "Văn bản thông báo (bản in) của một vòng")
  @GetMapping(value = "/{id}/notice/{round}", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> letter(
      @PathVariable long id,
      @PathVariable int round,
      @RequestParam(value = "kind", required = false) LetterKind kind) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(letters.render(letterOf(id, round, kind)));
  }

  @Operation(
      operationId = "noticePdf",
      summary = "Văn bản thông báo của một vòng dạng PDF (để in, ký)",
      description =
          "Also GET /{id}/notice/{round}?format=pdf. The same readers as the HTML notice (P-2); "
              + "A4, Decree 30/2020 layout, fonts embedded.")
  @GetMapping(value = "/{id}/notice/{round}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> letterPdf(
      @PathVariable long id,
      @PathVariable int round,
      @RequestParam(value = "kind", required = false) LetterKind kind) {
    LetterRecord n = letterOf(id, round, kind);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            "Content-Disposition",
            org.springframework.http.ContentDisposition.inline()
                .filename(LetterService.pdfFileName(n))
                .build()
                .toString())
        .body(letters.pdf(n));
  }

  @Operation(
      operationId = "noticePdfByFormat",
      summary = "Văn bản thông báo của một vòng dạng PDF (?format=pdf)")
  @GetMapping(
      value = "/{id}/notice/{round}",
      params = "format=pdf",
      produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> letterPdfByFormat(
      @PathVariable long id,
      @PathVariable int round,
      @RequestParam(value = "kind", required = false) LetterKind kind) {
    return letterPdf(id, round, kind);
  }

  private LetterRecord letterOf(long id, int round, LetterKind kind) {
    readable(id);
    return letters.forRequest(id).stream()
        .filter(x -> x.roundNo() == round && (kind == null || x.kind() == kind))
        .reduce((a, b) -> b)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "Không có văn bản thông báo cho vòng " + round + " của đề nghị " + id));
  }

  @Operation(summary = "Ảnh đại diện bài viết")
  @GetMapping("/{id}/image")
  public ResponseEntity<byte[]> image(
      @PathVariable long id, @RequestParam(value = "round", required = false) Integer round) {
    VneidRequestRecord r = readable(id);
    RoundRecord rr = repository.round(id, round == null ? r.currentRound() : round);
    var file = files.find(rr.featuredImageId()).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .cacheControl(CacheControl.noCache())
        .header("X-Content-Type-Options", "nosniff")
        .body(files.content(file.id()));
  }

  @Operation(
      summary = "Tệp đính kèm của đề nghị",
      description =
          "For everyone who may read the request (P-2); "
              + "always downloaded, never shown inline.")
  @GetMapping("/{id}/attachments/{fileId}")
  public ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long fileId) {
    VneidRequestRecord r = readable(id);
    boolean ofThisRequest =
        repository.rounds(id).stream()
            .anyMatch(rr -> repository.attachmentIds(id, rr.roundNo()).contains(fileId));
    var file =
        files
            .find(fileId)
            .filter(f -> ofThisRequest)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "Đề nghị " + r.id() + " không có tệp đính kèm " + fileId));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_OCTET_STREAM)
        .header(
            "Content-Disposition",
            org.springframework.http.ContentDisposition.attachment()
                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .body(files.content(file.id()));
  }

  /** An attachment of a round, to open or to keep when revising. */
  public record AttachmentLink(long id, String fileName, String url) {}

  /**
   * The current round as the revise form starts from it: the stored (sanitised) body, the window,
   * the image and the attachments.
   */
  public record CurrentRound(
      int round,
      String title,
      String summary,
      String bodyHtml,
      Instant publishFrom,
      Instant publishUntil,
      String imageUrl,
      List<AttachmentLink> attachments) {}

  @Operation(
      summary = "Nội dung vòng hiện tại (để chỉnh sửa, V-STEP-4)",
      description =
          "What Tasklist's revise form starts from: the sanitised body, the window, the image and "
              + "the attachments; for those who may read the request.")
  @GetMapping("/{id}/current-round")
  public CurrentRound currentRound(@PathVariable long id) {
    VneidRequestRecord r = readable(id);
    RoundRecord rr = repository.round(id, r.currentRound());
    List<AttachmentLink> links = new ArrayList<>();
    for (Long fileId : repository.attachmentIds(id, rr.roundNo())) {
      files
          .find(fileId)
          .ifPresent(
              f ->
                  links.add(
                      new AttachmentLink(
                          fileId,
                          f.fileName(),
                          "/api/vneid/requests/" + id + "/attachments/" + fileId)));
    }
    return new CurrentRound(
        rr.roundNo(),
        rr.title(),
        rr.summary(),
        rr.bodyHtml(),
        rr.publishFrom(),
        rr.publishUntil(),
        "/api/vneid/requests/" + id + "/image?round=" + rr.roundNo(),
        links);
  }

  @Operation(summary = "Bản xem trước bài viết (toàn văn đã lọc mã độc)")
  @GetMapping(value = "/{id}/preview", produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<String> preview(@PathVariable long id) {
    VneidRequestRecord r = readable(id);
    RoundRecord rr = repository.round(id, r.currentRound());
    String html = previewPage.html(id, rr);
    // The body was sanitised on the way in; a strict CSP makes sure nothing in it can run anyway.
    return ResponseEntity.ok()
        .header(
            "Content-Security-Policy",
            "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; img-src 'self' https:")
        .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
        .body(html);
  }

  private VneidRequestRecord readable(long id) {
    VneidRequestRecord r = service.require(id);
    access.requireRead(users.current(), r);
    return r;
  }

  private static Upload upload(MultipartFile f) throws IOException {
    return f == null || f.isEmpty()
        ? null
        : new Upload(f.getOriginalFilename(), f.getContentType(), f.getBytes());
  }

  private static List<Upload> uploads(List<MultipartFile> files) throws IOException {
    List<Upload> list = new ArrayList<>();
    if (files != null) {
      for (MultipartFile f : files) {
        if (f != null && !f.isEmpty()) {
          list.add(upload(f));
        }
      }
    }
    return list;
  }
}
