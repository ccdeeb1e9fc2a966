package vn.gov.hanoi.comms.vneid.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.gov.hanoi.comms.screening.Finding;
import vn.gov.hanoi.comms.screening.FindingKind;
import vn.gov.hanoi.comms.screening.Screener;

/**
 * The screening that protects residents (personal data, links, event dates; package screening) as
 * pre-checks of a request: one result per finding, and one "passed" result for each of the three
 * checks that found nothing. Personal data of a private person blocks until the reviewer writes why
 * the article may pass all the same.
 */
public class ScreeningCheck {
  private final Screener screener = new Screener();

  public List<PreCheckResult> check(PreCheckSubject subject, Screener.Rules rules) {
    ArticleDraft d = subject.draft();
    Instant from = Objects.requireNonNullElse(d.publishFrom(), Instant.EPOCH);
    Screener.Result result =
        screener.screen(
            new Screener.Input(
                d.title(),
                d.summary(),
                d.bodyHtml(),
                subject.attachmentNames(),
                from,
                d.publishUntil()),
            rules);
    List<PreCheckResult> results = new ArrayList<>();
    for (FindingKind.Check check : FindingKind.Check.values()) {
      PreCheckName name = PreCheckName.valueOf(check.name());
      List<Finding> found =
          result.findings().stream().filter(f -> f.kind().check() == check).toList();
      for (Finding f : found) {
        results.add(
            new PreCheckResult(
                name, f.blocking() ? Severity.BLOCKING : Severity.WARNING, f.messageVi(), f));
      }
      if (found.isEmpty()) {
        results.add(PreCheckResult.ok(name, passed(check)));
      }
    }
    return results;
  }

  private static String passed(FindingKind.Check check) {
    return switch (check) {
      case PERSONAL_DATA ->
          "Không phát hiện dữ liệu cá nhân của người dân (số định danh, ngày sinh, số điện thoại, "
              + "tài khoản, biển số, địa chỉ, sức khỏe, vi phạm).";
      case LINKS -> "Các đường dẫn (nếu có) đều dùng https và thuộc danh sách tên miền được phép.";
      case EVENT_DATES -> "Không có ngày sự kiện đã qua hoặc sau thời gian đăng.";
    };
  }
}
