package vn.gov.hanoi.comms.quota;

/** A quota as an administrator sends it (months as "yyyy-MM"). */
public record QuotaInput(
    String unitCode,
    String organisationKind,
    String fromMonth,
    String untilMonth,
    Integer minimumPerMonth,
    String note) {}
