package vn.gov.hanoi.comms.area;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One imported official list of areas (e.g. the 2024 list, the post-July-2025 list). Codes are only
 * unique within a set: 2025 wards reuse 2024 codes.
 */
public record AreaSet(String id, String name, boolean active, Instant importedAt) {

  /** Set ids appear in URLs and logs, so they stay plain ASCII ("hanoi-2025-07"). */
  public static final Pattern ID_PATTERN = Pattern.compile("[A-Za-z0-9._-]{1,40}");
}
