package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import vn.gov.hanoi.comms.area.Area;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.dedup.StoredNotice;

/**
 * Which earlier notices a draft must not repeat (I-DEDUP-1, I-DEDUP-2): for a district, the city's;
 * for a commune, the city's and its own district's (the nearest district ancestor, none in the 2025
 * two-level tree, A-2). Never same-level or lower-level notices, nor other districts'.
 */
public final class DuplicateScope {
  private DuplicateScope() {}

  public static Predicate<StoredNotice> higherLevelsOf(
      NoticeLevel level, String areaCode, AreaTree tree, Instant since) {
    if (level == NoticeLevel.CITY) {
      return n -> false;
    }
    Optional<String> district =
        level == NoticeLevel.COMMUNE
            ? tree.nearestDistrictOf(areaCode).map(Area::code)
            : Optional.empty();
    return n -> {
      if (n.sentAt() == null || n.sentAt().isBefore(since)) {
        return false;
      }
      if (NoticeLevel.CITY.name().equals(n.level())) {
        return true;
      }
      return NoticeLevel.DISTRICT.name().equals(n.level())
          && district.isPresent()
          && district.get().equals(n.areaCode());
    };
  }
}
