package vn.gov.hanoi.comms.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The hand-written, labelled articles of src/test/resources/prechecks (format in its README.md).
 */
final class EvaluationArticles {
  /** An expected finding: its kind and passage as written in the article. */
  record Expected(FindingKind kind, Field field, String passage) {}

  record Article(
      String id,
      String what,
      LocalDate from,
      LocalDate until,
      String title,
      String summary,
      List<String> attachments,
      List<String> published,
      String bodyHtml,
      List<Expected> expected) {

    Screener.Input input() {
      return new Screener.Input(
          title,
          summary,
          bodyHtml,
          attachments,
          from.atTime(LocalTime.of(8, 0)).atZone(Screener.HANOI).toInstant(),
          until.atTime(LocalTime.of(22, 0)).atZone(Screener.HANOI).toInstant());
    }
  }

  /** Allowed hosts of the evaluation: the product's default. */
  static final List<String> ALLOWED_HOSTS = List.of("gov.vn");

  private EvaluationArticles() {}

  static List<Article> load(String resource) {
    try (InputStream in = EvaluationArticles.class.getResourceAsStream("/prechecks/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource prechecks/" + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A set given by its path on disk (the lead's blind set, or another file for the gate). */
  static List<Article> load(java.nio.file.Path file) {
    try {
      return parse(java.nio.file.Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + file, e);
    }
  }

  static List<Article> parse(String content, String source) {
    List<Article> articles = new ArrayList<>();
    String[] blocks = content.split("(?m)^### ");
    for (int b = 1; b < blocks.length; b++) {
      articles.add(article(blocks[b], source));
    }
    return articles;
  }

  /**
   * A field as an expected line names it: its enum name, or the article line's own name
   * ("attachments").
   */
  private static Field field(String name) {
    String upper = name.strip().toUpperCase(java.util.Locale.ROOT);
    return Field.valueOf("ATTACHMENTS".equals(upper) ? "ATTACHMENT" : upper);
  }

  private static Article article(String block, String source) {
    String[] lines = block.split("\n", -1);
    String[] head = lines[0].split("\\|");
    String id = head[0].strip();
    String[] window = head[1].strip().replace("window", "").strip().split("\\.\\.");
    String title = "";
    String summary = "";
    List<String> attachments = List.of();
    List<String> published = List.of();
    StringBuilder body = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    String section = "";
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if ("body:".equals(line.strip())) {
        section = "body";
      } else if ("expect:".equals(line.strip())) {
        section = "expect";
      } else if ("body".equals(section)) {
        body.append(line).append('\n');
      } else if ("expect".equals(section)) {
        if (!line.isBlank()) {
          int colon = line.indexOf(':');
          String[] kindAndField = line.substring(0, colon).strip().split("@");
          try {
            expected.add(
                new Expected(
                    FindingKind.valueOf(kindAndField[0]),
                    kindAndField.length > 1 ? field(kindAndField[1]) : null,
                    line.substring(colon + 1).strip()));
          } catch (RuntimeException e) {
            throw new IllegalStateException(
                source + " " + id + ": bad expected line \"" + line + "\"", e);
          }
        }
      } else if (line.startsWith("title:")) {
        title = line.substring(6).strip();
      } else if (line.startsWith("summary:")) {
        summary = line.substring(8).strip();
      } else if (line.startsWith("attachments:")) {
        attachments =
            Arrays.stream(line.substring(12).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
      } else if (line.startsWith("published:")) {
        published =
            Arrays.stream(line.substring(10).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
      } else if (!line.isBlank()) {
        throw new IllegalStateException(source + " " + id + ": unexpected line \"" + line + "\"");
      }
    }
    return new Article(
        id,
        head.length > 2 ? head[2].strip() : "",
        LocalDate.parse(window[0].strip()),
        LocalDate.parse(window[1].strip()),
        title,
        summary,
        attachments,
        published,
        body.toString(),
        expected);
  }
}
