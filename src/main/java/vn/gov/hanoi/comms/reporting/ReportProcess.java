package vn.gov.hanoi.comms.reporting;

/** Keys, element ids and variable names of the report processes (on demand, weekly, monthly). */
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
}
