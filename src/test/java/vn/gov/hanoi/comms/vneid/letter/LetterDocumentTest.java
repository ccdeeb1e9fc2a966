package vn.gov.hanoi.comms.vneid.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.testsupport.Templates;
import vn.gov.hanoi.comms.vneid.RoundRecord;

/** The letter of templates/vneid/letter.html, rendered without a Spring context. */
class LetterDocumentTest {

  private static String letter(String reasons, String title) {
    LetterRecord n =
        new LetterRecord(
            1,
            7,
            2,
            LetterKind.RETURN,
            "3/TB-CAHK",
            "Công an quận Hoàn Kiếm",
            "TL. TRƯỞNG CÔNG AN",
            "UBND phường <Hàng Bạc>",
            reasons,
            Instant.parse("2030-03-04T20:00:00Z"),
            null);
    RoundRecord r =
        new RoundRecord(
            7,
            2,
            title,
            "",
            "",
            "",
            "",
            List.of(),
            0,
            0,
            "",
            null,
            null,
            "",
            "",
            "12/UBND",
            LocalDate.of(2030, 3, 1),
            0,
            "",
            false,
            "",
            "",
            null);
    return LetterDocument.html(Templates.engine(), n, r, "Cán bộ \"Ba\"");
  }

  @Test
  @DisplayName(
      "V-STEP-4: the letter carries number, agency in upper case, date in Hanoi time, round, reasons line by line and signer")
  void layout() {
    String html = letter("Thiếu nguồn\nẢnh mờ", "Tiêm chủng");
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<title>Thông báo 3/TB-CAHK</title>",
            "<div class=\"bold underline\">CÔNG AN QUẬN HOÀN KIẾM</div>",
            "<div>Số: 3/TB-CAHK</div>",
            "<div class=\"motto-1\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>",
            "<div class=\"motto-2\">Độc lập - Tự do - Hạnh phúc</div>",
            "<p class=\"date\">Hà Nội, ngày 05 tháng 03 năm 2030</p>",
            "<p class=\"about\">" + LetterKind.RETURN.subject() + "</p>",
            "Ngày 01/03/2030, UBND phường &lt;Hàng Bạc&gt; có Văn bản số 12/UBND",
            "«Tiêm chủng» trên ứng dụng VNeID (vòng 2).",
            "Qua xem xét, bài viết " + LetterKind.RETURN.finding() + ".",
            "<span class=\"bold\">Lý do:</span> Thiếu nguồn<br>Ảnh mờ</p>",
            "<div class=\"bold\">TL. TRƯỞNG CÔNG AN</div>",
            "<div class=\"signer\">Cán bộ &quot;Ba&quot;</div>",
            "width: 42%;")
        .doesNotContain(" th:", "xmlns:th", "[[", "<!--");
  }

  @Test
  @DisplayName("V-STEP-4: markup in a reason or a title is shown as text, never run")
  void escapes() {
    String html = letter("<script>alert(1)</script>", "<img src=x onerror=alert(1)>");
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "«&lt;img src=x onerror=alert(1)&gt;»")
        .doesNotContain("<script>", "<img");
  }
}
