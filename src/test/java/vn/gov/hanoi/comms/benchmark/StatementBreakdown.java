package vn.gov.hanoi.comms.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cost phase's per-statement breakdown (issue 14 a): statements per complete request by family
 * (verb and first table, {@code GET /api/bench/counters/families}), minus what the driver's own
 * reads of the counters and the job executor's idle polling cost, for the product flows and the
 * baseline side by side.
 */
final class StatementBreakdown {
  private final Map<String, Double> perCounterCall;
  private final Map<String, Double> idlePerSecond;
  private final Map<String, Map<String, Double>> byFlow = new LinkedHashMap<>();

  StatementBreakdown(Map<String, Double> perCounterCall, Map<String, Double> idlePerSecond) {
    this.perCounterCall = perCounterCall;
    this.idlePerSecond = idlePerSecond;
  }

  /** {@code after - before}, per family, divided by {@code n}. */
  static Map<String, Double> delta(Map<String, Long> before, Map<String, Long> after, double n) {
    Map<String, Double> d = new LinkedHashMap<>();
    after.forEach((k, v) -> d.put(k, (v - before.getOrDefault(k, 0L)) / n));
    return d;
  }

  void add(
      String flow,
      Map<String, Long> before,
      Map<String, Long> after,
      int requests,
      long counterCalls,
      double seconds) {
    Map<String, Double> perRequest = new LinkedHashMap<>();
    delta(before, after, 1)
        .forEach(
            (family, n) -> {
              double own =
                  n
                      - counterCalls * perCounterCall.getOrDefault(family, 0.0)
                      - seconds * idlePerSecond.getOrDefault(family, 0.0);
              if (Math.round(own / requests * 10) != 0) {
                perRequest.put(family, own / requests);
              }
            });
    byFlow.put(flow, perRequest);
  }

  /** A table: family, then one column per flow (statements per complete request). */
  String markdown() {
    Set<String> families = new TreeSet<>();
    byFlow.values().forEach(m -> families.addAll(m.keySet()));
    StringBuilder md = new StringBuilder("| statement family (verb, first table) |");
    byFlow.keySet().forEach(f -> md.append(' ').append(f).append(" |"));
    md.append("\n|---|").append("---:|".repeat(byFlow.size())).append('\n');
    for (String family : families) {
      md.append("| `").append(family).append("` |");
      byFlow
          .values()
          .forEach(
              m -> md.append(String.format(Locale.ROOT, " %.1f |", m.getOrDefault(family, 0.0))));
      md.append('\n');
    }
    md.append("| **total** |");
    byFlow
        .values()
        .forEach(
            m ->
                md.append(
                    String.format(
                        Locale.ROOT,
                        " **%.1f** |",
                        m.values().stream().mapToDouble(Double::doubleValue).sum())));
    return md.append('\n').toString();
  }
}
