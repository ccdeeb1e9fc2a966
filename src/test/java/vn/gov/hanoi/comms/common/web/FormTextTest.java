package vn.gov.hanoi.comms.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormTextTest {

  @Test
  @DisplayName(
      "Hostile input: a script, an image with onerror and Markdown in a form's text component are shown as typed, never interpreted")
  void escapesMarkupAndMarkdown() {
    assertThat(FormText.escape("<script>alert(1)</script>"))
        .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(FormText.escape("<img src=x onerror=\"alert(1)\">"))
        .isEqualTo("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    assertThat(FormText.escape("![x](http://evil/p.png) **đậm** [a](javascript:x)"))
        .isEqualTo("\\!\\[x\\](http://evil/p.png) \\*\\*đậm\\*\\* \\[a\\](javascript:x)");
    assertThat(FormText.escape("Phường Trúc Bạch - 2026")).isEqualTo("Phường Trúc Bạch - 2026");
    assertThat(FormText.escape(null)).isNull();
  }

  @Test
  @DisplayName(
      "Hostile input: a cut escaped text never splits an escape and stays within the variable limit")
  void cutKeepsEscapesWhole() {
    String cut = FormText.escape("ab<<<<", 6, "…");
    assertThat(cut).isEqualTo("ab&lt;…");
    assertThat(FormText.escape("<".repeat(5000), 3500, " …"))
        .hasSizeLessThanOrEqualTo(3502)
        .endsWith("&lt; …");
  }
}
