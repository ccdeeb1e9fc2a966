package vn.gov.hanoi.comms.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.gov.hanoi.comms.testsupport.IntegrationTest;

/**
 * The task lists as Tasklist stores them (name, type, owner, query JSON, properties JSON) and which
 * roles may read them, compared with the record taken before the flows contributed their own lists
 * (issue 15): a change of owner must not change what officials see. The JSON is compared with its
 * object keys sorted: the card variables are {@code Map.of}s, whose order changes from JVM to JVM.
 */
class TasklistFiltersTest extends IntegrationTest {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  @Autowired TasklistFilters filters;

  @Test
  @DisplayName(
      "D-1, D-2: the task lists are stored exactly as recorded, and read by the same roles")
  void theStoredListsAndTheirGrantsAreTheRecordedOnes() throws IOException {
    filters.ensure();
    List<String> lists =
        jdbc
            .sql("select NAME_, RESOURCE_TYPE_, OWNER_, QUERY_, PROPERTIES_ from ACT_RU_FILTER")
            .query(
                (rs, n) ->
                    String.join(
                        " | ",
                        rs.getString(1),
                        rs.getString(2),
                        String.valueOf(rs.getString(3)),
                        sorted(rs.getString(4)),
                        sorted(rs.getString(5))))
            .list()
            .stream()
            .sorted()
            .toList();
    assertThat(String.join("\n", lists)).isEqualTo(recorded("tasklist-filters.txt").strip());

    Map<String, TreeSet<String>> listsByGroup = new TreeMap<>();
    jdbc.sql(
            "select a.GROUP_ID_, f.NAME_, a.PERMS_ from ACT_RU_AUTHORIZATION a"
                + " join ACT_RU_FILTER f on f.ID_ = a.RESOURCE_ID_ where a.RESOURCE_TYPE_ = 5")
        .query(
            rs -> {
              listsByGroup
                  .computeIfAbsent(rs.getString(1), g -> new TreeSet<>())
                  .add(rs.getString(2) + " (" + rs.getInt(3) + ")");
            });
    TreeSet<String> roles = new TreeSet<>();
    listsByGroup.forEach(
        (group, names) -> roles.add((group.startsWith("unit-") ? "unit" : "other") + ": " + names));
    assertThat(listsByGroup).hasSizeGreaterThan(10);
    assertThat(roles)
        .containsExactly(
            "other: [Của đơn vị tôi (2), Quá hạn (2), Sắp đến hạn (2), Việc của tôi (2)]",
            "unit: [Của đơn vị tôi (2), Quá hạn (2), Sắp đến hạn (2), Việc của tôi (2),"
                + " Đề nghị của đơn vị (2)]");
  }

  private static String sorted(String json) {
    try {
      return JSON.writeValueAsString(JSON.readValue(json, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String recorded(String name) throws IOException {
    try (InputStream in = TasklistFiltersTest.class.getResourceAsStream(name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
