#!/usr/bin/env python3
"""Generates the quota reminder and report models (semantics + diagram) and the quota reminder form.

Run from the project root:  python3 tools/gen_report_models.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmngen import Model  # noqa: E402
from gen_forms import form, text  # noqa: E402
from gen_models import RETRY, svc, user  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timer(tid, expr):
    return (f'<bpmn:timerEventDefinition id="{tid}">\n'
            f'  <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">{expr}</bpmn:timeCycle>\n'
            '</bpmn:timerEventDefinition>')


def quota_check_model():
    m = Model("vneid-quota-check", "Kiểm tra định mức đăng bài VNeID giữa tháng",
              "Runs monthly inside the engine (timer cycle ${quotaSchedule.cycle}: by default the 15th at 08:00 "
              "Hanoi time), so it shows in Cockpit. Finds the units below their quota for the month (V-QUOTA-1..4: "
              "quotas are data, see /api/quotas) and starts vneid-quota-reminder for each one not yet reminded "
              "this month.")
    Y = 120
    m.node("StartEvent_MidMonth", "startEvent", "Ngày 15 hằng tháng", 170, Y,
           body=timer("TimerEventDefinition_MidMonth", "${quotaSchedule.cycle}"),
           doc="Monthly timer; configurable (app.quota.reminder.day-of-month, .time, or .cycle).")
    m.node("Task_FindUnitsBelowQuota", "serviceTask", "Tìm đơn vị chưa đạt định mức và nhắc", 310, Y,
           attrs=svc("quotaCheck"),
           doc="Computes each unit's published articles this month against its quota and starts a reminder for "
               "each unit below it (once a month per unit, business key QUOTA-<unit>-<month>).")
    m.node("EndEvent_QuotaChecked", "endEvent", "Đã kiểm tra định mức", 450, Y, doc="Check done for this month.")
    m.flow("Flow_MidMonthDue", "StartEvent_MidMonth", "Task_FindUnitsBelowQuota")
    m.flow("Flow_UnitsReminded", "Task_FindUnitsBelowQuota", "EndEvent_QuotaChecked")
    return m


def quota_reminder_model():
    m = Model("vneid-quota-reminder", "Nhắc đơn vị đăng bài theo định mức",
              "Started for one unit below its monthly quota (business key QUOTA-<unit>-<month>, V-QUOTA-1..3): "
              "emails the unit's official address, then gives the unit's staff a task in Tasklist.")
    Y = 120
    m.node("StartEvent_UnitBelowQuota", "startEvent", "Đơn vị chưa đạt định mức", 170, Y,
           doc="The mid-month check found the unit below its quota.")
    m.node("Task_EmailQuotaReminder", "serviceTask", "Gửi thư nhắc định mức", 300, Y,
           attrs=svc("quotaReminderMailer", True), ext=RETRY,
           doc="Emails the reminder. Asynchronous: a mail failure is retried R3/PT5M, then an incident.")
    m.node("Task_PublishArticle", "userTask", "Xây dựng bài đăng để đạt định mức", 450, Y,
           attrs=user("${unitGroup}", "vneid-quota-reminder"),
           doc="The unit's staff read how many articles are missing and acknowledge; they submit a request "
               "through the usual start form or the API.")
    m.node("EndEvent_QuotaReminderDone", "endEvent", "Đơn vị đã tiếp nhận", 590, Y,
           doc="The unit acknowledged the reminder.")
    m.flow("Flow_QuotaReminderStarted", "StartEvent_UnitBelowQuota", "Task_EmailQuotaReminder")
    m.flow("Flow_QuotaReminderEmailed", "Task_EmailQuotaReminder", "Task_PublishArticle")
    m.flow("Flow_QuotaReminderAcknowledged", "Task_PublishArticle", "EndEvent_QuotaReminderDone")
    return m


REPORT_DOC = ("Computes the report of the period and area (R-1: requests by unit and status, published, returned "
              "and rejected with reasons, median and 90th-percentile time per step, quota compliance, iHanoi cadence, "
              "duplicates stopped and overridden) and emails it with an XLSX and a CSV to "
              "app.reports.recipients.vneid and .ihanoi (R-2).")


def send_task(m, x, y):
    m.node("Task_SendReport", "serviceTask", "Lập báo cáo và gửi thư", x, y, attrs=svc("reportSender", True),
           ext=RETRY, doc="Computes the report and emails it with XLSX and CSV attached. Asynchronous: a mail "
                          "failure is retried R3/PT5M, then an incident.")
    m.node("EndEvent_ReportSent", "endEvent", "Đã gửi báo cáo", x + 140, y, doc="The report was emailed.")
    m.flow("Flow_ReportSent", "Task_SendReport", "EndEvent_ReportSent")


def scheduled_model(kind, pid, name, start_id, start_name, expr, start_doc, period_id, period_name, bean, period_doc):
    m = Model(pid, name, f"The {kind} report of R-1 (seed 003: weekly figures every Thursday, the monthly report "
                         "before the 15th), run by a timer inside the engine so that it shows in Cockpit. " + REPORT_DOC)
    Y = 120
    m.node(start_id, "startEvent", start_name, 170, Y, body=timer("TimerEventDefinition_" + kind.capitalize(), expr),
           doc=start_doc)
    m.node(period_id, "serviceTask", period_name, 310, Y, attrs=svc(bean), doc=period_doc)
    send_task(m, 460, Y)
    m.flow("Flow_" + kind.capitalize() + "Due", start_id, period_id)
    m.flow("Flow_PeriodSet", period_id, "Task_SendReport")
    return m


def weekly_model():
    return scheduled_model("weekly", "vneid-ihanoi-report-weekly", "Báo cáo tuần VNeID và iHanoi", "StartEvent_Weekly",
                           "Thứ Năm hằng tuần", "${reportSchedule.weeklyCycle}",
                           "Weekly timer, by default Thursday 08:00 Hanoi time (app.reports.weekly.*).",
                           "Task_WeeklyPeriod", "Xác định kỳ báo cáo tuần", "reportWeeklyPeriod",
                           "The seven days before today, for the whole city (or app.reports.area).")


def monthly_model():
    return scheduled_model("monthly", "vneid-ihanoi-report-monthly", "Báo cáo tháng VNeID và iHanoi",
                           "StartEvent_Monthly", "Ngày 10 hằng tháng", "${reportSchedule.monthlyCycle}",
                           "Monthly timer, by default the 10th at 08:00 Hanoi time, before the 15th "
                           "(app.reports.monthly.*).",
                           "Task_MonthlyPeriod", "Xác định kỳ báo cáo tháng", "reportMonthlyPeriod",
                           "The previous calendar month, for the whole city (or app.reports.area).")


def on_demand_model():
    m = Model("vneid-ihanoi-report", "Lập báo cáo VNeID và iHanoi theo yêu cầu",
              "A report for any period and area, started by POST /api/reports/run (variables reportFrom, reportTo, "
              "reportArea). " + REPORT_DOC)
    m.node("StartEvent_ReportRequested", "startEvent", "Yêu cầu lập báo cáo", 170, 120,
           doc="An official asked for the report of a period and area.")
    send_task(m, 310, 120)
    m.flow("Flow_ReportRequested", "StartEvent_ReportRequested", "Task_SendReport")
    return m


def quota_form():
    return form("vneid-quota-reminder", [
        text("Quota_Intro", "**Đơn vị chưa đạt định mức đăng bài trên VNeID tháng {{quotaMonth}}.** "
                            "Mỗi đơn vị đăng ít nhất 01 bài/tháng (Sở Tư pháp: 02 bài trong tháng 6/2024)."),
        text("Quota_Figures", "**Tối thiểu:** {{quotaRequired}} bài · **Đã đăng:** {{quotaPublished}} bài"),
        text("Quota_Howto", "Hãy xây dựng bài viết và gửi đề nghị đăng tin (biểu mẫu \"Đề nghị đăng tin Loa phường\" "
                            "trong Tasklist hoặc qua API), rồi xác nhận đã tiếp nhận nhắc nhở."),
        {"type": "checkbox", "id": "Quota_Ack", "key": "acknowledged", "label": "Đã tiếp nhận nhắc nhở",
         "validate": {"required": True}},
    ])


if __name__ == "__main__":
    for model in (quota_check_model(), quota_reminder_model(), weekly_model(), monthly_model(), on_demand_model()):
        path = os.path.join(ROOT, "bpmn", model.pid + ".bpmn")
        model.write(path)
        print("wrote", os.path.relpath(path, ROOT))
    f = quota_form()
    path = os.path.join(ROOT, "forms", f["id"] + ".form")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(f, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote", os.path.relpath(path, ROOT))
