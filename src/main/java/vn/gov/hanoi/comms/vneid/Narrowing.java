package vn.gov.hanoi.comms.vneid;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.gov.hanoi.comms.common.HanoiTime;
import vn.gov.hanoi.comms.common.ProductClock;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.vneid.VneidProcess.ApprovalOutcome;
import vn.gov.hanoi.comms.vneid.content.Gender;

/**
 * What an approver may change when approving (V-STEP-3): a shorter publication window and a
 * narrower audience, never wider than the unit asked (V-REQ-2, V-REQ-4). Blank fields keep the
 * unit's values. Recorded with the decision and used for the publication; the unit sees it in its
 * request's history.
 */
public record Narrowing(
    Instant publishFrom, Instant publishUntil, Integer ageMin, Integer ageMax, String gender) {
  public static final String FROM = "narrowPublishFrom";
  public static final String UNTIL = "narrowPublishUntil";
  public static final String AGE_MIN = "narrowAgeMin";
  public static final String AGE_MAX = "narrowAgeMax";
  public static final String GENDER = "narrowGender";
  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ProductClock.HANOI);

  public static final Narrowing NONE = new Narrowing(null, null, null, null, null);

  /**
   * The approver's fields as the form sends them (date-times in Hanoi time, without or with an
   * offset).
   */
  public static Narrowing from(Map<String, Object> vars, List<FieldError> errors) {
    return new Narrowing(
        instant(vars.get(FROM), FROM, errors),
        instant(vars.get(UNTIL), UNTIL, errors),
        integer(vars.get(AGE_MIN), AGE_MIN, errors),
        integer(vars.get(AGE_MAX), AGE_MAX, errors),
        text(vars.get(GENDER)));
  }

  public boolean isEmpty() {
    return publishFrom == null
        && publishUntil == null
        && ageMin == null
        && ageMax == null
        && gender == null;
  }

  /** Every way this narrowing widens the request or makes no sense, naming the field. */
  public List<FieldError> check(RoundRecord asked, ApprovalOutcome outcome, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    if (isEmpty()) {
      return errors;
    }
    if (outcome != ApprovalOutcome.APPROVE) {
      errors.add(new FieldError(FROM, "Chỉ thu hẹp thời gian và đối tượng khi phê duyệt"));
      return errors;
    }
    Instant from = publishFrom != null ? publishFrom : asked.publishFrom();
    Instant until = publishUntil != null ? publishUntil : asked.publishUntil();
    if (publishFrom != null && publishFrom.isBefore(asked.publishFrom())) {
      errors.add(
          new FieldError(
              FROM,
              "Không được đăng sớm hơn đơn vị đề nghị ("
                  + SHOWN.format(asked.publishFrom())
                  + ")"));
    }
    if (publishUntil != null && publishUntil.isAfter(asked.publishUntil())) {
      errors.add(
          new FieldError(
              UNTIL,
              "Không được đăng lâu hơn đơn vị đề nghị ("
                  + SHOWN.format(asked.publishUntil())
                  + ")"));
    }
    if (!until.isAfter(from)) {
      errors.add(new FieldError(UNTIL, "Thời điểm kết thúc phải sau thời điểm bắt đầu đăng"));
    } else if (publishUntil != null && !publishUntil.isAfter(now)) {
      errors.add(new FieldError(UNTIL, "Thời điểm kết thúc đã qua"));
    }
    int min = ageMin != null ? ageMin : asked.ageMin();
    int max = ageMax != null ? ageMax : asked.ageMax();
    if (ageMin != null && ageMin < asked.ageMin()) {
      errors.add(
          new FieldError(
              AGE_MIN,
              "Không được mở rộng độ tuổi: đơn vị đề nghị từ " + asked.ageMin() + " tuổi"));
    }
    if (ageMax != null && ageMax > asked.ageMax()) {
      errors.add(
          new FieldError(
              AGE_MAX,
              "Không được mở rộng độ tuổi: đơn vị đề nghị đến " + asked.ageMax() + " tuổi"));
    }
    if (min > max) {
      errors.add(new FieldError(AGE_MAX, "Độ tuổi đến phải không nhỏ hơn độ tuổi từ"));
    }
    if (gender != null) {
      if (!List.of("ALL", "MALE", "FEMALE").contains(gender)) {
        errors.add(new FieldError(GENDER, "Giới tính phải là ALL, MALE hoặc FEMALE"));
      } else if (!gender.equals(asked.gender()) && !"ALL".equals(asked.gender())) {
        errors.add(
            new FieldError(
                GENDER,
                "Không được mở rộng đối tượng: đơn vị đề nghị chỉ "
                    + Gender.valueOf(asked.gender()).label()));
      }
    }
    return errors;
  }

  /** The round as approved: the unit's values with this narrowing applied. */
  public RoundRecord applyTo(RoundRecord r) {
    return new RoundRecord(
        r.requestId(),
        r.roundNo(),
        r.title(),
        r.summary(),
        r.bodyHtml(),
        r.category(),
        r.scope(),
        r.targetAreaCodes(),
        ageMin != null ? ageMin : r.ageMin(),
        ageMax != null ? ageMax : r.ageMax(),
        gender != null ? gender : r.gender(),
        publishFrom != null ? publishFrom : r.publishFrom(),
        publishUntil != null ? publishUntil : r.publishUntil(),
        r.justification(),
        r.reviewerNotes(),
        r.letterNumber(),
        r.letterDate(),
        r.featuredImageId(),
        r.preCheckSummary(),
        r.classifiedMarking(),
        r.revisionNote(),
        r.submittedBy(),
        r.submittedAt());
  }

  /**
   * "đăng từ 08:00 03/12/2026 đến 17:00 05/12/2026; độ tuổi 18–40; giới tính: Nữ", what changed
   * only.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (publishFrom != null || publishUntil != null) {
      parts.add(
          "thời gian đăng"
              + (publishFrom == null ? "" : " từ " + SHOWN.format(publishFrom))
              + (publishUntil == null ? "" : " đến " + SHOWN.format(publishUntil)));
    }
    if (ageMin != null || ageMax != null) {
      parts.add(
          "độ tuổi"
              + (ageMin == null ? "" : " từ " + ageMin)
              + (ageMax == null ? "" : " đến " + ageMax));
    }
    if (gender != null) {
      parts.add("giới tính: " + Gender.valueOf(gender).label());
    }
    return String.join("; ", parts);
  }

  private static String text(Object o) {
    return o == null || o.toString().isBlank() ? null : o.toString().strip();
  }

  private static Instant instant(Object o, String field, List<FieldError> errors) {
    return HanoiTime.parse(o, field, errors);
  }

  private static Integer integer(Object o, String field, List<FieldError> errors) {
    if (o instanceof Number n) {
      return n.intValue();
    }
    String s = text(o);
    if (s == null) {
      return null;
    }
    try {
      return Integer.valueOf(s);
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "Phải là số nguyên"));
      return null;
    }
  }
}
