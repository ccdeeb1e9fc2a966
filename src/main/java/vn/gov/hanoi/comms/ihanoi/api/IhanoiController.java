package vn.gov.hanoi.comms.ihanoi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.area.AreaService;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.ihanoi.CadenceService;
import vn.gov.hanoi.comms.ihanoi.DuplicateFinding;
import vn.gov.hanoi.comms.ihanoi.DuplicateService;
import vn.gov.hanoi.comms.ihanoi.IhanoiNoticeService;
import vn.gov.hanoi.comms.ihanoi.NoticeContentChecks;
import vn.gov.hanoi.comms.ihanoi.NoticeConversation;
import vn.gov.hanoi.comms.ihanoi.NoticeDraft;
import vn.gov.hanoi.comms.ihanoi.NoticeLevel;
import vn.gov.hanoi.comms.ihanoi.NoticeRecord;
import vn.gov.hanoi.comms.screening.PreCheckRow;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

@Tag(name = "iHanoi", description = "Thông tin cảnh báo, truyền thông trên iHanoi")
@RestController
@RequestMapping("/api/ihanoi")
public class IhanoiController {
  private static final int MAX_CHECK_TEXT = 20_000;

  private final IhanoiNoticeService notices;
  private final DuplicateService duplicates;
  private final CadenceService cadence;
  private final AreaService areas;
  private final CurrentUserResolver users;
  private final NoticeContentChecks contentChecks;
  private final NoticeConversation conversation;

  public IhanoiController(
      IhanoiNoticeService notices,
      DuplicateService duplicates,
      CadenceService cadence,
      AreaService areas,
      CurrentUserResolver users,
      NoticeContentChecks contentChecks,
      NoticeConversation conversation) {
    this.contentChecks = contentChecks;
    this.conversation = conversation;
    this.notices = notices;
    this.duplicates = duplicates;
    this.cadence = cadence;
    this.areas = areas;
    this.users = users;
  }

  public record CreateJson(
      String organisationCode,
      String level,
      String areaCode,
      String title,
      String body,
      String topic,
      String urgency,
      Instant validUntil) {}

  /**
   * A notice; {@code preChecks} are the results of its latest content check before approval
   * (personal data, links, event dates), their body offsets counting in {@code bodyText}.
   */
  public record NoticeView(
      long id,
      String organisationCode,
      String level,
      String areaCode,
      String title,
      String bodyHtml,
      String topic,
      String urgency,
      Instant validUntil,
      String status,
      Instant approvedAt,
      Instant sentAt,
      String overrideReason,
      String overrideBy,
      List<PreCheckRow> preChecks,
      String bodyText,
      List<NoticeConversation.Decision> decisions,
      List<NoticeConversation.Finding> duplicateFindings) {
    static NoticeView of(
        NoticeRecord n,
        List<PreCheckRow> preChecks,
        List<NoticeConversation.Decision> decisions,
        List<NoticeConversation.Finding> duplicateFindings) {
      return new NoticeView(
          n.id(),
          n.organisationCode(),
          n.level().name(),
          n.areaCode(),
          n.title(),
          n.bodyHtml(),
          n.topic().name(),
          n.urgency().name(),
          n.validUntil(),
          n.status().name(),
          n.approvedAt(),
          n.sentAt(),
          n.overrideReason(),
          n.overrideBy(),
          preChecks,
          NoticeContentChecks.bodyText(n),
          decisions,
          duplicateFindings);
    }
  }

  public record CheckJson(String level, String areaCode, String title, String body) {}

  public record MatchView(
      long noticeId,
      String level,
      String areaCode,
      Instant sentAt,
      double similarity,
      double containment) {}

  public record CheckResult(boolean duplicate, List<MatchView> matches) {}

  @Operation(
      summary = "Tạo tin iHanoi (I-LEVEL)",
      description =
          "Level and area follow from the issuing organisation; "
              + "every fault is listed in `errors`; nothing is stored when refused.")
  @PostMapping("/notices")
  public ResponseEntity<Map<String, Object>> create(@RequestBody CreateJson json) {
    NoticeRecord n =
        notices.create(
            users.current(),
            new NoticeDraft(
                json.organisationCode(),
                json.level(),
                json.areaCode(),
                json.title(),
                json.body(),
                json.topic(),
                json.urgency(),
                json.validUntil()));
    return ResponseEntity.created(URI.create("/api/ihanoi/notices/" + n.id()))
        .body(Map.of("id", n.id(), "status", n.status().name()));
  }

  @Operation(
      summary = "Xem một tin iHanoi (P-2, I-TALK-1)",
      description =
          "With `decisions` (every step's decision: who, what, the note, when) and "
              + "`duplicateFindings` (the earlier notices it repeated, with similarity), oldest first.")
  @GetMapping("/notices/{id}")
  public NoticeView read(@PathVariable long id) {
    NoticeRecord n = notices.read(users.current(), id);
    return NoticeView.of(
        n, contentChecks.latest(n.id()), conversation.decisions(n), conversation.findings(n));
  }

  @Operation(summary = "Rút tin trước khi gửi")
  @PostMapping("/notices/{id}/withdraw")
  public Map<String, Object> withdraw(@PathVariable long id) {
    NoticeRecord n = notices.withdraw(users.current(), id);
    return Map.of("id", n.id(), "status", n.status().name());
  }

  @Operation(
      summary = "Kiểm tra trùng lặp một bản nháp với tin cấp trên (I-DEDUP)",
      description =
          "Creates nothing. A city-level draft has no level above it and is never a duplicate.")
  @PostMapping("/duplicates/check")
  public CheckResult check(@RequestBody CheckJson json) {
    AreaTree tree = areas.currentTree();
    List<FieldError> errors = new ArrayList<>();
    NoticeLevel level = null;
    try {
      level = json.level() == null ? null : NoticeLevel.valueOf(json.level());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (level == null) {
      errors.add(new FieldError("level", "Cấp phải là CITY, DISTRICT hoặc COMMUNE"));
    }
    if (json.areaCode() == null || tree.find(json.areaCode()).isEmpty()) {
      errors.add(new FieldError("areaCode", "Mã địa bàn không tồn tại: " + json.areaCode()));
    }
    if (json.body() == null || json.body().isBlank()) {
      errors.add(new FieldError("body", "Nội dung không được để trống"));
    } else if (json.body().length() > MAX_CHECK_TEXT) {
      errors.add(new FieldError("body", "Nội dung tối đa 20.000 ký tự"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Yêu cầu kiểm tra không hợp lệ", errors);
    }
    List<DuplicateFinding> found =
        duplicates.check(
            -1,
            level,
            json.areaCode(),
            json.title() == null ? "" : json.title(),
            json.body(),
            List.of());
    return new CheckResult(
        !found.isEmpty(),
        found.stream()
            .map(
                f ->
                    new MatchView(
                        f.earlierId(),
                        f.earlierLevel().name(),
                        f.earlierAreaCode(),
                        f.earlierSentAt(),
                        f.similarity(),
                        f.containment()))
            .toList());
  }

  @Operation(
      summary = "Chu kỳ gửi tin của từng đơn vị (I-CADENCE-1)",
      description =
          "Furthest behind first, then the city departments; paged with page/size (default 100, at most "
              + "500), total in X-Total-Count, next page in Link (3,960 bodies at national scale).")
  @GetMapping("/cadence")
  public ResponseEntity<List<CadenceRow>> cadence(
      @RequestParam(value = "page", required = false) String page,
      @RequestParam(value = "size", required = false) String size) {
    Paging paging = Paging.of(page, size);
    List<CadenceRow> rows = cadence.report();
    int from = (int) Math.min(paging.offset(), rows.size());
    return paging.answer(
        rows.subList(from, Math.min(rows.size(), from + paging.size())), rows.size());
  }
}
