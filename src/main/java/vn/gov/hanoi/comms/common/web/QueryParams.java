package vn.gov.hanoi.comms.common.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

/** Reading the product API's list filters from a query string; faults are collected by name. */
public final class QueryParams {
  private QueryParams() {}

  /** An ISO-8601 instant with its offset, or {@code fallback} when absent. */
  public static Instant instant(
      String field, String value, Instant fallback, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      // An unencoded "+07:00" in a query string arrives as " 07:00".
      return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new FieldError(
              field, "Thời điểm phải theo ISO-8601 có múi giờ, ví dụ 2026-12-01T08:00:00+07:00"));
      return fallback;
    }
  }

  /** One of an enum's constants by name, or null when absent. */
  public static <E extends Enum<E>> E oneOf(
      String field, String value, Class<E> type, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              field,
              "Giá trị không hợp lệ: phải là một trong "
                  + Arrays.toString(type.getEnumConstants())
                  + ": "
                  + value));
      return null;
    }
  }

  /** Refuses the request (400) when any filter was wrong. */
  public static void refuseIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tham số không hợp lệ", errors);
    }
  }
}
