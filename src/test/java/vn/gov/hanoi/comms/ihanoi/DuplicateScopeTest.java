package vn.gov.hanoi.comms.ihanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.dedup.StoredNotice;

/**
 * Which higher-level notices a draft is compared with, on the 2024 three-level and 2025 two-level
 * trees.
 */
class DuplicateScopeTest {
  private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");
  private static final Instant SINCE = NOW.minus(Duration.ofDays(30));

  private static AreaTree tree(String file) throws IOException {
    return vn.gov.hanoi.comms.area.ReferenceAreaList.ALL.stream()
        .filter(l -> l.resource().equals(file))
        .findFirst()
        .orElseThrow()
        .tree();
  }

  private static StoredNotice sent(String level, String area) {
    return new StoredNotice(1, level, area, NOW.minus(Duration.ofDays(1)), "t", "");
  }

  @Test
  @DisplayName(
      "I-DEDUP-1, I-DEDUP-2: 2024 tree: a commune is compared with the city and its own district, never with another "
          + "district, its own level or lower; a district only with the city; a city notice with nothing")
  void threeLevelTree() throws IOException {
    AreaTree t = tree("hanoi_units_2024.csv");
    Predicate<StoredNotice> commune =
        DuplicateScope.higherLevelsOf(NoticeLevel.COMMUNE, "00004", t, SINCE);
    assertThat(commune.test(sent("CITY", "01"))).isTrue();
    assertThat(commune.test(sent("DISTRICT", "001"))).isTrue();
    assertThat(commune.test(sent("DISTRICT", "002"))).isFalse();
    assertThat(commune.test(sent("COMMUNE", "00004"))).isFalse();
    assertThat(commune.test(sent("COMMUNE", "00028"))).isFalse();
    assertThat(commune.test(new StoredNotice(1, "CITY", "01", SINCE.minusSeconds(1), "t", "")))
        .as("look-back")
        .isFalse();
    Predicate<StoredNotice> district =
        DuplicateScope.higherLevelsOf(NoticeLevel.DISTRICT, "001", t, SINCE);
    assertThat(district.test(sent("CITY", "01"))).isTrue();
    assertThat(district.test(sent("DISTRICT", "001"))).isFalse();
    assertThat(district.test(sent("COMMUNE", "00004"))).isFalse();
    assertThat(
            DuplicateScope.higherLevelsOf(NoticeLevel.CITY, "01", t, SINCE)
                .test(sent("CITY", "01")))
        .isFalse();
  }

  @Test
  @DisplayName(
      "A-2, I-DEDUP-2: 2025 two-level tree, no code change: a commune's nearest ancestor is the city, so it is "
          + "compared with the city only")
  void twoLevelTree() throws IOException {
    AreaTree t = tree("hanoi_units_2025.csv");
    assertThat(t.nearestDistrictOf("00004")).isEmpty();
    Predicate<StoredNotice> commune =
        DuplicateScope.higherLevelsOf(NoticeLevel.COMMUNE, "00004", t, SINCE);
    assertThat(commune.test(sent("CITY", "01"))).isTrue();
    assertThat(commune.test(sent("DISTRICT", "001"))).isFalse();
    assertThat(commune.test(sent("COMMUNE", "00008"))).isFalse();
  }
}
