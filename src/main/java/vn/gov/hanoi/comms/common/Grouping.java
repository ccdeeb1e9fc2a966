package vn.gov.hanoi.comms.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Rows read for several keys at once (an {@code in (...)} read), grouped back by key. */
public final class Grouping {
  private Grouping() {}

  /** The rows by key, each key's rows in the order read; keys in the order first met. */
  public static <K, T> Map<K, List<T>> byKey(List<T> rows, Function<T, K> key) {
    Map<K, List<T>> grouped = new LinkedHashMap<>();
    for (T row : rows) {
      grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    return grouped;
  }
}
