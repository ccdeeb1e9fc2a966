package vn.gov.hanoi.comms.area;

import java.util.Locale;
import java.util.Optional;

/** The tiers of Vietnamese local government, top first. */
public enum AreaLevel {
  CITY,
  DISTRICT,
  COMMUNE;

  /**
   * The value used in the import CSV and in the database ({@code city}, {@code district}, {@code
   * commune}).
   */
  public String csvValue() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a CSV/database value, ignoring case and surrounding blanks. */
  public static Optional<AreaLevel> fromCsv(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.strip();
    for (AreaLevel level : values()) {
      if (level.csvValue().equalsIgnoreCase(wanted)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an area of this level may hang directly under an area of {@code parent}'s level. A
   * commune may sit under the city because the district tier was abolished on 1 July 2025.
   */
  public boolean mayHaveParent(AreaLevel parent) {
    return switch (this) {
      case CITY -> false;
      case DISTRICT -> parent == CITY;
      case COMMUNE -> parent == DISTRICT || parent == CITY;
    };
  }
}
