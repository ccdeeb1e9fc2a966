package vn.gov.hanoi.comms.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.gov.hanoi.comms.ihanoi.CadenceRow;
import vn.gov.hanoi.comms.quota.QuotaCompliance;

/**
 * The figures of one report for a period (from, to: Hanoi dates, both inclusive) and an area.
 * Everything is computed from the product's tables; nothing is stored.
 */
public record Report(
    LocalDate from,
    LocalDate to,
    String areaCode,
    String areaName,
    Instant generatedAt,
    List<UnitRequests> requestsByUnit,
    int submitted,
    int published,
    int returned,
    int rejected,
    List<Outcome> outcomes,
    List<ReasonCount> returnReasons,
    List<StepTime> stepTimes,
    List<QuotaCompliance> quota,
    List<CadenceRow> cadence,
    int duplicatesStopped,
    int duplicatesOverridden,
    List<Overdue> overdue) {

  /**
   * Review steps late by holder and step (D-2): those due in the period that were done after their
   * deadline or are still open past it, and those open past their deadline now whenever they fell
   * due.
   */
  public record Overdue(
      String holderGroup,
      String holderName,
      String step,
      String stepName,
      int lateInPeriod,
      int openOverdueNow) {}

  /** All late steps of the period, every holder and step together. */
  public int overdueInPeriod() {
    return overdue.stream().mapToInt(Overdue::lateInPeriod).sum();
  }

  /** Requests first submitted in the period, by unit and current status. */
  public record UnitRequests(
      String unitCode, String unitName, Map<String, Integer> byStatus, int total) {}

  /** A return or a rejection decided in the period, with its reasons. */
  public record Outcome(
      long requestId, String unitCode, String step, String outcome, String reasons, Instant at) {}

  public record ReasonCount(String reason, int count) {}

  /** Time taken by one step, over the decisions of the period, in hours. */
  public record StepTime(
      String step, String name, int count, double medianHours, double p90Hours) {}
}
