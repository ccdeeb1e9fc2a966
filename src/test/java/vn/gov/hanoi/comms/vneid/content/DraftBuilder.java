package vn.gov.hanoi.comms.vneid.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A valid draft by default (relative to {@link #NOW}); tests change one thing at a time. */
final class DraftBuilder {

  /** 10:00 in Hanoi on 15 June 2024. */
  static final Instant NOW = Instant.parse("2024-06-15T03:00:00Z");

  String unitCode = "SO-TU-PHAP";
  String title = "Tuyên truyền Luật Căn cước 2023";
  String summary = "Những điểm mới của Luật Căn cước có hiệu lực từ 01/7/2024.";
  String bodyHtml =
      "<p>Luật Căn cước có hiệu lực từ ngày <strong>01/7/2024</strong>.</p><ul><li>Thẻ căn cước</li></ul>";
  Category category = Category.LAW_AND_REGULATION;
  Scope scope = Scope.DISTRICT;
  List<String> targetAreaCodes = List.of("001", "002");
  Integer ageMin = 14;
  Integer ageMax = 80;
  Gender gender = Gender.ALL;
  Instant publishFrom = Instant.parse("2024-06-20T00:00:00Z");
  Instant publishUntil = Instant.parse("2024-07-20T00:00:00Z");
  String justification = null;
  String reviewerNotes = "Đề nghị đăng trước ngày 01/7/2024.";
  String letterNumber = "125/STP-PBGDPL";
  LocalDate letterDate = LocalDate.of(2024, 6, 14);

  static DraftBuilder valid() {
    return new DraftBuilder();
  }

  ArticleDraft build() {
    return new ArticleDraft(
        unitCode,
        title,
        summary,
        bodyHtml,
        category,
        scope,
        targetAreaCodes,
        ageMin,
        ageMax,
        gender,
        publishFrom,
        publishUntil,
        justification,
        reviewerNotes,
        letterNumber,
        letterDate);
  }
}
