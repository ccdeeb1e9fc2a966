#!/usr/bin/env python3
"""Generates the iHanoi models (semantics + diagram) with bpmngen.

Run from the project root:  python3 tools/gen_ihanoi_models.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmngen import Model  # noqa: E402
from gen_models import RETRY, svc, user  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LISTENERS = ('<camunda:taskListener delegateExpression="${ihanoiTaskDisplay}" event="create" />\n'
             '<camunda:taskListener delegateExpression="${ihanoiDecisionRecorder}" event="complete" />')


def check(stage):
    """The duplicate check runs inside the notice's own transaction: one service task, no called process and
    no variables copied in and out (issue 6: the called ihanoi-duplicate-check doubled the statements per
    notice). The stage is a property of the task, read by the delegate, so it costs no variable."""
    attrs = svc("ihanoiDuplicateFinder")
    ext = ('<camunda:properties>\n'
           f'  <camunda:property name="stage" value="{stage}" />\n'
           '</camunda:properties>')
    return attrs, ext


TOP2, TOP1, MAIN, STOP, LOOP1, LOOP2 = 100, 180, 300, 460, 560, 620


def notice_model():
    m = Model("ihanoi-notice", "Thông tin cảnh báo, truyền thông trên iHanoi",
              "A warning or communication to iHanoi users at city, district or commune level (SPEC section 3, "
              "seed 001). The issuing organisation decides the level, area, editors and approvers (I-LEVEL-1..3): "
              "a city department's notice is approved by the City Office's Electronic Information Centre and goes "
              "to the whole city; a people's committee edits and approves its own notice for its area. District and "
              "commune notices are compared with what the levels above sent or approved (I-DEDUP-1/2/5) before "
              "approval and again just before sending; a duplicate stops the notice and the editor revises, "
              "withdraws or asks an approver to override with a written reason (I-DEDUP-4). The business key is "
              "IHANOI-<notice id>; every decision is recorded by the task listeners (P-3).")
    n, f = m.node, m.flow
    n("StartEvent_NoticeCreated", "startEvent", "Đơn vị tạo tin", 170, MAIN,
      attrs={"camunda:formRef": "ihanoi-create", "camunda:formRefBinding": "latest"},
      doc="An officer of the issuing body created the notice, through POST /api/ihanoi/notices (validated and "
          "stored before the start) or Tasklist's start form (validated and stored by Task_RegisterNotice). The "
          "process carries the notice id only.")
    n("Task_RegisterNotice", "serviceTask", "Xác định cấp, người biên tập và phê duyệt", 280, MAIN,
      attrs=svc("ihanoiNoticeRegistration"),
      doc="Stores a notice drafted in the start form (same rules as the REST API; a refusal rolls the start "
          "back), then sets level, editorGroup, approverGroup and checkDuplicates from the issuing organisation "
          "(I-LEVEL-1..3). Synchronous on purpose.")
    n("Gateway_EditStart", "exclusiveGateway", None, 410, MAIN,
      doc="Merge: first edit and every return by the approver.")
    n("Task_EditNotice", "userTask", "Biên tập nội dung tin", 530, MAIN,
      attrs=user("${editorGroup}", "ihanoi-edit"), ext=LISTENERS,
      doc="The issuing body's editors edit title and body (I-LEVEL-1..3 step 2) and submit it for approval.")
    n("Gateway_LevelBeforeApproval", "exclusiveGateway", "Cấp huyện hoặc cấp xã?", 650, MAIN, label="T",
      doc="District and commune notices are checked against higher levels; city notices have none above them.")
    n("Gateway_CheckMerge", "exclusiveGateway", None, 760, MAIN,
      doc="Merge: first check and the check of a revised text.")
    a, e = check("BEFORE_APPROVAL")
    n("Task_CheckBeforeApproval", "serviceTask", "Kiểm tra trùng lặp trước khi duyệt", 880, MAIN,
      attrs=a, ext=e,
      doc="Compares the notice with what the levels above its area sent or approved within the look-back period "
          "(I-DEDUP-1/2/3/5), records the findings with stage BEFORE_APPROVAL and sets duplicateFound; a finding "
          "sets the notice STOPPED_DUPLICATE. Synchronous: it only reads the index and the product's tables.")
    n("Gateway_DuplicateFound", "exclusiveGateway", "Trùng tin cấp trên?", 1020, MAIN, label="T",
      doc="Routes on duplicateFound set by the check.")
    n("Gateway_ToApproval", "exclusiveGateway", None, 1150, MAIN,
      doc="Merge: city notices, notices without duplicate, and stopped notices the editor asks to override.")
    n("Task_ApproveNotice", "userTask", "Duyệt tin", 1280, MAIN,
      attrs=user("${approverGroup}", "ihanoi-approve"), ext=LISTENERS,
      doc="The City Office (city level) or the committee's approver decides APPROVE, RETURN (with reasons) or, "
          "for a notice stopped as a duplicate, OVERRIDE_DUPLICATE with a written reason (I-DEDUP-4).")
    n("Gateway_ApprovalOutcome", "exclusiveGateway", "Kết quả duyệt?", 1410, MAIN, label="T",
      doc="Routes on approvalOutcome.")
    n("Gateway_Approved", "exclusiveGateway", None, 1520, MAIN, doc="Merge of approval and override.")
    n("Task_MarkApproved", "serviceTask", "Ghi nhận tin đã duyệt", 1640, MAIN, attrs=svc("ihanoiNoticeApproval"),
      doc="Marks the notice APPROVED: from now on it counts in lower levels' duplicate checks (I-DEDUP-5).")
    n("Gateway_LevelBeforeSend", "exclusiveGateway", "Cấp huyện hoặc cấp xã?", 1770, MAIN, label="T",
      doc="District and commune notices are checked again just before sending.")
    a, e = check("BEFORE_SEND")
    n("Task_CheckBeforeSend", "serviceTask", "Kiểm tra trùng lặp trước khi gửi", 1890, MAIN,
      attrs=a, ext=e,
      doc="The same check with stage BEFORE_SEND: catches a higher-level notice sent or approved while this one "
          "was in approval (I-DEDUP-5).")
    n("Gateway_DuplicateBeforeSend", "exclusiveGateway", "Trùng tin cấp trên?", 2020, MAIN, label="T",
      doc="Routes on duplicateFound of the second check.")
    n("Gateway_ToSend", "exclusiveGateway", None, 2130, MAIN, doc="Merge before sending.")
    n("Task_SendNotice", "serviceTask", "Gửi tin đến người dân trên iHanoi", 2250, MAIN,
      attrs=svc("ihanoiNoticeSender", True), ext=RETRY,
      doc="Publishes the notice to the residents of the body's area (and the areas inside it) and marks it SENT. "
          "Asynchronous with retries, then an incident.")
    n("Task_ClearCadenceReminder", "serviceTask", "Kết thúc nhắc nhở chu kỳ gửi tin", 2380, MAIN,
      attrs=svc("ihanoiReminderClearer"),
      doc="Correlates IhanoiNoticeSent with the body's code: ends its open cadence reminder (I-CADENCE-1).")
    n("EndEvent_Sent", "endEvent", "Đã gửi tin", 2500, MAIN, doc="The notice was sent.")
    # stopped row
    n("Gateway_Stopped", "exclusiveGateway", None, 1020, STOP, doc="Merge of both duplicate stops.")
    n("Task_ResolveDuplicate", "userTask", "Xử lý tin trùng lặp", 1150, STOP,
      attrs=user("${editorGroup}", "ihanoi-resolve-duplicate"), ext=LISTENERS,
      doc="The editor sees the earlier notice, its level, date and the similarity (I-DEDUP-4) and revises, "
          "withdraws, or asks an approver to override.")
    n("Gateway_Resolution", "exclusiveGateway", "Biên tập viên quyết định?", 1290, STOP,
      doc="Routes on resolution: REVISE, ASK_OVERRIDE or (default) WITHDRAW.")
    n("Task_WithdrawNotice", "serviceTask", "Rút tin", 1420, STOP, attrs=svc("ihanoiNoticeWithdrawal"),
      doc="Marks the notice WITHDRAWN.")
    n("EndEvent_Withdrawn", "endEvent", "Đã rút tin", 1540, STOP, doc="The editor withdrew the duplicate notice.")

    f("Flow_Created", "StartEvent_NoticeCreated", "Task_RegisterNotice")
    f("Flow_Registered", "Task_RegisterNotice", "Gateway_EditStart")
    f("Flow_ToEdit", "Gateway_EditStart", "Task_EditNotice")
    f("Flow_Edited", "Task_EditNotice", "Gateway_LevelBeforeApproval")
    f("Flow_LowerLevel", "Gateway_LevelBeforeApproval", "Gateway_CheckMerge", name="Có",
      cond="${checkDuplicates}", label=(686, 306, 20, 14))
    f("Flow_CityLevel", "Gateway_LevelBeforeApproval", "Gateway_ToApproval", "BB", default=True,
      via=[(650, 380), (1150, 380)], name="Cấp thành phố", label=(860, 386, 80, 14))
    f("Flow_ToCheck", "Gateway_CheckMerge", "Task_CheckBeforeApproval")
    f("Flow_Checked", "Task_CheckBeforeApproval", "Gateway_DuplicateFound")
    f("Flow_NoDuplicate", "Gateway_DuplicateFound", "Gateway_ToApproval", name="Không", default=True,
      label=(1056, 306, 35, 14))
    f("Flow_DuplicateFound", "Gateway_DuplicateFound", "Gateway_Stopped", "BT", name="Trùng",
      cond="${duplicateFound}", label=(990, 410, 30, 14))
    f("Flow_ToApprove", "Gateway_ToApproval", "Task_ApproveNotice")
    f("Flow_Decided", "Task_ApproveNotice", "Gateway_ApprovalOutcome")
    f("Flow_Approve", "Gateway_ApprovalOutcome", "Gateway_Approved", name="Duyệt",
      cond="${approvalOutcome == 'APPROVE'}", label=(1440, 306, 35, 14))
    f("Flow_Override", "Gateway_ApprovalOutcome", "Gateway_Approved", "BB", via=[(1410, 380), (1520, 380)],
      name="Cho phép gửi dù trùng", cond="${approvalOutcome == 'OVERRIDE_DUPLICATE'}", label=(1410, 386, 120, 14))
    f("Flow_Return", "Gateway_ApprovalOutcome", "Gateway_EditStart", "TT", default=True,
      via=[(1410, TOP2), (410, TOP2)], name="Trả lại biên tập", label=(860, TOP2 - 20, 90, 14))
    f("Flow_ToMarkApproved", "Gateway_Approved", "Task_MarkApproved")
    f("Flow_MarkedApproved", "Task_MarkApproved", "Gateway_LevelBeforeSend")
    f("Flow_LowerLevelBeforeSend", "Gateway_LevelBeforeSend", "Task_CheckBeforeSend", name="Có",
      cond="${checkDuplicates}", label=(1800, 306, 20, 14))
    f("Flow_CityLevelBeforeSend", "Gateway_LevelBeforeSend", "Gateway_ToSend", "TT", default=True,
      via=[(1770, TOP1), (2130, TOP1)], name="Cấp thành phố", label=(1910, TOP1 - 20, 80, 14))
    f("Flow_CheckedBeforeSend", "Task_CheckBeforeSend", "Gateway_DuplicateBeforeSend")
    f("Flow_NoDuplicateBeforeSend", "Gateway_DuplicateBeforeSend", "Gateway_ToSend", name="Không", default=True,
      label=(2050, 306, 35, 14))
    f("Flow_DuplicateBeforeSend", "Gateway_DuplicateBeforeSend", "Gateway_Stopped", "BB",
      via=[(2020, LOOP2), (1020, LOOP2)], name="Trùng", cond="${duplicateFound}", label=(1980, 400, 30, 14))
    f("Flow_ToSend", "Gateway_ToSend", "Task_SendNotice")
    f("Flow_Sent", "Task_SendNotice", "Task_ClearCadenceReminder")
    f("Flow_ReminderCleared", "Task_ClearCadenceReminder", "EndEvent_Sent")
    f("Flow_ToResolve", "Gateway_Stopped", "Task_ResolveDuplicate")
    f("Flow_Resolved", "Task_ResolveDuplicate", "Gateway_Resolution")
    f("Flow_Revise", "Gateway_Resolution", "Gateway_CheckMerge", "BB", via=[(1290, LOOP1), (760, LOOP1)],
      name="Sửa lại và kiểm tra lại", cond="${resolution == 'REVISE'}", label=(1100, LOOP1 + 6, 130, 14))
    f("Flow_AskOverride", "Gateway_Resolution", "Gateway_ToApproval", "TB", via=[(1290, 390), (1150, 390)],
      name="Đề nghị cho phép gửi", cond="${resolution == 'ASK_OVERRIDE'}", label=(1296, 400, 110, 14))
    f("Flow_WithdrawDuplicate", "Gateway_Resolution", "Task_WithdrawNotice", default=True, name="Rút tin",
      label=(1320, STOP - 22, 40, 14))
    f("Flow_DuplicateWithdrawn", "Task_WithdrawNotice", "EndEvent_Withdrawn")

    SY = 760
    n("StartEvent_WithdrawalRequested", "startEvent", "Yêu cầu rút tin", 230, SY,
      attrs={"isInterrupting": "true"},
      body='<bpmn:messageEventDefinition id="MessageEventDefinition_Withdraw" messageRef="Message_Withdraw" />',
      doc="The issuing body withdraws the notice (POST /api/ihanoi/notices/{id}/withdraw: message "
          "IhanoiNoticeWithdrawn by business key). Interrupting: every open task ends.")
    n("Task_WithdrawOnRequest", "serviceTask", "Rút tin", 370, SY, attrs=svc("ihanoiNoticeWithdrawal"),
      doc="Marks the notice WITHDRAWN.")
    n("EndEvent_WithdrawnOnRequest", "endEvent", "Đã rút tin", 510, SY, doc="Withdrawn before sending.")
    f("Flow_WithdrawalRequested", "StartEvent_WithdrawalRequested", "Task_WithdrawOnRequest")
    f("Flow_WithdrawnOnRequest", "Task_WithdrawOnRequest", "EndEvent_WithdrawnOnRequest")
    m.subprocesses.append(dict(
        id="SubProcess_Withdrawal", name="Đơn vị rút tin (bất kỳ lúc nào trước khi gửi)",
        doc="Event sub-process: the issuing body may withdraw its notice at any time before it is sent.",
        x=160, y=680, w=420, h=160, attrs={"triggeredByEvent": "true"},
        children=["StartEvent_WithdrawalRequested", "Task_WithdrawOnRequest", "EndEvent_WithdrawnOnRequest"]))
    m.messages.append(("Message_Withdraw", "IhanoiNoticeWithdrawn"))
    return m


def cadence_check_model():
    m = Model("ihanoi-cadence-check", "Kiểm tra chu kỳ gửi tin iHanoi",
              "Runs every day (timer cycle from ${ihanoiCadenceSchedule.cycle}, by default 07:00 Hanoi time) "
              "inside the engine, so it shows in Cockpit. Each issuing body (the City Office, each district and "
              "commune committee) must send at least one notice every 3 days (I-CADENCE-1); a reminder process is "
              "started for each body behind that has none open.")
    Y = 120
    m.node("StartEvent_Daily", "startEvent", "Hằng ngày lúc 07:00", 170, Y,
           body='<bpmn:timerEventDefinition id="TimerEventDefinition_Daily">\n'
                '  <bpmn:timeCycle xsi:type="bpmn:tFormalExpression">${ihanoiCadenceSchedule.cycle}</bpmn:timeCycle>\n'
                '</bpmn:timerEventDefinition>',
           doc="Daily timer; the cycle is configurable (app.ihanoi.cadence.time / app.ihanoi.cadence.cycle).")
    m.node("Task_FindBodiesBehind", "serviceTask", "Tìm đơn vị chậm gửi tin và nhắc", 310, Y,
           attrs=svc("ihanoiCadenceCheck"),
           doc="Lists bodies with no notice sent in the last 3 days and starts ihanoi-cadence-reminder for each "
               "one not already reminded.")
    m.node("EndEvent_Checked", "endEvent", "Đã kiểm tra", 450, Y, doc="Check done for today.")
    m.flow("Flow_Due", "StartEvent_Daily", "Task_FindBodiesBehind")
    m.flow("Flow_BodiesReminded", "Task_FindBodiesBehind", "EndEvent_Checked")
    return m


def reminder_model():
    m = Model("ihanoi-cadence-reminder", "Nhắc đơn vị gửi tin iHanoi",
              "Started for one issuing body behind the cadence (business key = the body's code, I-CADENCE-1): "
              "emails the body's official address, then gives its editors a task in Tasklist. A notice sent by "
              "the body ends the reminder (message IhanoiNoticeSent correlated by business key).")
    Y = 120
    m.node("StartEvent_BodyBehind", "startEvent", "Đơn vị chậm gửi tin", 170, Y,
           doc="The daily check found the body behind.")
    m.node("Task_EmailReminder", "serviceTask", "Gửi thư nhắc cho đơn vị", 300, Y,
           attrs=svc("ihanoiCadenceMailer", True), ext=RETRY,
           doc="Emails the reminder. Asynchronous: a mail failure is retried R3/PT5M, then an incident.")
    m.node("Task_SendOverdueNotice", "userTask", "Biên tập và gửi tin mới", 450, Y,
           attrs=user("${reminderGroup}", "ihanoi-send-overdue"),
           doc="The body's editors prepare a notice; the task ends by itself when one is sent.")
    m.node("EndEvent_ReminderDone", "endEvent", "Đơn vị đã xác nhận", 590, Y,
           doc="The editors acknowledged the reminder.")
    m.flow("Flow_ReminderStarted", "StartEvent_BodyBehind", "Task_EmailReminder")
    m.flow("Flow_ReminderEmailed", "Task_EmailReminder", "Task_SendOverdueNotice")
    m.flow("Flow_ReminderAcknowledged", "Task_SendOverdueNotice", "EndEvent_ReminderDone")
    SY = 300
    m.node("StartEvent_NoticeSent", "startEvent", "Đơn vị đã gửi tin", 260, SY, attrs={"isInterrupting": "true"},
           body='<bpmn:messageEventDefinition id="MessageEventDefinition_NoticeSent" messageRef="Message_NoticeSent" />',
           doc="A notice of this body was sent (message IhanoiNoticeSent by business key): the reminder ends.")
    m.node("EndEvent_ReminderCleared", "endEvent", "Hết nhắc nhở", 400, SY, doc="The body is back on cadence.")
    m.flow("Flow_NoticeSent", "StartEvent_NoticeSent", "EndEvent_ReminderCleared")
    m.subprocesses.append(dict(
        id="SubProcess_NoticeSent", name="Đơn vị đã gửi tin mới",
        doc="Event sub-process: a sent notice ends the reminder at any point.",
        x=200, y=240, w=260, h=120, attrs={"triggeredByEvent": "true"},
        children=["StartEvent_NoticeSent", "EndEvent_ReminderCleared"]))
    m.messages.append(("Message_NoticeSent", "IhanoiNoticeSent"))
    return m


if __name__ == "__main__":
    for model in (notice_model(), cadence_check_model(), reminder_model()):
        path = os.path.join(ROOT, "bpmn", model.pid + ".bpmn")
        model.write(path)
        print("wrote", os.path.relpath(path, ROOT))
