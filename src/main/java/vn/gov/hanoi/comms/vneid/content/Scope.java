package vn.gov.hanoi.comms.vneid.content;

/** V-REQ-3: the level of the areas an article is shown in. */
public enum Scope {
  COMMUNE("Cấp xã"),
  DISTRICT("Cấp huyện"),
  CITY("Cấp thành phố"),
  /** Decided by C06 (V-ROUTE-4); targets no area codes of the city. */
  NATIONAL("Toàn quốc");

  private final String label;

  Scope(String label) {
    this.label = label;
  }

  /** The Vietnamese name shown to users. */
  public String label() {
    return label;
  }

  /** Whether the request must name the target areas (everything but national). */
  public boolean needsTargetAreas() {
    return this != NATIONAL;
  }
}
