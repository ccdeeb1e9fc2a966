#!/usr/bin/env python3
"""Generates bpmn/vneid-request.bpmn and bpmn/vneid-notify-unit.bpmn (semantics + diagram).

Run from the project root:  python3 tools/gen_models.py
Edit the layout here, not in Modeler, so ids and coordinates stay reviewable; Modeler can still open
and save the result (then keep this script in step or retire it).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from bpmngen import Model  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RETRY = "<camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>"


def status(s):
    return f'<camunda:executionListener expression="${{requestStatus.update(execution, \'{s}\')}}" event="start" />'


def listeners(complete="${decisionRecorder}"):
    return ('<camunda:taskListener delegateExpression="${taskDisplay}" event="create" />\n'
            f'<camunda:taskListener delegateExpression="{complete}" event="complete" />')


def svc(bean, async_=False):
    a = {"camunda:delegateExpression": "${" + bean + "}"}
    if async_:
        a["camunda:asyncBefore"] = "true"
    return a


def user(group, form):
    return {"camunda:candidateGroups": group, "camunda:formRef": form, "camunda:formRefBinding": "latest"}


def notify(kind):
    attrs = {"calledElement": "vneid-notify-unit", "camunda:calledElementBinding": "latest"}
    ext = ('<camunda:in source="requestId" target="requestId" />\n'
           '<camunda:in source="round" target="round" />\n'
           f'<camunda:in sourceExpression="{kind}" target="noticeKind" />\n'
           '<camunda:in businessKey="#{execution.processBusinessKey}" />')
    return attrs, ext


def timer(expr):
    return ("<bpmn:timerEventDefinition>\n"
            f"  <bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">{expr}</bpmn:timeDate>\n"
            "</bpmn:timerEventDefinition>")


# rows (centre y) and the request model ------------------------------------------------------------
NAT, MID, MAIN, REV, LOOP = 120, 260, 400, 560, 690


def request_model():
    m = Model("vneid-request", "Đề nghị đăng tin Loa phường trên VNeID",
              "A unit asks the police to publish an article in the 'Tin tức' section of VNeID (Loa phường), "
              "SPEC section 2. Registration checks the request and its scope and routes it (V-ROUTE); automatic "
              "pre-checks (V-CHECK) help the appraiser, who passes it or returns it for revision (V-STEP-2). "
              "The authority of the scope approves or rejects (V-STEP-3; national scope: the City Police "
              "Director endorses, then C06 decides). Returns and rejections send the unit a written notice and "
              "let it revise and resubmit (a new round) or withdraw (V-STEP-4). An approved article is published "
              "at the start of its window and taken down at its end; an approval after the window has closed "
              "does not publish and the unit is told (V-STEP-5). The unit may withdraw at any time. "
              "The business key is the request id; every decision is recorded by the task listeners (P-3).")
    n = m.node
    # main row
    n("StartEvent_RequestSubmitted", "startEvent", "Đơn vị gửi đề nghị", 170, MAIN,
      attrs={"camunda:formKey": "embedded:deployment:forms/vneid-submit.html"},
      doc="A unit submitted a request (Tasklist start form, the product's REST API or Camunda's REST start "
          "call; all validate the same way, V-STEP-1).")
    n("Task_RegisterRequest", "serviceTask", "Tiếp nhận, kiểm tra phạm vi và định tuyến", 290, MAIN,
      attrs=svc("requestRegistration"),
      doc="Validates the request (V-REQ) and its target areas against the unit's home area (V-ROUTE-3), "
          "stores round 1 and sets the routing variables (unitGroup, appraiserGroup, approverGroup, scope; "
          "V-ROUTE-1/2/4). Synchronous on purpose: a refusal throws and rolls back the start, so nothing is "
          "started and nothing is stored.")
    n("Gateway_RoundStart", "exclusiveGateway", None, 420, MAIN,
      doc="Merge: the first submission and every resubmission start a new appraisal round here.")
    n("Task_RunPreChecks", "serviceTask", "Kiểm tra tự động", 540, MAIN, attrs=svc("preChecks"),
      doc="Automatic pre-checks of the current round (V-CHECK-1 featured image, V-CHECK-2 classification "
          "markings, sets classifiedMarking; V-CHECK-3 category and prohibited terms). Results are stored and "
          "shown to the appraiser; they never decide on their own.")
    n("Task_Appraise", "userTask", "Thẩm định nội dung và hình thức", 690, MAIN,
      attrs=user("${appraiserGroup}", "vneid-appraise"), ext=status("IN_APPRAISAL") + "\n" + listeners(),
      doc="The receiving police (district police or PC06) appraise content and form (V-STEP-2) with the "
          "pre-check results, and decide PASS or RETURN with written reasons. A flagged classification "
          "marking needs the explicit override classifiedOverride to pass (V-CHECK-2).")
    n("Gateway_AppraisalOutcome", "exclusiveGateway", "Kết quả thẩm định?", 830, MAIN, label="T",
      doc="Routes on the appraiser's decision appraisalOutcome: PASS goes to approval, anything else returns "
          "the request to the unit.")
    n("Gateway_ApprovalRoute", "exclusiveGateway", "Phạm vi đăng tin?", 940, MAIN,
      doc="Chooses the approving authority by scope (V-STEP-3): national scope needs the City Police "
          "Director's endorsement and C06's approval; commune, district and city scope are approved by "
          "approverGroup (district police chief or City Police Director).")
    # national row
    n("Task_EndorseNational", "userTask", "Giám đốc CATP đề xuất C06", 1090, NAT,
      attrs=user("city-police-director", "vneid-endorse-national"),
      ext=status("IN_APPROVAL") + "\n" + listeners(),
      doc="National scope (V-ROUTE-4): the City Police Director decides whether to propose the article to "
          "C06 (approvalOutcome APPROVE = endorse, REJECT = do not endorse, with reasons).")
    n("Gateway_EndorsementOutcome", "exclusiveGateway", "Đề xuất lên C06?", 1210, NAT, label="T",
      doc="Endorsed requests go to C06; a refusal to endorse is a rejection.")
    n("Task_ApproveNational", "userTask", "C06 phê duyệt đăng toàn quốc", 1350, NAT,
      attrs=user("c06-approver", "vneid-approve"), ext=listeners(),
      doc="C06 (Ministry of Public Security) approves or rejects the national publication with reasons "
          "(V-STEP-3).")
    n("Gateway_NationalApprovalOutcome", "exclusiveGateway", "Kết quả phê duyệt của C06?", 1490, NAT,
      label="T", doc="Routes on C06's decision approvalOutcome.")
    # local approval on the main row
    n("Task_Approve", "userTask", "Phê duyệt đăng tin", 1090, MAIN,
      attrs=user("${approverGroup}", "vneid-approve"), ext=status("IN_APPROVAL") + "\n" + listeners(),
      doc="The authority of the scope approves or rejects with reasons (V-STEP-3): the district police "
          "chief for commune or district scope, the City Police Director for city scope.")
    n("Gateway_ApprovalOutcome", "exclusiveGateway", "Kết quả phê duyệt?", 1300, MAIN,
      doc="Routes on the approver's decision approvalOutcome.")
    n("Gateway_Rejected", "exclusiveGateway", None, 1300, MID,
      doc="Merge of the three ways to a rejection: no endorsement, rejected by C06, rejected locally.")
    n("CallActivity_NotifyRejection", "callActivity", "Gửi thông báo từ chối", 1450, MID,
      attrs=notify("REJECT")[0], ext=status("REJECTED") + "\n" + notify("REJECT")[1],
      doc="Sends the unit the numbered rejection notice with the reasons (V-STEP-4) through the "
          "vneid-notify-unit process.")
    n("Gateway_Approved", "exclusiveGateway", None, 1620, MAIN,
      doc="Merge of national and local approval.")
    n("Task_CheckWindow", "serviceTask", "Kiểm tra thời hạn đăng", 1750, MAIN,
      attrs=svc("publicationWindowCheck"),
      doc="Sets windowOpen: true while the publication window has not closed yet (V-STEP-5), and the "
          "publishFrom / publishUntil dates of the approved version.")
    n("Gateway_WindowOpen", "exclusiveGateway", "Còn trong thời hạn đăng?", 1890, MAIN,
      doc="An approval that comes after the window has closed does not publish (V-STEP-5).")
    n("Timer_WindowStart", "intermediateCatchEvent", "Đến thời điểm đăng", 2010, MAIN,
      ext=status("SCHEDULED"), body=timer("${publishFrom}"),
      doc="Waits for the start of the publication window (fires at once if it has already begun).")
    n("Task_Publish", "serviceTask", "Đăng tin lên VNeID", 2130, MAIN,
      attrs=svc("articlePublisher", True), ext=RETRY,
      doc="Publishes the article to the target areas and audience in VNeID (V-STEP-5). Asynchronous with "
          "retries: a failure of VNeID becomes a retried job, then an incident.")
    n("Timer_WindowEnd", "intermediateCatchEvent", "Hết thời hạn đăng", 2250, MAIN,
      ext=status("PUBLISHED"), body=timer("${publishUntil}"),
      doc="Waits for the end of the publication window.")
    n("Task_Unpublish", "serviceTask", "Gỡ tin khi hết hạn", 2370, MAIN,
      attrs=svc("articleUnpublisher", True), ext=RETRY,
      doc="Takes the article down at the end of its window (V-STEP-5); retried, then an incident.")
    n("EndEvent_Expired", "endEvent", "Đã đăng và hết hạn", 2490, MAIN, ext=status("EXPIRED"),
      doc="The article was published and its window has ended.")
    n("CallActivity_NotifyLapsed", "callActivity", "Báo đơn vị: không đăng do quá hạn", 2010, MID,
      attrs=notify("LAPSED")[0], ext=status("LAPSED") + "\n" + notify("LAPSED")[1],
      doc="Tells the unit that the approved article is not published because its window has closed "
          "(V-STEP-5).")
    n("EndEvent_Lapsed", "endEvent", "Không đăng do quá hạn", 2140, MID,
      doc="Approved too late: not published.")
    # revision rows
    n("CallActivity_NotifyReturn", "callActivity", "Gửi thông báo trả lại", 830, REV,
      attrs=notify("RETURN")[0], ext=status("RETURNED") + "\n" + notify("RETURN")[1],
      doc="Sends the unit the numbered notice of return with the appraiser's reasons and what to change "
          "(V-STEP-4) through the vneid-notify-unit process.")
    n("Gateway_NeedsRevision", "exclusiveGateway", None, 1450, REV,
      doc="Merge: after a return or a rejection the unit revises or withdraws.")
    n("Task_Revise", "userTask", "Chỉnh sửa và gửi lại", 1590, REV,
      attrs=user("${unitGroup}", "vneid-revise"), ext=listeners("${revisionRecorder}"),
      doc="The unit reads the reasons, edits the article or the window and resubmits, or withdraws "
          "(V-STEP-4). Every round is kept.")
    n("Gateway_RevisionOutcome", "exclusiveGateway", "Đơn vị quyết định?", 1730, REV, label="T",
      doc="Routes on revisionOutcome: RESUBMIT starts a new round, anything else withdraws.")
    n("EndEvent_Withdrawn", "endEvent", "Đơn vị rút đề nghị", 1850, REV, ext=status("WITHDRAWN"),
      doc="The unit withdrew the request after a return or a rejection.")
    n("Task_RegisterRevision", "serviceTask", "Ghi nhận bản chỉnh sửa", 1730, LOOP,
      attrs=svc("revisionRegistration"),
      doc="Validates the revised fields like a new submission (V-REQ), stores them as a new round and "
          "increments round; then the request goes back to the pre-checks and appraisal.")

    f = m.flow
    f("Flow_Submitted", "StartEvent_RequestSubmitted", "Task_RegisterRequest")
    f("Flow_Registered", "Task_RegisterRequest", "Gateway_RoundStart")
    f("Flow_RoundStarted", "Gateway_RoundStart", "Task_RunPreChecks")
    f("Flow_PreChecked", "Task_RunPreChecks", "Task_Appraise")
    f("Flow_Appraised", "Task_Appraise", "Gateway_AppraisalOutcome")
    f("Flow_AppraisalPassed", "Gateway_AppraisalOutcome", "Gateway_ApprovalRoute", name="Đạt",
      cond="${appraisalOutcome == 'PASS'}", label=(864, 380, 30, 14))
    f("Flow_AppraisalReturned", "Gateway_AppraisalOutcome", "CallActivity_NotifyReturn", "BT", default=True,
      name="Trả lại để chỉnh sửa", label=(742, 458, 82, 27))
    f("Flow_NationalScope", "Gateway_ApprovalRoute", "Task_EndorseNational", "TL", name="Toàn quốc",
      cond="${scope == 'NATIONAL'}", label=(946, 240, 60, 14))
    f("Flow_LocalScope", "Gateway_ApprovalRoute", "Task_Approve", default=True,
      name="Xã, huyện, thành phố", label=(970, 366, 66, 27))
    f("Flow_EndorsementDecided", "Task_EndorseNational", "Gateway_EndorsementOutcome")
    f("Flow_Endorsed", "Gateway_EndorsementOutcome", "Task_ApproveNational", name="Đề xuất",
      cond="${approvalOutcome == 'APPROVE'}", label=(1241, 100, 50, 14))
    f("Flow_EndorsementRefused", "Gateway_EndorsementOutcome", "Gateway_Rejected", "BL", default=True,
      name="Không đề xuất", label=(1132, 196, 74, 14))
    f("Flow_NationalDecided", "Task_ApproveNational", "Gateway_NationalApprovalOutcome")
    f("Flow_NationalApproved", "Gateway_NationalApprovalOutcome", "Gateway_Approved", "RT",
      name="Phê duyệt", cond="${approvalOutcome == 'APPROVE'}", label=(1530, 100, 55, 14))
    f("Flow_NationalRejected", "Gateway_NationalApprovalOutcome", "Gateway_Rejected", "BT", default=True,
      via=[(1490, 200), (1300, 200)], name="Từ chối", label=(1496, 162, 45, 14))
    f("Flow_LocalDecided", "Task_Approve", "Gateway_ApprovalOutcome")
    f("Flow_Approved", "Gateway_ApprovalOutcome", "Gateway_Approved", name="Phê duyệt",
      cond="${approvalOutcome == 'APPROVE'}", label=(1336, 380, 55, 14))
    f("Flow_Rejected", "Gateway_ApprovalOutcome", "Gateway_Rejected", "TB", default=True, name="Từ chối",
      label=(1306, 322, 45, 14))
    f("Flow_RejectionMerged", "Gateway_Rejected", "CallActivity_NotifyRejection")
    f("Flow_RejectionNotified", "CallActivity_NotifyRejection", "Gateway_NeedsRevision", "BT")
    f("Flow_ApprovalMerged", "Gateway_Approved", "Task_CheckWindow")
    f("Flow_WindowChecked", "Task_CheckWindow", "Gateway_WindowOpen")
    f("Flow_WindowOpen", "Gateway_WindowOpen", "Timer_WindowStart", name="Còn hạn", cond="${windowOpen}",
      label=(1924, 380, 48, 14))
    f("Flow_WindowStarted", "Timer_WindowStart", "Task_Publish")
    f("Flow_Published", "Task_Publish", "Timer_WindowEnd")
    f("Flow_WindowEnded", "Timer_WindowEnd", "Task_Unpublish")
    f("Flow_Unpublished", "Task_Unpublish", "EndEvent_Expired")
    f("Flow_WindowClosed", "Gateway_WindowOpen", "CallActivity_NotifyLapsed", "TL", default=True,
      name="Đã quá hạn", label=(1822, 300, 62, 14))
    f("Flow_LapseNotified", "CallActivity_NotifyLapsed", "EndEvent_Lapsed")
    f("Flow_ReturnNotified", "CallActivity_NotifyReturn", "Gateway_NeedsRevision")
    f("Flow_RevisionMerged", "Gateway_NeedsRevision", "Task_Revise")
    f("Flow_RevisionDecided", "Task_Revise", "Gateway_RevisionOutcome")
    f("Flow_Resubmitted", "Gateway_RevisionOutcome", "Task_RegisterRevision", "BT", name="Gửi lại",
      cond="${revisionOutcome == 'RESUBMIT'}", label=(1736, 608, 45, 14))
    f("Flow_Withdrawn", "Gateway_RevisionOutcome", "EndEvent_Withdrawn", default=True, name="Rút đề nghị",
      label=(1768, 566, 66, 14))
    f("Flow_RevisionRegistered", "Task_RegisterRevision", "Gateway_RoundStart", "LB",
      via=[(420, LOOP)])

    # event sub-process: withdrawal at any time -------------------------------------------------------
    SY = 860
    n("StartEvent_WithdrawalRequested", "startEvent", "Yêu cầu rút", 230, SY,
      attrs={"isInterrupting": "true"},
      body='<bpmn:messageEventDefinition id="MessageEventDefinition_WithdrawRequest" '
           'messageRef="Message_WithdrawRequest" />',
      doc="The unit withdraws the request (message VneidRequestWithdrawn correlated by business key). "
          "Interrupting: every open task and timer of the request is cancelled.")
    n("Task_RetractPublication", "serviceTask", "Gỡ tin nếu đã đăng", 370, SY,
      attrs=svc("articleUnpublisher", True), ext=RETRY,
      doc="Takes the article down from VNeID if it is online; does nothing otherwise. Retried, then an "
          "incident.")
    n("EndEvent_WithdrawnByUnit", "endEvent", "Đã rút", 510, SY, ext=status("WITHDRAWN"),
      doc="The request was withdrawn by the unit.")
    f("Flow_WithdrawalRequested", "StartEvent_WithdrawalRequested", "Task_RetractPublication")
    f("Flow_PublicationRetracted", "Task_RetractPublication", "EndEvent_WithdrawnByUnit")
    m.subprocesses.append(dict(
        id="SubProcess_Withdrawal", name="Đơn vị rút đề nghị (bất kỳ lúc nào)",
        doc="Event sub-process: the unit may withdraw its request at any time, also while the article is "
            "scheduled or online; a published article is taken down first.",
        x=160, y=770, w=420, h=170, attrs={"triggeredByEvent": "true"},
        children=["StartEvent_WithdrawalRequested", "Task_RetractPublication", "EndEvent_WithdrawnByUnit"]))
    m.messages.append(("Message_WithdrawRequest", "VneidRequestWithdrawn"))
    return m


def notify_model():
    m = Model("vneid-notify-unit", "Gửi thông báo cho đơn vị đề nghị",
              "Called by vneid-request (noticeKind RETURN, REJECT or LAPSED; requestId, round; business key = "
              "request id). Issues the notice to the requesting unit as a numbered official letter in "
              "Vietnamese, stating the reasons and what to change (V-STEP-4, V-STEP-5), kept so that the unit "
              "can print it, then emails it to the unit. A mail failure is never swallowed: it becomes a "
              "retried job (3 times, 5 minutes apart) and then an incident in Cockpit.")
    Y = 120
    m.node("StartEvent_NoticeRequested", "startEvent", "Cần thông báo cho đơn vị", 170, Y,
           doc="A request needs a notice to its unit (return, rejection or lapse).")
    m.node("Task_IssueNotice", "serviceTask", "Lập văn bản thông báo", 290, Y, attrs=svc("noticeIssuer"),
           doc="Creates the numbered official letter (Vietnamese) from the recorded decision and its reasons, "
               "and stores it so the unit can view and print it.")
    m.node("Task_EmailNotice", "serviceTask", "Gửi thư điện tử cho đơn vị", 440, Y,
           attrs=svc("noticeMailer", True), ext=RETRY,
           doc="Emails the letter to the unit's contact address. Asynchronous: a mail failure is re-thrown, "
               "retried R3/PT5M, then raises an incident.")
    m.node("EndEvent_NoticeSent", "endEvent", "Đã gửi thông báo", 570, Y,
           doc="The notice has been issued and emailed.")
    m.flow("Flow_NoticeRequested", "StartEvent_NoticeRequested", "Task_IssueNotice")
    m.flow("Flow_NoticeIssued", "Task_IssueNotice", "Task_EmailNotice")
    m.flow("Flow_NoticeEmailed", "Task_EmailNotice", "EndEvent_NoticeSent")
    return m


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "bpmn"), exist_ok=True)
    for model in (request_model(), notify_model()):
        path = os.path.join(ROOT, "bpmn", model.pid + ".bpmn")
        model.write(path)
        print("wrote", os.path.relpath(path, ROOT))
