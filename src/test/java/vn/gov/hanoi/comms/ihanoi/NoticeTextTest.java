package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.web.FieldError;

/** The texts of a notice: plain titles, one body policy, what forms show and start from. */
class NoticeTextTest {
  private static List<String> titleErrors(String title) {
    List<FieldError> errors = new ArrayList<>();
    NoticeText.checkTitle(title, "title", errors);
    return errors.stream().map(FieldError::message).toList();
  }

  @Test
  @DisplayName(
      "I-TEXT-1: a title is plain text: tags, comments and template text are refused with a Vietnamese reason; "
          + "'<' before a digit and braces alone are ordinary characters")
  void plainTitles() {
    assertThat(titleErrors("Thử <i>nghiệm</i> <script>alert('t')</script>"))
        .singleElement()
        .asString()
        .contains("văn bản thuần");
    assertThat(titleErrors("Kính gửi {<!-- -->{hoTen}}")).hasSize(1);
    assertThat(titleErrors("Kính gửi {{hoTen}}")).hasSize(1);
    assertThat(titleErrors("Nhiệt độ <10 độ C, giá {ước tính}")).isEmpty();
  }

  @Test
  @DisplayName(
      "I-TEXT-2: a body with template text split by a comment is refused; the sanitised body keeps links and https "
          + "images, and the form's copy shows each link's target")
  void bodies() {
    List<FieldError> errors = new ArrayList<>();
    NoticeText.checkBody("<p>Kính gửi {<!-- -->{hoTen}}</p>", "body", errors);
    assertThat(errors).extracting(FieldError::field).containsExactly("body");
    String html =
        NoticeText.html(
            "<p>Xem <a href=\"https://evil.example\">link lạ</a> "
                + "<img src=\"https://hanoi.gov.vn/a.png\" alt=\"ảnh\"></p>");
    assertThat(html)
        .contains("href=\"https://evil.example\"", "src=\"https://hanoi.gov.vn/a.png\"");
    assertThat(NoticeText.asDelivered(html))
        .startsWith("<div")
        .contains(">link lạ</a> [https://evil.example]", "<img")
        .doesNotContain("\n");
  }

  @Test
  @DisplayName(
      "I-TEXT-3: the edit form starts from the current body: its plain text when it is only paragraphs, else the "
          + "sanitised HTML")
  void editable() {
    String plain = "Đoạn một.\n\nĐoạn hai.";
    assertThat(NoticeText.editable(notice(NoticeText.html(plain), NoticeText.plain(plain))))
        .isEqualTo(plain);
    String rich = "<p>Có <strong>đậm</strong></p>";
    assertThat(NoticeText.editable(notice(NoticeText.html(rich), NoticeText.plain(rich))))
        .isEqualTo(NoticeText.html(rich));
  }

  private static NoticeRecord notice(String html, String text) {
    return new NoticeRecord(
        1,
        "X",
        NoticeLevel.CITY,
        "01",
        "t",
        html,
        text,
        NoticeTopic.OTHER,
        NoticeUrgency.NORMAL,
        null,
        NoticeStatus.IN_EDITING,
        null,
        null,
        null,
        "u",
        Instant.now(),
        null,
        null);
  }
}
