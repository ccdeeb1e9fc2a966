#!/usr/bin/env python3
"""Generates the Camunda Forms (form-js JSON) under forms/ for the user tasks of vneid-request.

Run from the project root:  python3 tools/gen_forms.py
Display values come from the task-local Json variable "display" set by the ${taskDisplay} task listener
(common.FormDisplay): templates read {{display.<field>}};
only the decision fields are written back to the process.
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = {"executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0",
          "exporter": {"name": "tools/gen_forms.py", "version": "1.0"}, "schemaVersion": 16,
          "type": "default"}


def text(id, t):
    return {"type": "text", "id": id, "text": t}


def group(id, label, comps):
    return {"type": "group", "id": id, "label": label, "showOutline": True, "components": comps}


def display(prefix):
    p = prefix
    return [
        text(f"{p}_Unit", "**Đơn vị đề nghị:** {{display.unitName}}"),
        group(f"{p}_Group_Article", "Bài viết", [
            text(f"{p}_Title", "### {{display.articleTitle}}"),
            text(f"{p}_Summary", "_{{display.articleSummary}}_"),
            {"type": "image", "id": f"{p}_Image", "source": "=display.featuredImageUrl",
             "alt": "Ảnh đại diện của bài viết"},
            text(f"{p}_Body", "{{display.articleBodyText}}"),
            text(f"{p}_Preview", "[Xem toàn văn và tệp đính kèm]({{display.previewUrl}})"),
            text(f"{p}_Category", "**Chuyên mục:** {{display.categoryText}}"),
        ]),
        group(f"{p}_Group_Audience", "Đối tượng, phạm vi, thời gian", [
            text(f"{p}_Audience", "**Đối tượng:** {{display.audienceText}}"),
            text(f"{p}_Scope", "**Phạm vi:** {{display.scopeText}}"),
            text(f"{p}_Window", "**Thời gian đăng:** {{display.windowText}}"),
            text(f"{p}_Letter", "**Văn bản đề nghị:** {{display.letterText}}"),
            text(f"{p}_Justification", "**Sự cần thiết:** {{display.justificationText}}"),
            text(f"{p}_Notes", "**Ghi chú cho người thẩm định:** {{display.reviewerNotesText}}"),
        ]),
        group(f"{p}_Group_PreChecks", "Kết quả kiểm tra tự động", [
            text(f"{p}_PreCheckSummary", "{{display.preCheckSummary}}"),
        ]),
        group(f"{p}_Group_History", "Lịch sử các vòng", [
            text(f"{p}_History", "{{display.historyText}}"),
        ]),
    ]


def radio(id, key, label, values, description=None):
    c = {"type": "radio", "id": id, "key": key, "label": label,
         "values": [{"label": l, "value": v} for v, l in values], "validate": {"required": True}}
    if description:
        c["description"] = description
    return c


def textarea(id, key, label, description=None):
    c = {"type": "textarea", "id": id, "key": key, "label": label}
    if description:
        c["description"] = description
    return c


def form(fid, comps):
    return dict(id=fid, components=comps, **HEADER)


def forms():
    yield form("vneid-appraise", display("Appraise") + [
        group("Appraise_Group_Decision", "Kết luận thẩm định", [
            radio("Appraise_Outcome", "appraisalOutcome", "Kết quả thẩm định",
                  [("PASS", "Đạt – chuyển phê duyệt"), ("RETURN", "Trả lại để chỉnh sửa")]),
            textarea("Appraise_Reasons", "appraisalReasons", "Lý do / yêu cầu chỉnh sửa",
                     "Bắt buộc khi trả lại: nêu rõ lý do và nội dung đơn vị cần chỉnh sửa."),
            {"type": "checkbox", "id": "Appraise_ClassifiedOverride", "key": "classifiedOverride",
             "label": "Tôi đã kiểm tra: dấu hiệu 'Mật' không phải là tài liệu mật (V-CHECK-2)",
             "description": "Bài viết có dấu hiệu độ mật; chỉ được chuyển phê duyệt khi đã xác nhận.",
             "conditional": {"hide": "=not(classifiedMarking = true)"}},
        ]),
    ])
    yield form("vneid-approve", display("Approve") + [
        group("Approve_Group_Decision", "Quyết định phê duyệt", [
            radio("Approve_Outcome", "approvalOutcome", "Quyết định",
                  [("APPROVE", "Phê duyệt đăng"), ("REJECT", "Từ chối")]),
            textarea("Approve_Reasons", "approvalReasons", "Lý do",
                     "Bắt buộc khi từ chối: lý do sẽ được gửi cho đơn vị đề nghị."),
        ]),
    ])
    yield form("vneid-endorse-national", display("Endorse") + [
        group("Endorse_Group_Decision", "Đề xuất đăng toàn quốc", [
            radio("Endorse_Outcome", "approvalOutcome", "Quyết định của Giám đốc Công an thành phố",
                  [("APPROVE", "Đề xuất C06 phê duyệt"), ("REJECT", "Không đề xuất")]),
            textarea("Endorse_Reasons", "approvalReasons", "Lý do",
                     "Bắt buộc khi không đề xuất: lý do sẽ được gửi cho đơn vị đề nghị."),
        ]),
    ])
    keep = "Để trống nếu giữ nguyên."
    when = ("Định dạng ngày giờ ISO 8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00. " + keep)
    yield form("vneid-revise", [
        text("Revise_Unit", "**Đơn vị đề nghị:** {{display.unitName}}"),
        group("Revise_Group_History", "Lịch sử các vòng", [
            text("Revise_Intro", "Lý do của quyết định gần nhất và các vòng trước:"),
            text("Revise_History", "{{display.historyText}}"),
        ]),
        group("Revise_Group_Article", "Bài viết", [
            text("Revise_Title", "### {{display.articleTitle}}"),
            text("Revise_Summary", "_{{display.articleSummary}}_"),
            {"type": "image", "id": "Revise_Image", "source": "=display.featuredImageUrl",
             "alt": "Ảnh đại diện của bài viết"},
            text("Revise_Window", "**Thời gian đăng hiện tại:** {{display.windowText}}"),
            text("Revise_Preview", "[Xem toàn văn và tệp đính kèm]({{display.previewUrl}})"),
        ]),
        group("Revise_Group_Changes", "Nội dung chỉnh sửa", [
            {"type": "textfield", "id": "Revise_RevisedTitle", "key": "revisedTitle",
             "label": "Tiêu đề mới (để trống nếu giữ nguyên)", "description": keep},
            {"type": "textfield", "id": "Revise_RevisedSummary", "key": "revisedSummary",
             "label": "Tóm tắt mới (để trống nếu giữ nguyên)", "description": keep},
            textarea("Revise_RevisedBody", "revisedBodyText", "Nội dung mới (để trống nếu giữ nguyên)",
                     "Văn bản thuần; " + keep.lower()),
            {"type": "textfield", "id": "Revise_RevisedPublishFrom", "key": "revisedPublishFrom",
             "label": "Đăng từ (để trống nếu giữ nguyên)", "placeholder": "2026-12-01T08:00:00+07:00",
             "description": when},
            {"type": "textfield", "id": "Revise_RevisedPublishUntil", "key": "revisedPublishUntil",
             "label": "Đăng đến (để trống nếu giữ nguyên)", "placeholder": "2026-12-31T17:00:00+07:00",
             "description": when},
        ]),
        group("Revise_Group_Decision", "Quyết định của đơn vị", [
            radio("Revise_Outcome", "revisionOutcome", "Đơn vị quyết định",
                  [("RESUBMIT", "Gửi lại để thẩm định"), ("WITHDRAW", "Rút đề nghị")]),
            textarea("Revise_Note", "revisionNote", "Giải trình chỉnh sửa",
                     "Nêu các nội dung đã chỉnh sửa theo yêu cầu."),
        ]),
    ])


if __name__ == "__main__":
    os.makedirs(os.path.join(ROOT, "forms"), exist_ok=True)
    for f in forms():
        path = os.path.join(ROOT, "forms", f["id"] + ".form")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(f, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        print("wrote", os.path.relpath(path, ROOT))
