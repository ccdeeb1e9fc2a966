package vn.gov.hanoi.comms.quota;

import java.time.YearMonth;
import vn.gov.hanoi.comms.common.ProcessVariable;

/** Keys, element ids and variables of vneid-quota-check and vneid-quota-reminder. */
public final class QuotaProcess {
  public static final String CHECK_KEY = "vneid-quota-check";
  public static final String REMINDER_KEY = "vneid-quota-reminder";
  public static final String REMIND_TASK = "Task_AcknowledgeQuotaReminder";

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
    public static final String REMINDED_COUNT = "remindedCount";

    private Vars() {}
  }

  /** The variables of {@link Vars}, typed: the month is stored as its text (2026-11). */
  public static final class Variables {
    public static final ProcessVariable<String> UNIT_CODE = ProcessVariable.string(Vars.UNIT_CODE);
    public static final ProcessVariable<YearMonth> MONTH =
        ProcessVariable.parsed(Vars.MONTH, YearMonth.class, YearMonth::parse);
    public static final ProcessVariable<Integer> REQUIRED = ProcessVariable.integer(Vars.REQUIRED);
    public static final ProcessVariable<Integer> PUBLISHED =
        ProcessVariable.integer(Vars.PUBLISHED);

    /** How many units the monthly check reminded. */
    public static final ProcessVariable<Integer> REMINDED_COUNT =
        ProcessVariable.integer(Vars.REMINDED_COUNT);

    private Variables() {}
  }
}
