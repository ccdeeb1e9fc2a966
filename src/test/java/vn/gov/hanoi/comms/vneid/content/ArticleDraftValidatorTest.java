package vn.gov.hanoi.comms.vneid.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.gov.hanoi.comms.common.web.FieldError;

class ArticleDraftValidatorTest {

  private static final Clock CLOCK = Clock.fixed(DraftBuilder.NOW, ZoneOffset.UTC);

  private final ArticleDraftValidator validator = new ArticleDraftValidator();

  private List<FieldError> validate(Consumer<DraftBuilder> change) {
    DraftBuilder b = DraftBuilder.valid();
    change.accept(b);
    return validator.validate(b.build(), CLOCK);
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  @DisplayName("V-REQ-1..7: a complete, correct draft has no fault")
  void validDraftPasses() {
    assertThat(validate(b -> {})).isEmpty();
  }

  // --- V-REQ-1: article ---

  @Test
  @DisplayName("V-REQ-1: a missing title is refused")
  void missingTitle() {
    List<FieldError> errors = validate(b -> b.title = "  ");
    assertThat(fields(errors)).containsExactly("title");
    assertThat(errors.get(0).message()).contains("Tiêu đề");
  }

  @Test
  @DisplayName("V-REQ-1: a title over 300 characters is refused")
  void titleTooLong() {
    assertThat(fields(validate(b -> b.title = "a".repeat(301)))).containsExactly("title");
    assertThat(validate(b -> b.title = "a".repeat(300))).isEmpty();
  }

  @Test
  @DisplayName("V-REQ-1: a title or summary with an HTML tag is refused (plain text only)")
  void markupInTitleAndSummary() {
    assertThat(fields(validate(b -> b.title = "Tin <b>mới</b>"))).containsExactly("title");
    assertThat(fields(validate(b -> b.summary = "<img src=x onerror=alert(1)>")))
        .containsExactly("summary");
    assertThat(validate(b -> b.summary = "Trẻ em < 14 tuổi đi cùng cha mẹ")).isEmpty();
  }

  @Test
  @DisplayName("V-REQ-1: a missing or over-long summary is refused")
  void summary() {
    assertThat(fields(validate(b -> b.summary = null))).containsExactly("summary");
    assertThat(fields(validate(b -> b.summary = "x".repeat(1001)))).containsExactly("summary");
  }

  @Test
  @DisplayName("V-REQ-1: a missing body is refused")
  void missingBody() {
    assertThat(fields(validate(b -> b.bodyHtml = ""))).containsExactly("bodyHtml");
  }

  @Test
  @DisplayName(
      "V-REQ-1: a body with a script is refused with a clear message, not silently cleaned")
  void bodyWithScript() {
    List<FieldError> errors = validate(b -> b.bodyHtml = "<p>Tin tức</p><script>alert(1)</script>");
    assertThat(fields(errors)).containsExactly("bodyHtml");
    assertThat(errors.get(0).message()).startsWith("Nội dung có mã thực thi (script");
  }

  @Test
  @DisplayName("V-REQ-1: an event handler or javascript: link in the body is refused")
  void bodyWithHandlerOrScriptUrl() {
    assertThat(fields(validate(b -> b.bodyHtml = "<p onmouseover=\"steal()\">Tin</p>")))
        .containsExactly("bodyHtml");
    assertThat(fields(validate(b -> b.bodyHtml = "<p><a href=\"javascript:alert(1)\">Xem</a></p>")))
        .containsExactly("bodyHtml");
  }

  @Test
  @DisplayName("V-REQ-1: a body with nothing readable after sanitising is refused")
  void bodyEmptyAfterSanitising() {
    assertThat(fields(validate(b -> b.bodyHtml = "<p>   </p><div></div>")))
        .containsExactly("bodyHtml");
  }

  @Test
  @DisplayName("V-REQ-1: a body over 200,000 characters of HTML is refused")
  void bodyTooLong() {
    String big = "<p>" + "a".repeat(200_000) + "</p>";
    List<FieldError> errors = validate(b -> b.bodyHtml = big);
    assertThat(fields(errors)).containsExactly("bodyHtml");
    assertThat(errors.get(0).message()).contains("200000");
  }

  @Test
  @DisplayName("V-REQ-1: NUL and other control characters are refused; tab and line breaks are not")
  void controlCharacters() {
    assertThat(fields(validate(b -> b.title = "Tin\u0000tức"))).containsExactly("title");
    assertThat(fields(validate(b -> b.bodyHtml = "<p>Tin\u0007 tức</p>")))
        .containsExactly("bodyHtml");
    assertThat(fields(validate(b -> b.reviewerNotes = "ghi\u001Bchú")))
        .containsExactly("reviewerNotes");
    assertThat(validate(b -> b.summary = "Dòng 1\r\nDòng 2\tcột")).isEmpty();
  }

  // --- V-REQ-2: audience ---

  @Test
  @DisplayName("V-REQ-2: an age outside 0..120 is refused on that field")
  void ageOutOfRange() {
    assertThat(fields(validate(b -> b.ageMin = -1))).containsExactly("ageMin");
    assertThat(fields(validate(b -> b.ageMax = 121))).containsExactly("ageMax");
  }

  @Test
  @DisplayName("V-REQ-2: a minimum age above the maximum is refused on ageMax")
  void ageMinAboveMax() {
    assertThat(
            fields(
                validate(
                    b -> {
                      b.ageMin = 60;
                      b.ageMax = 18;
                    })))
        .containsExactly("ageMax");
    assertThat(
            fields(
                validate(
                    b -> {
                      b.ageMin = 121;
                      b.ageMax = null;
                    })))
        .containsExactly("ageMin");
  }

  @Test
  @DisplayName("V-REQ-2: ages are optional and default to 0..120")
  void agesOptional() {
    assertThat(
            validate(
                b -> {
                  b.ageMin = null;
                  b.ageMax = null;
                }))
        .isEmpty();
    assertThat(b().effectiveAgeMin()).isZero();
    assertThat(b().effectiveAgeMax()).isEqualTo(120);
  }

  private static ArticleDraft b() {
    DraftBuilder b = DraftBuilder.valid();
    b.ageMin = null;
    b.ageMax = null;
    return b.build();
  }

  @Test
  @DisplayName("V-REQ-2: a missing gender is refused")
  void missingGender() {
    assertThat(fields(validate(b -> b.gender = null))).containsExactly("gender");
  }

  // --- V-REQ-3: scope ---

  @Test
  @DisplayName("V-REQ-3: a missing scope is refused")
  void missingScope() {
    assertThat(fields(validate(b -> b.scope = null))).containsExactly("scope");
  }

  @Test
  @DisplayName("V-REQ-3: commune, district and city scopes need at least one target area")
  void localScopeNeedsAreas() {
    for (Scope scope : List.of(Scope.COMMUNE, Scope.DISTRICT, Scope.CITY)) {
      assertThat(
              fields(
                  validate(
                      b -> {
                        b.scope = scope;
                        b.targetAreaCodes = List.of();
                      })))
          .as(scope.name())
          .containsExactly("targetAreaCodes");
    }
    assertThat(fields(validate(b -> b.targetAreaCodes = null))).containsExactly("targetAreaCodes");
  }

  @Test
  @DisplayName("V-REQ-3: a malformed area code is refused and named")
  void malformedAreaCode() {
    List<FieldError> errors =
        validate(b -> b.targetAreaCodes = List.of("001", "1", "12a45", "123456"));
    assertThat(fields(errors)).containsExactly("targetAreaCodes");
    assertThat(errors.get(0).message()).contains("1, 12a45, 123456");
  }

  @Test
  @DisplayName("V-REQ-3: national scope needs no area code")
  void nationalNeedsNoArea() {
    assertThat(
            validate(
                b -> {
                  b.scope = Scope.NATIONAL;
                  b.targetAreaCodes = List.of();
                  b.justification = "Mô hình điểm nhân rộng toàn quốc.";
                }))
        .isEmpty();
  }

  // --- V-REQ-4: window ---

  @Test
  @DisplayName("V-REQ-4: missing start and end of the window are refused")
  void missingWindow() {
    assertThat(fields(validate(b -> b.publishFrom = null))).containsExactly("publishFrom");
    assertThat(fields(validate(b -> b.publishUntil = null))).containsExactly("publishUntil");
  }

  @Test
  @DisplayName(
      "V-REQ-4: a window starting years ahead (a year 9999) or lasting over a year is refused")
  void windowFarAhead() {
    assertThat(
            fields(
                validate(b -> b.publishFrom = b.publishFrom.plus(java.time.Duration.ofDays(3000)))))
        .contains("publishFrom");
    assertThat(
            fields(
                validate(b -> b.publishUntil = b.publishFrom.plus(java.time.Duration.ofDays(400)))))
        .containsExactly("publishUntil");
  }

  @Test
  @DisplayName(
      "V-REQ-3: more target areas than any scope needs (10,000 codes) is one clear error, not a failure")
  void tooManyAreas() {
    assertThat(
            fields(
                validate(b -> b.targetAreaCodes = java.util.Collections.nCopies(10_000, "00004"))))
        .containsExactly("targetAreaCodes");
  }

  @Test
  @DisplayName("V-REQ-4: an end of window not after its start is refused, naming both fields")
  void endNotAfterStart() {
    assertThat(fields(validate(b -> b.publishUntil = b.publishFrom)))
        .containsExactly("publishFrom", "publishUntil");
    assertThat(fields(validate(b -> b.publishUntil = b.publishFrom.minusSeconds(3600))))
        .containsExactly("publishFrom", "publishUntil");
  }

  @Test
  @DisplayName("V-REQ-4: an end of window in the past is refused")
  void endInThePast() {
    List<FieldError> errors =
        validate(
            b -> {
              b.publishFrom = Instant.parse("2024-05-01T00:00:00Z");
              b.publishUntil = DraftBuilder.NOW.minusSeconds(1);
            });
    assertThat(fields(errors)).containsExactly("publishUntil");
    assertThat(errors.get(0).message()).contains("đã qua");
  }

  @Test
  @DisplayName("V-REQ-4: a window that already started but has not ended is accepted")
  void startInThePastIsFine() {
    assertThat(validate(b -> b.publishFrom = Instant.parse("2024-06-01T00:00:00Z"))).isEmpty();
  }

  // --- V-REQ-5: category ---

  @Test
  @DisplayName("V-REQ-5: a missing category is refused")
  void missingCategory() {
    assertThat(fields(validate(b -> b.category = null))).containsExactly("category");
  }

  @Test
  @DisplayName("V-REQ-5: categories carry the seed's Vietnamese names")
  void categoryLabels() {
    assertThat(Category.PROJECT_06.label()).isEqualTo("Đề án 06");
    assertThat(Category.LOCAL_PROMOTION.label()).isEqualTo("Quảng bá hình ảnh địa phương");
    assertThat(Scope.NATIONAL.label()).isEqualTo("Toàn quốc");
    assertThat(Gender.FEMALE.label()).isEqualTo("Nữ");
  }

  // --- V-REQ-6: justification ---

  @Test
  @DisplayName("V-REQ-6: national scope without a justification is refused")
  void nationalNeedsJustification() {
    assertThat(
            fields(
                validate(
                    b -> {
                      b.scope = Scope.NATIONAL;
                      b.targetAreaCodes = List.of();
                      b.justification = " ";
                    })))
        .containsExactly("justification");
  }

  @Test
  @DisplayName("V-REQ-6: category OTHER without a justification is refused")
  void otherNeedsJustification() {
    assertThat(fields(validate(b -> b.category = Category.OTHER))).containsExactly("justification");
    assertThat(
            validate(
                b -> {
                  b.category = Category.OTHER;
                  b.justification = "Thông báo lịch tiêm chủng.";
                }))
        .isEmpty();
  }

  // --- V-REQ-7: letter ---

  @Test
  @DisplayName("V-REQ-7: a missing or over-long letter number is refused")
  void letterNumber() {
    assertThat(fields(validate(b -> b.letterNumber = null))).containsExactly("letterNumber");
    assertThat(fields(validate(b -> b.letterNumber = "1".repeat(51))))
        .containsExactly("letterNumber");
    assertThat(validate(b -> b.letterNumber = "125/UBND-VP")).isEmpty();
  }

  @Test
  @DisplayName("V-REQ-7: a missing letter date or one in the future is refused")
  void letterDate() {
    assertThat(fields(validate(b -> b.letterDate = null))).containsExactly("letterDate");
    assertThat(fields(validate(b -> b.letterDate = LocalDate.of(2024, 6, 16))))
        .containsExactly("letterDate");
    assertThat(validate(b -> b.letterDate = LocalDate.of(2024, 6, 15))).isEmpty();
  }

  @Test
  @DisplayName(
      "V-REQ-7: a letter dated today in Hanoi is accepted while it is still yesterday in UTC")
  void letterDateUsesHanoiCalendar() {
    Clock lateEveningUtc =
        Clock.fixed(
            Instant.parse("2024-06-14T18:30:00Z"), ZoneOffset.UTC); // 01:30 on 15/6 in Hanoi
    DraftBuilder b = DraftBuilder.valid();
    b.letterDate = LocalDate.of(2024, 6, 15);
    assertThat(validator.validate(b.build(), lateEveningUtc)).isEmpty();
  }

  @Test
  @DisplayName("V-REQ-1..7: a draft with everything wrong lists every field at fault")
  void everythingWrong() {
    ArticleDraft d =
        new ArticleDraft(
            null,
            null,
            null,
            "<script>x()</script>",
            null,
            Scope.COMMUNE,
            List.of("abc"),
            -5,
            500,
            null,
            null,
            DraftBuilder.NOW.minusSeconds(60),
            null,
            null,
            null,
            LocalDate.of(2030, 1, 1));
    List<FieldError> errors = validator.validate(d, CLOCK);
    assertThat(fields(errors))
        .containsExactlyInAnyOrder(
            "title",
            "summary",
            "bodyHtml",
            "bodyHtml",
            "category",
            "targetAreaCodes",
            "ageMin",
            "ageMax",
            "gender",
            "publishFrom",
            "publishUntil",
            "letterNumber",
            "letterDate");

    ArticleDraft blank =
        new ArticleDraft(
            null,
            null,
            null,
            null,
            Category.OTHER,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    assertThat(fields(validator.validate(blank, CLOCK)))
        .containsExactlyInAnyOrder(
            "title",
            "summary",
            "bodyHtml",
            "scope",
            "gender",
            "publishFrom",
            "publishUntil",
            "justification",
            "letterNumber",
            "letterDate");
    List<String> all = new ArrayList<>(fields(errors));
    all.addAll(fields(validator.validate(blank, CLOCK)));
    assertThat(all)
        .containsAll(
            List.of(
                "title",
                "summary",
                "bodyHtml",
                "category",
                "scope",
                "targetAreaCodes",
                "ageMin",
                "ageMax",
                "gender",
                "publishFrom",
                "publishUntil",
                "justification",
                "letterNumber",
                "letterDate"));
  }
}
