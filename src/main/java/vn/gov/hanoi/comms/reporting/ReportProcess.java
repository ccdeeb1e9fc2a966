package vn.gov.hanoi.comms.reporting;

import java.time.LocalDate;
import vn.gov.hanoi.comms.common.ProcessVariable;

/** Keys, element ids and variables of the report processes (on demand, weekly, monthly). */
public final class ReportProcess {
  public static final String KEY = "vneid-ihanoi-report";
  public static final String WEEKLY_KEY = "vneid-ihanoi-report-weekly";
  public static final String MONTHLY_KEY = "vneid-ihanoi-report-monthly";
  public static final String WEEKLY_START = "StartEvent_Weekly";
  public static final String MONTHLY_START = "StartEvent_Monthly";

  private ReportProcess() {}

  public static final class Vars {
    public static final String FROM = "reportFrom";
    public static final String TO = "reportTo";
    public static final String AREA = "reportArea";
    public static final String KIND = "reportKind";
    public static final String SENT_TO = "reportSentTo";

    private Vars() {}
  }

  /** The variables of {@link Vars}, typed: the days are stored as their ISO text. */
  public static final class Variables {
    public static final ProcessVariable<LocalDate> FROM =
        ProcessVariable.parsed(Vars.FROM, LocalDate.class, LocalDate::parse);
    public static final ProcessVariable<LocalDate> TO =
        ProcessVariable.parsed(Vars.TO, LocalDate.class, LocalDate::parse);
    public static final ProcessVariable<String> AREA = ProcessVariable.string(Vars.AREA);

    /** A {@link ReportKind}'s label; absent is a report on request. */
    public static final ProcessVariable<String> KIND = ProcessVariable.text(Vars.KIND);

    /** How many recipients the report was mailed to. */
    public static final ProcessVariable<Integer> SENT_TO = ProcessVariable.integer(Vars.SENT_TO);

    private Variables() {}
  }
}
