package vn.gov.hanoi.comms.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleSanitizerTest {

  private final ArticleSanitizer sanitizer = new ArticleSanitizer();

  @Test
  @DisplayName("V-REQ-1: common formatting is kept")
  void keepsFormatting() {
    String html =
        "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong>, <em>nghiêng</em>, <u>gạch</u><br></p>"
            + "<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>"
            + "<table><tbody><tr><th>A</th><td colspan=\"2\">B</td></tr></tbody></table>";
    String clean = sanitizer.sanitize(html);
    assertThat(clean)
        .contains(
            "<h2>",
            "<strong>đậm</strong>",
            "<em>",
            "<u>",
            "<br />",
            "<ul>",
            "<ol>",
            "<li>",
            "<blockquote>",
            "<table>",
            "<th>",
            "colspan=\"2\"");
  }

  @Test
  @DisplayName(
      "V-REQ-1: links keep http/https/mailto and get rel=nofollow; javascript: links lose their href")
  void links() {
    assertThat(sanitizer.sanitize("<a href=\"https://dichvucong.gov.vn\">DVC</a>"))
        .contains("href=\"https://dichvucong.gov.vn\"")
        .contains("rel=\"nofollow\"");
    assertThat(sanitizer.sanitize("<a href=\"mailto:a@hanoi.gov.vn\">thư</a>"))
        .contains("href=\"mailto:a&#64;hanoi.gov.vn\"");
    assertThat(sanitizer.sanitize("<a href=\"javascript:alert(1)\">x</a>"))
        .doesNotContain("javascript");
  }

  @Test
  @DisplayName("V-REQ-1: images only from https")
  void imagesHttpsOnly() {
    assertThat(sanitizer.sanitize("<img src=\"https://hanoi.gov.vn/a.jpg\" alt=\"ảnh\">"))
        .contains("src=\"https://hanoi.gov.vn/a.jpg\"");
    assertThat(sanitizer.sanitize("<img src=\"http://hanoi.gov.vn/a.jpg\">"))
        .doesNotContain("src=");
    assertThat(sanitizer.sanitize("<img src=\"data:image/png;base64,AAAA\">"))
        .doesNotContain("src=");
  }

  @Test
  @DisplayName("V-REQ-1: scripts, handlers, frames, objects and style attributes are removed")
  void removesActiveContent() {
    String clean =
        sanitizer.sanitize(
            "<p style=\"color:red\" onclick=\"x()\">Tin</p><script>alert(1)</script>"
                + "<iframe src=\"https://evil.example\"></iframe><object data=\"x.swf\"></object><embed src=\"x\">");
    assertThat(clean).isEqualTo("<p>Tin</p>");
  }

  @ParameterizedTest
  @DisplayName("V-REQ-1: active content is detected so the request can be refused")
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>",
        "<p onclick=\"x()\">a</p>",
        "<img src=\"https://a/b.png\" OnError=\"x()\">",
        "<iframe src=\"https://www.youtube.com/embed/x\"></iframe>",
        "<object data=\"x\"></object>",
        "<embed src=\"x\">",
        "<a href=\"javascript:alert(1)\">a</a>",
        "<a href=\" JaVaScRiPt:alert(1)\">a</a>",
        "<a href=\"jav&#x09;ascript:alert(1)\">a</a>",
        "<a href=\"&#106;avascript:alert(1)\">a</a>",
        "<svg><script>alert(1)</script></svg>",
      })
  void detectsActiveContent(String html) {
    assertThat(sanitizer.containsActiveContent(html)).isTrue();
  }

  @ParameterizedTest
  @DisplayName("V-REQ-1: ordinary formatting is not active content")
  @ValueSource(
      strings = {
        "<p>Bài viết về <b>javascript: ngôn ngữ lập trình</b></p>",
        "<p style=\"color:red\">đỏ</p>",
        "<a href=\"https://hanoi.gov.vn\">Cổng</a>",
        "<p>Tin &lt;script&gt; chỉ là chữ</p>",
        "<img src=\"https://a/b.png\" alt=\"onload\">",
      })
  void ordinaryContentIsNotActive(String html) {
    assertThat(sanitizer.containsActiveContent(html)).isFalse();
  }

  @Test
  @DisplayName("V-CHECK-2: plain text decodes entities, drops scripts and separates paragraphs")
  void plainText() {
    assertThat(sanitizer.plainText("<p>Độ mật:</p><p>M&#7852;T</p><script>var a = 1;</script>"))
        .isEqualTo("Độ mật:\nMẬT\n");
  }
}
