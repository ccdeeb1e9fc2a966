package vn.gov.hanoi.comms.quota;

import java.time.YearMonth;

/** How one unit stands against its quota in one month (V-QUOTA-1..3). */
public record QuotaCompliance(
    String unitCode, String unitName, YearMonth month, int required, int published) {
  public boolean met() {
    return published >= required;
  }

  public int missing() {
    return Math.max(0, required - published);
  }
}
