package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PreCheckDisplayTest {
  private static final String BODY =
      "Người phát hiện là chị Hoàng <Thu>, số điện thoại 0906 112 233, đã bàn giao xe.";

  @Test
  @DisplayName(
      "V-CHECK-4..6: the form marks the passage inside its context, escapes what was typed, and says a reason is needed")
  void marksThePassage() {
    int start = BODY.indexOf("0906");
    PreCheckRow phone =
        new PreCheckRow(
            "PERSONAL_DATA",
            "PHONE",
            PreCheckRow.BLOCKING,
            "m",
            Field.BODY,
            null,
            "0906 112 233",
            start,
            start + 12,
            "0906***233");
    PreCheckRow ok =
        new PreCheckRow("LINKS", null, PreCheckRow.OK, "ok", null, null, null, null, null, null);
    Map<String, Object> v =
        PreCheckDisplay.values(
            List.of(phone, ok), Map.of(Field.BODY, BODY), Map.of("LINKS", "Đường dẫn"));
    String text = (String) v.get(PreCheckDisplay.TEXT);
    assertThat(text)
        .contains(
            PreCheckDisplay.MARK + "0906 112 233" + PreCheckDisplay.END_MARK,
            "chị Hoàng &lt;Thu&gt;, số điện thoại ",
            "Gợi ý: 0906\\*\\*\\*233",
            "**Đạt:** Đường dẫn",
            "ghi rõ lý do");
    assertThat(text).doesNotContain("<Thu>");
    assertThat(v.get(PreCheckDisplay.BLOCKING)).isEqualTo(true);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a passage whose offsets no longer fit the text is still shown, marked, on its own")
  void staleOffsets() {
    PreCheckRow row =
        new PreCheckRow(
            "PERSONAL_DATA",
            "CCCD",
            PreCheckRow.BLOCKING,
            "m",
            Field.BODY,
            null,
            "001062004345",
            500,
            512,
            null);
    assertThat(PreCheckDisplay.marked("ngắn", row))
        .isEqualTo(PreCheckDisplay.MARK + "001062004345" + PreCheckDisplay.END_MARK);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: links in the form are shown, not clickable (Markdown would link them)")
  void linksAreNotClickable() {
    assertThat(PreCheckDisplay.unlinked("xem https://bit.ly/x và www.youtube.com"))
        .doesNotContain("https://", "www.")
        .isEqualTo("xem https\u200B://bit.ly/x và www\u200B.youtube.com");
  }
}
