package vn.gov.hanoi.comms.vneid.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PreCheckRunnerTest {

  private static final ImageInfo GOOD_IMAGE = new ImageInfo(ImageFormat.JPEG, 1200, 675);

  private final PreCheckRunner runner = new PreCheckRunner(List.of("cờ bạc", "đánh bạc", "ma túy"));

  private static List<PreCheckResult> withCode(
      PreCheckReport report, String code, Severity severity) {
    return report.results().stream()
        .filter(r -> r.code().equals(code) && r.severity() == severity)
        .toList();
  }

  @Test
  @DisplayName("V-CHECK-1..3: a clean request passes every pre-check")
  void cleanRequest() {
    PreCheckReport report =
        runner.run(DraftBuilder.valid().build(), GOOD_IMAGE, List.of("ke-hoach.pdf"));
    assertThat(report.hasBlocking()).isFalse();
    assertThat(report.classifiedMarkings()).isEmpty();
    assertThat(report.results()).allMatch(r -> r.severity() == Severity.OK);
  }

  @Test
  @DisplayName("V-CHECK-1: a missing featured image blocks")
  void missingImage() {
    PreCheckReport report = runner.run(DraftBuilder.valid().build(), null, null);
    assertThat(withCode(report, "V-CHECK-1", Severity.BLOCKING)).hasSize(1);
    assertThat(report.hasBlocking()).isTrue();
  }

  @Test
  @DisplayName("V-CHECK-1: an image of refused size blocks; a low-resolution one warns")
  void imageSize() {
    assertThat(
            withCode(
                runner.run(
                    DraftBuilder.valid().build(), new ImageInfo(ImageFormat.PNG, 9000, 300), null),
                "V-CHECK-1",
                Severity.BLOCKING))
        .hasSize(1);
    assertThat(
            withCode(
                runner.run(
                    DraftBuilder.valid().build(), new ImageInfo(ImageFormat.PNG, 400, 300), null),
                "V-CHECK-1",
                Severity.WARNING))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "V-CHECK-2: a marking in the title, body or an attachment name blocks, each place reported")
  void classificationMarkings() {
    DraftBuilder b = DraftBuilder.valid();
    b.title = "TỐI MẬT - Kế hoạch";
    b.bodyHtml = "<p>Độ mật:</p><p>MẬT</p><p>Nội dung</p>";
    PreCheckReport report =
        runner.run(b.build(), GOOD_IMAGE, List.of("phu-luc-TUYET-MAT.docx", "anh.jpg"));
    assertThat(report.hasBlocking()).isTrue();
    assertThat(report.classifiedMarkings()).containsExactly("Tuyệt mật", "Tối mật", "Mật");
    List<PreCheckResult> blocking = withCode(report, "V-CHECK-2", Severity.BLOCKING);
    assertThat(blocking).hasSize(3);
    assertThat(blocking.get(0).messageVi()).contains("tiêu đề").contains("Tối mật");
    assertThat(blocking.get(1).messageVi()).contains("nội dung");
    assertThat(blocking.get(2).messageVi()).contains("phu-luc-TUYET-MAT.docx");
  }

  @Test
  @DisplayName("V-CHECK-2: the seed's own wording about state secrets does not block")
  void seedWordingDoesNotBlock() {
    DraftBuilder b = DraftBuilder.valid();
    b.bodyHtml =
        "<p>Nội dung tuyên truyền phải đảm bảo không vi phạm các quy định về bảo vệ bí mật nhà nước.</p>";
    assertThat(runner.run(b.build(), GOOD_IMAGE, List.of()).hasBlocking()).isFalse();
  }

  @Test
  @DisplayName("V-CHECK-3: category OTHER warns")
  void categoryOther() {
    DraftBuilder b = DraftBuilder.valid();
    b.category = Category.OTHER;
    List<PreCheckResult> warnings =
        withCode(runner.run(b.build(), GOOD_IMAGE, null), "V-CHECK-3", Severity.WARNING);
    assertThat(warnings)
        .extracting(PreCheckResult::messageVi)
        .containsExactly("Danh mục Khác: cần xem xét lý do.");
  }

  @Test
  @DisplayName(
      "V-CHECK-3: prohibited terms are found ignoring case and diacritics (đ as d), one warning per term")
  void prohibitedTerms() {
    DraftBuilder b = DraftBuilder.valid();
    b.title = "Cảnh báo DANH BAC trực tuyến";
    b.bodyHtml = "<p>Phòng chống <b>Ma Tuý</b> học đường</p>";
    PreCheckReport report = runner.run(b.build(), GOOD_IMAGE, null);
    assertThat(withCode(report, "V-CHECK-3", Severity.WARNING))
        .extracting(PreCheckResult::messageVi)
        .containsExactly(
            "Có cụm từ cần xem xét: \"đánh bạc\".", "Có cụm từ cần xem xét: \"ma túy\".");
    assertThat(report.hasBlocking()).isFalse();
  }

  @Test
  @DisplayName("V-CHECK-3: prohibited terms match whole words only")
  void prohibitedTermsWholeWords() {
    ProhibitedTermsCheck check = new ProhibitedTermsCheck(List.of("bạc", " ", "Đề"));
    DraftBuilder b = DraftBuilder.valid();
    b.title = "Bệnh viện Bạch Mai; đền Ngọc Sơn";
    b.summary = "x";
    b.bodyHtml = "<p>Tin tức</p>";
    assertThat(check.check(new PreCheckSubject(b.build(), GOOD_IMAGE, null)))
        .allMatch(r -> r.severity() == Severity.OK);
  }

  @Test
  @DisplayName(
      "V-CHECK: the summary for the reviewer puts blocking findings first and stays within 1,500 characters")
  void summary() {
    List<String> manyTerms = IntStream.range(0, 300).mapToObj(i -> "từ khóa số " + i).toList();
    DraftBuilder b = DraftBuilder.valid();
    b.title = "TUYỆT MẬT";
    b.bodyHtml = "<p>" + String.join(", ", manyTerms) + "</p>";
    PreCheckReport report = new PreCheckRunner(manyTerms).run(b.build(), GOOD_IMAGE, null);
    String summary = report.summaryVi();
    assertThat(summary.length()).isLessThanOrEqualTo(PreCheckReport.SUMMARY_MAX);
    assertThat(summary.lines().skip(1).findFirst())
        .hasValueSatisfying(l -> assertThat(l).startsWith("[Chặn] Dấu chỉ độ mật"));
    assertThat(summary).startsWith("Kiểm tra tự động: 1 chặn, 300 cảnh báo").contains("mục khác.");

    String shortSummary = runner.run(DraftBuilder.valid().build(), GOOD_IMAGE, null).summaryVi();
    assertThat(shortSummary)
        .startsWith("Kiểm tra tự động: 0 chặn, 0 cảnh báo, 4 đạt.")
        .doesNotContain("mục khác");
  }
}
