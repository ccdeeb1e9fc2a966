package vn.gov.hanoi.comms.vneid.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The {@code request} part of a submission, as clients send it. Enums and dates arrive as strings
 * so that a wrong value is reported against its field rather than as an unreadable body.
 */
@Schema(description = "Đề nghị đăng tin (V-REQ)")
public record SubmissionJson(
    @Schema(example = "UBND-P-TRUCBACH") String unitCode,
    @Schema(example = "Phường Trúc Bạch triển khai dịch vụ công trực tuyến") String title,
    String summary,
    @Schema(description = "HTML; scripts, event handlers and frames are refused") String bodyHtml,
    @Schema(
            allowableValues = {
              "PROJECT_06",
              "LAW_AND_REGULATION",
              "LOCAL_POLICY",
              "PILOT_MODEL",
              "LOCAL_PROMOTION",
              "OTHER"
            })
        String category,
    @Schema(allowableValues = {"COMMUNE", "DISTRICT", "CITY", "NATIONAL"}) String scope,
    @Schema(example = "[\"00004\"]") List<String> targetAreaCodes,
    Integer ageMin,
    Integer ageMax,
    @Schema(allowableValues = {"ALL", "MALE", "FEMALE"}) String gender,
    @Schema(example = "2026-12-01T08:00:00+07:00") String publishFrom,
    @Schema(example = "2026-12-15T17:00:00+07:00") String publishUntil,
    String justification,
    String reviewerNotes,
    @Schema(example = "125/UBND-VP") String letterNumber,
    @Schema(example = "2026-11-20") String letterDate,
    @Schema(description = "Only when resubmitting: what was changed") String revisionNote) {}
