package vn.gov.hanoi.comms.vneid.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.vneid.content.ArticleDraft;
import vn.gov.hanoi.comms.vneid.content.Category;
import vn.gov.hanoi.comms.vneid.content.Gender;
import vn.gov.hanoi.comms.vneid.content.Scope;

/**
 * Reads the JSON part of a submission into a draft, naming every field whose value cannot be read.
 */
final class SubmissionParser {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SubmissionParser() {}

  static SubmissionJson read(byte[] json) {
    if (json == null || json.length == 0) {
      throw new ValidationProblemException(
          "Thiếu nội dung đề nghị",
          List.of(new FieldError("request", "Phần 'request' (JSON) là bắt buộc")));
    }
    try {
      return JSON.readValue(json, SubmissionJson.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ValidationProblemException(
          "Đề nghị đăng tin không hợp lệ",
          List.of(new FieldError(e.getPropertyName(), "Trường không được hỗ trợ")));
    } catch (MismatchedInputException e) {
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
              .collect(Collectors.joining("."));
      throw new ValidationProblemException(
          "Đề nghị đăng tin không hợp lệ",
          List.of(new FieldError(field.isEmpty() ? "request" : field, "Kiểu dữ liệu không đúng")));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ValidationProblemException(
          "Đề nghị đăng tin không hợp lệ",
          List.of(new FieldError("request", "JSON không hợp lệ: " + e.getOriginalMessage())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static ArticleDraft toDraft(SubmissionJson j, String defaultUnit) {
    List<FieldError> errors = new ArrayList<>();
    ArticleDraft d =
        new ArticleDraft(
            j.unitCode() != null ? j.unitCode() : defaultUnit,
            j.title(),
            j.summary(),
            j.bodyHtml(),
            enumOf(Category.class, "category", j.category(), errors),
            enumOf(Scope.class, "scope", j.scope(), errors),
            j.targetAreaCodes() == null ? List.of() : j.targetAreaCodes(),
            j.ageMin(),
            j.ageMax(),
            enumOf(Gender.class, "gender", j.gender(), errors),
            instant("publishFrom", j.publishFrom(), errors),
            instant("publishUntil", j.publishUntil(), errors),
            j.justification(),
            j.reviewerNotes(),
            j.letterNumber(),
            date("letterDate", j.letterDate(), errors));
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Đề nghị đăng tin không hợp lệ", errors);
    }
    return d;
  }

  private static <E extends Enum<E>> E enumOf(
      Class<E> type, String field, String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              field,
              "Giá trị không hợp lệ '"
                  + value
                  + "'; chọn một trong "
                  + Arrays.stream(type.getEnumConstants())
                      .map(Enum::name)
                      .collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static Instant instant(String field, String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field, "Thời gian phải theo ISO-8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00"));
      return null;
    }
  }

  private static LocalDate date(String field, String value, List<FieldError> errors) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "Ngày phải theo dạng yyyy-MM-dd, ví dụ 2026-11-20"));
      return null;
    }
  }
}
