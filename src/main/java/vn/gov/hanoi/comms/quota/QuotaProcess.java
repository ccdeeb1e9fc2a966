package vn.gov.hanoi.comms.quota;

import java.time.YearMonth;

/** Keys, element ids and variable names of vneid-quota-check and vneid-quota-reminder. */
public final class QuotaProcess {
  public static final String CHECK_KEY = "vneid-quota-check";
  public static final String REMINDER_KEY = "vneid-quota-reminder";
  public static final String REMIND_TASK = "Task_PublishArticle";

  private QuotaProcess() {}

  public static String businessKey(String unitCode, YearMonth month) {
    return "QUOTA-" + unitCode + "-" + month;
  }

  public static final class Vars {
    public static final String UNIT_CODE = "unitCode";
    public static final String UNIT_GROUP = "unitGroup";
    public static final String MONTH = "quotaMonth";
    public static final String REQUIRED = "quotaRequired";
    public static final String PUBLISHED = "quotaPublished";

    private Vars() {}
  }
}
