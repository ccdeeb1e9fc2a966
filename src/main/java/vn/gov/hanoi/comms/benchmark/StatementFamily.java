package vn.gov.hanoi.comms.benchmark;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The family of a SQL statement for the benchmark's per-statement breakdown: its verb and the first
 * table it names ({@code select ACT_RU_TASK}, {@code insert ACT_HI_VARINST}), so that the cost of a
 * request can be explained statement by statement without the statements' literal values.
 */
final class StatementFamily {
  private static final Pattern TABLE =
      Pattern.compile("\\b(?:from|into|update|join)\\s+([a-z_][a-z0-9_.]*)");

  private StatementFamily() {}

  static String of(String sql) {
    if (sql == null || sql.isBlank()) {
      return "other";
    }
    String s = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String verb = s.split("[ (]", 2)[0];
    if (verb.equals("with")) {
      verb = "select";
    }
    Matcher m = TABLE.matcher(s);
    String table = m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    return table.isEmpty() ? verb : verb + " " + table;
  }
}
