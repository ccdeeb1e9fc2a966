package vn.gov.hanoi.comms.deadline;

/**
 * A row of the deadline table (dmn/step-deadlines.dmn) as it applies to one step: its deadline in
 * working days, the reminder's lead in working days, and whom an overdue step is reported to (null:
 * nobody above).
 */
public record DeadlineRule(
    int workingDays, int reminderDaysBefore, String escalationGroup, String escalationName) {}
