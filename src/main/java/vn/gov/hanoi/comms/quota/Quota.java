package vn.gov.hanoi.comms.quota;

import java.time.YearMonth;
import vn.gov.hanoi.comms.organisation.Organisation;

/**
 * A publication quota (V-QUOTA-4): one unit or every unit of a kind, from a month, until an
 * optional month (inclusive), at least {@code minimumPerMonth} published articles a month.
 */
public record Quota(
    Long id,
    String unitCode,
    String organisationKind,
    YearMonth fromMonth,
    YearMonth untilMonth,
    int minimumPerMonth,
    String note) {

  public boolean appliesTo(Organisation org, YearMonth month) {
    boolean target =
        unitCode != null ? unitCode.equals(org.code()) : org.kind().name().equals(organisationKind);
    return target
        && !month.isBefore(fromMonth)
        && (untilMonth == null || !month.isAfter(untilMonth));
  }
}
