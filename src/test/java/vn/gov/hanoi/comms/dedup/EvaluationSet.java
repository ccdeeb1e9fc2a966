package vn.gov.hanoi.comms.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** src/test/resources/dedup/evaluation-pairs.jsonl and the filler notices built around it. */
final class EvaluationSet {

  static final String RESOURCE = "/dedup/evaluation-pairs.jsonl";
  static final long FILLER_ID_BASE = 1_000_000L;
  static final int FILLER_COUNT = 2_000;
  static final List<String> DUPLICATE_KINDS =
      List.of(
          "reworded",
          "new-heading",
          "shortened",
          "local-sentence-added",
          "nfd",
          "tone-placement",
          "no-diacritics",
          "whitespace-punctuation");
  static final List<String> NON_DUPLICATE_KINDS =
      List.of("boilerplate-only", "same-topic-different-facts", "unrelated");

  record Text(String title, String body) {}

  record Pair(long id, String kind, boolean duplicate, Text a, Text b) {}

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private EvaluationSet() {}

  static List<Pair> load() {
    ObjectMapper json = new ObjectMapper();
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in = EvaluationSet.class.getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        pairs.add(
            new Pair(
                node.get("id").asLong(),
                node.get("kind").asText(),
                node.get("duplicate").asBoolean(),
                text(node.get("a")),
                text(node.get("b"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pairs;
  }

  private static Text text(JsonNode node) {
    return new Text(node.get("title").asText(), node.get("body").asText());
  }

  static StoredNotice stored(long id, Text text) {
    return new StoredNotice(
        id, "CITY", "HN", Instant.parse("2025-01-01T00:00:00Z"), text.title(), text.body());
  }

  /**
   * Notices from the same bases with different facts: every number replaced by another. They share
   * almost all wording with the indexed "a" sides, so a draft meets many LSH candidates and the
   * exact check has to tell them apart. (A variant that keeps only fact-free sentences, e.g. a
   * shortened copy cut before the first date, cannot be told apart from them: it is flagged.)
   */
  static List<StoredNotice> fillers(List<Pair> pairs, int count, long seed) {
    Random random = new Random(seed);
    List<StoredNotice> fillers = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Text source = pairs.get(random.nextInt(pairs.size())).a();
      String body = changeNumbers(source.body(), random);
      fillers.add(
          stored(FILLER_ID_BASE + i, new Text(changeNumbers(source.title(), random), body)));
    }
    return fillers;
  }

  static String changeNumbers(String text, Random random) {
    Matcher m = NUMBER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int value = Integer.parseInt(m.group().length() > 6 ? m.group().substring(0, 6) : m.group());
      m.appendReplacement(out, String.valueOf(value + 1 + random.nextInt(97)));
    }
    m.appendTail(out);
    return out.toString();
  }
}
