#!/usr/bin/env python3
"""Generates the Camunda Forms of the iHanoi user tasks (Vietnamese, schemaVersion 16).

Run from the project root:  python3 tools/gen_ihanoi_forms.py
Display values come from the task-local Json variable "display" set by the ${ihanoiTaskDisplay} listener
(common.FormDisplay): templates read {{display.<field>}}.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from gen_forms import ROOT, form, group, radio, text, textarea  # noqa: E402

MAX_EDIT = 3900  # process variables stay under 4,000 characters (PostgreSQL); longer texts via the REST API


def notice(p):
    return [
        text(f"{p}_Issuer", "**Đơn vị phát hành:** {{display.issuerName}}"),
        group(f"{p}_Group_Notice", "Tin cảnh báo, truyền thông", [
            text(f"{p}_Title", "### {{display.noticeTitle}}"),
            text(f"{p}_Body", "{{display.noticeBodyText}}"),
            text(f"{p}_Level", "**Cấp:** {{display.levelText}}"),
            text(f"{p}_Topic", "**Chủ đề:** {{display.topicText}} · **Mức độ:** {{display.urgencyText}} · "
                               "**Hiệu lực đến:** {{display.validUntilText}}"),
        ]),
    ]


def earlier(p, hide_unless_stopped=False):
    g = group(f"{p}_Group_Earlier", "Tin cấp trên đã gửi/đã duyệt có nội dung trùng", [
        text(f"{p}_EarlierTitle", "### {{display.duplicateTitle}}"),
        text(f"{p}_EarlierMeta", "**Cấp:** {{display.duplicateLevel}} · **Đơn vị:** {{display.duplicateIssuer}} · "
                                 "**Ngày:** {{display.duplicateDate}} · **Mức độ giống:** {{display.duplicateSimilarity}}"),
        text(f"{p}_EarlierBody", "{{display.duplicateBodyText}}"),
    ])
    if hide_unless_stopped:
        g["conditional"] = {"hide": "=not(display.duplicateStopped = true)"}
    return [g]


def edits(p):
    return [
        {"type": "textfield", "id": f"{p}_EditedTitle", "key": "editedTitle",
         "label": "Tiêu đề mới (để trống nếu giữ nguyên)", "validate": {"maxLength": 300}},
        textarea(f"{p}_EditedBody", "editedBody", "Nội dung mới (để trống nếu giữ nguyên)",
                 f"Văn bản thuần, tối đa {MAX_EDIT} ký tự ở đây; nội dung dài hơn sửa qua API."),
    ]


def forms():
    yield form("ihanoi-create", [
        text("Create_Intro", "**Tạo tin cảnh báo, truyền thông trên iHanoi.** Cấp và địa bàn gửi theo đơn vị của bạn "
                             "(sở: toàn Thành phố; UBND quận/huyện, phường/xã: địa bàn của mình). Không gửi lại tin "
                             "của cấp trên."),
        {"type": "textfield", "id": "Create_Organisation", "key": "organisationCode", "label": "Mã đơn vị phát hành",
         "description": "Chỉ cần khi bạn thuộc nhiều đơn vị, ví dụ UBND-P-TRUCBACH."},
        {"type": "textfield", "id": "Create_Title", "key": "title", "label": "Tiêu đề",
         "validate": {"required": True, "maxLength": 300}},
        {"type": "textarea", "id": "Create_Body", "key": "body", "label": "Nội dung",
         "description": f"Văn bản thuần, tối đa {MAX_EDIT} ký tự ở đây; nội dung dài hơn tạo qua API.",
         "validate": {"required": True, "maxLength": MAX_EDIT}},
        {"type": "select", "id": "Create_Topic", "key": "topic", "label": "Chủ đề", "validate": {"required": True},
         "values": [{"label": l, "value": v} for v, l in [
             ("SOCIAL_WELFARE", "An sinh xã hội"), ("TRAFFIC", "Giao thông"), ("HEALTH", "Y tế"),
             ("EDUCATION", "Giáo dục"), ("PUBLIC_ORDER", "An ninh trật tự"), ("CULTURE", "Văn hóa"),
             ("OTHER", "Khác")]]},
        radio("Create_Urgency", "urgency", "Mức độ", [("NORMAL", "Thông thường"), ("URGENT", "Khẩn")]),
    ])
    body = edits("Edit")
    body[1]["validate"] = {"maxLength": MAX_EDIT}
    yield form("ihanoi-edit", notice("Edit") + [group("Edit_Group_Changes", "Biên tập", body)])
    rb = edits("Resolve")
    rb[1]["validate"] = {"maxLength": MAX_EDIT}
    yield form("ihanoi-resolve-duplicate", [
        text("Resolve_Intro", "**Tin đã bị dừng:** nội dung trùng với tin cấp trên (không gửi lại tin của cấp "
                              "trên). Hãy sửa lại, rút tin, hoặc đề nghị người duyệt cho phép gửi nếu tin khác."),
    ] + earlier("Resolve") + notice("Resolve") + [
        group("Resolve_Group_Decision", "Quyết định của biên tập viên", [
            radio("Resolve_Outcome", "resolution", "Xử lý",
                  [("REVISE", "Sửa lại nội dung và kiểm tra lại"), ("WITHDRAW", "Rút tin"),
                   ("ASK_OVERRIDE", "Tin khác tin cấp trên: đề nghị người duyệt cho phép gửi")]),
            textarea("Resolve_Note", "resolutionNote", "Ghi chú / lý do"),
        ] + rb),
    ])
    yield form("ihanoi-approve", notice("Approve") + earlier("Approve", True) + [
        group("Approve_Group_Decision", "Quyết định duyệt", [
            radio("Approve_Outcome", "approvalOutcome", "Quyết định",
                  [("APPROVE", "Duyệt và gửi"), ("RETURN", "Trả lại biên tập"),
                   ("OVERRIDE_DUPLICATE", "Cho phép gửi dù trùng lặp (chỉ khi tin bị dừng)")]),
            textarea("Approve_Reasons", "approvalReasons", "Lý do",
                     "Bắt buộc khi trả lại hoặc cho phép gửi tin trùng lặp; được lưu lại."),
        ]),
    ])
    yield form("ihanoi-send-overdue", [
        text("Overdue_Intro", "**Đơn vị chưa gửi tin iHanoi trong 3 ngày** (Công điện 05/CĐ-UBND: tối thiểu "
                              "03 ngày 01 tin). Hãy tạo và gửi tin mới; nhiệm vụ tự kết thúc khi tin được gửi."),
        {"type": "checkbox", "id": "Overdue_Ack", "key": "acknowledged", "label": "Đã tiếp nhận nhắc nhở"},
    ])


if __name__ == "__main__":
    for f in forms():
        path = os.path.join(ROOT, "forms", f["id"] + ".form")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))
