package vn.gov.hanoi.comms.prechecks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.NotFoundException;
import vn.gov.hanoi.comms.common.web.Paging;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.organisation.OrganisationService;
import vn.gov.hanoi.comms.screening.PreCheckRow;
import vn.gov.hanoi.comms.screening.ReferenceDataRules;
import vn.gov.hanoi.comms.screening.Screener;
import vn.gov.hanoi.comms.security.CurrentUserResolver;

/**
 * The screening's reference data (allowed link hosts, numbers organisations publish: read by anyone
 * signed in, changed by administrators) and a dry run of the screening on a draft, which stores
 * nothing.
 */
@Tag(
    name = "Pre-checks",
    description = "Kiểm tra tự động: dữ liệu cá nhân, đường dẫn, ngày sự kiện")
@RestController
@RequestMapping("/api/prechecks")
public class ScreeningController {
  private static final Pattern HOST =
      Pattern.compile(
          "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

  /** A mobile (10 digits), a landline (11 digits, 02...), or a service number (1800/1900 ...). */
  private static final Pattern NUMBER =
      Pattern.compile("^(0[35789]\\d{8}|02\\d{9}|1[89]00\\d{4,6})$");

  private static final int MAX_TEXT = 60_000;

  private final ScreeningData data;
  private final OrganisationService organisations;
  private final CurrentUserResolver users;
  private final ProductClock clock;
  private final Screener screener = new Screener();

  public ScreeningController(
      ScreeningData data,
      OrganisationService organisations,
      CurrentUserResolver users,
      ProductClock clock) {
    this.data = data;
    this.organisations = organisations;
    this.users = users;
    this.clock = clock;
  }

  public record HostJson(String host, String note) {}

  public record NumberJson(String number, String label) {}

  public record DraftJson(
      String title,
      String summary,
      String bodyHtml,
      List<String> attachmentNames,
      Instant publishFrom,
      Instant publishUntil) {}

  public record DraftResult(List<PreCheckRow> findings, String bodyText) {}

  @Operation(
      summary = "Tên miền đường dẫn được phép",
      description = "A host allows itself and its subdomains.")
  @GetMapping("/allowed-hosts")
  public List<ScreeningData.AllowedHost> allowedHosts() {
    return data.allowedHosts();
  }

  @Operation(summary = "Thêm tên miền được phép (quản trị)")
  @PostMapping("/allowed-hosts")
  @Transactional
  public ResponseEntity<ScreeningData.AllowedHost> allowHost(@RequestBody HostJson json) {
    String by = admin();
    String host =
        json == null || json.host() == null ? "" : json.host().strip().toLowerCase(Locale.ROOT);
    List<FieldError> errors = new ArrayList<>();
    if (!HOST.matcher(host).matches() || host.length() > 253) {
      errors.add(new FieldError("host", "Tên miền không hợp lệ (ví dụ: hanoi.gov.vn): " + host));
    } else if (ReferenceDataRules.isShortener(host)) {
      errors.add(new FieldError("host", "Không cho phép dịch vụ rút gọn đường dẫn: " + host));
    }
    if (json != null && json.note() != null && json.note().length() > 300) {
      errors.add(new FieldError("note", "Ghi chú tối đa 300 ký tự"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tên miền không hợp lệ", errors);
    }
    data.allowHost(host, json.note(), by, clock.now());
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(new ScreeningData.AllowedHost(host, json.note()));
  }

  @Operation(summary = "Bỏ một tên miền khỏi danh sách được phép (quản trị)")
  @DeleteMapping("/allowed-hosts/{host}")
  @Transactional
  public ResponseEntity<Void> removeHost(@PathVariable String host) {
    admin();
    if (!data.removeHost(host)) {
      throw new NotFoundException("Không có tên miền " + host + " trong danh sách");
    }
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Số điện thoại công khai của một cơ quan, đơn vị",
      description = "Never reported as personal data, whoever the text names beside them.")
  @GetMapping("/published-numbers/{organisationCode}")
  public ResponseEntity<List<ScreeningData.PublishedNumber>> publishedNumbers(
      @PathVariable String organisationCode,
      @RequestParam(value = "page", required = false) String page,
      @RequestParam(value = "size", required = false) String size) {
    Paging paging = Paging.of(page, size);
    requireOrganisation(organisationCode);
    return paging.answer(
        data.publishedNumbers(organisationCode, paging),
        data.countPublishedNumbers(organisationCode));
  }

  @Operation(summary = "Thay danh sách số điện thoại công khai của một cơ quan, đơn vị (quản trị)")
  @PutMapping("/published-numbers/{organisationCode}")
  @Transactional
  public List<ScreeningData.PublishedNumber> replacePublishedNumbers(
      @PathVariable String organisationCode, @RequestBody List<NumberJson> numbers) {
    String by = admin();
    requireOrganisation(organisationCode);
    List<FieldError> errors = new ArrayList<>();
    List<ScreeningData.PublishedNumber> valid = new ArrayList<>();
    for (int i = 0; numbers != null && i < numbers.size(); i++) {
      NumberJson n = numbers.get(i);
      String national =
          n == null || n.number() == null ? "" : ReferenceDataRules.nationalNumber(n.number());
      if (!NUMBER.matcher(national).matches()) {
        errors.add(
            new FieldError(
                "[" + i + "].number",
                "Không phải số điện thoại Việt Nam: " + (n == null ? null : n.number())));
      } else if (n.label() != null && n.label().length() > 200) {
        errors.add(new FieldError("[" + i + "].label", "Tên số điện thoại tối đa 200 ký tự"));
      } else if (valid.stream().noneMatch(p -> p.number().equals(national))) {
        valid.add(new ScreeningData.PublishedNumber(organisationCode, national, n.label()));
      }
    }
    if (numbers == null) {
      errors.add(new FieldError("numbers", "Cần một danh sách (có thể rỗng)"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Danh sách số điện thoại không hợp lệ", errors);
    }
    data.replacePublishedNumbers(organisationCode, valid, by, clock.now());
    return data.publishedNumbers(organisationCode);
  }

  @Operation(
      summary = "Kiểm tra thử một bản nháp (không lưu)",
      description =
          "Personal data, links and event dates of a draft, as the reviewer would see them; offsets of the "
              + "body count in `bodyText`. Without publishFrom the window starts now.")
  @PostMapping("/screen")
  public DraftResult screen(@RequestBody DraftJson json) {
    List<FieldError> errors = new ArrayList<>();
    if (json == null) {
      throw new ValidationProblemException(
          "Bản nháp trống", List.of(new FieldError("bodyHtml", "Cần nội dung")));
    }
    int length = len(json.title()) + len(json.summary()) + len(json.bodyHtml());
    if (length == 0) {
      errors.add(new FieldError("bodyHtml", "Cần ít nhất tiêu đề, tóm tắt hoặc nội dung"));
    } else if (length > MAX_TEXT) {
      errors.add(new FieldError("bodyHtml", "Bản nháp tối đa 60.000 ký tự"));
    }
    Instant from = json.publishFrom() == null ? clock.now() : json.publishFrom();
    if (json.publishUntil() != null && json.publishUntil().isBefore(from)) {
      errors.add(new FieldError("publishUntil", "Thời điểm kết thúc phải sau thời điểm bắt đầu"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Bản nháp không hợp lệ", errors);
    }
    Screener.Result r =
        screener.screen(
            new Screener.Input(
                json.title(),
                json.summary(),
                json.bodyHtml(),
                json.attachmentNames(),
                from,
                json.publishUntil()),
            data.rules());
    return new DraftResult(r.findings().stream().map(PreCheckRow::of).toList(), r.bodyText());
  }

  private static int len(String s) {
    return s == null ? 0 : s.length();
  }

  private void requireOrganisation(String code) {
    if (organisations.find(code).isEmpty()) {
      throw new NotFoundException("Không có cơ quan, đơn vị mã " + code);
    }
  }

  private String admin() {
    var user = users.current();
    if (!user.isAdmin()) {
      throw new AccessDeniedException(
          "Chỉ quản trị viên được thay đổi dữ liệu tham chiếu của kiểm tra tự động");
    }
    return user.userId();
  }
}
