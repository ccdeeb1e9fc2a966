package vn.gov.hanoi.comms.ihanoi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.hanoi.comms.area.AreaTree;
import vn.gov.hanoi.comms.common.web.FieldError;
import vn.gov.hanoi.comms.common.web.ValidationProblemException;
import vn.gov.hanoi.comms.organisation.Organisation;

/**
 * Checks a draft notice: every fault is listed with its field, so the creator fixes all at once and
 * nothing is stored when one is found. The level and area come from the organisation (I-LEVEL); a
 * level or area given by the client must agree with them.
 */
public final class NoticeValidator {

  public ValidatedNotice validate(NoticeDraft d, Organisation org, AreaTree tree, Instant now) {
    List<FieldError> errors = new ArrayList<>();
    Optional<NoticeLevel> orgLevel = NoticeLevel.issuedBy(org.kind());
    if (orgLevel.isEmpty()) {
      errors.add(
          new FieldError(
              "organisationCode",
              org.name()
                  + " không phát hành tin iHanoi "
                  + "(chỉ các sở, Văn phòng UBND Thành phố và UBND cấp huyện, cấp xã)"));
    }
    if (d.areaCode() != null && tree.find(d.areaCode()).isEmpty()) {
      errors.add(new FieldError("areaCode", "Mã địa bàn không tồn tại: " + d.areaCode()));
    }
    NoticeLevel requested = parseLevel(d.level(), errors);
    IssuingBody body = orgLevel.map(l -> IssuingBody.of(org, l, tree)).orElse(null);
    if (body != null && requested != null && requested != body.level()) {
      errors.add(
          new FieldError(
              "level",
              org.name()
                  + " chỉ phát hành tin cấp "
                  + body.level().label()
                  + ", không phát hành tin cấp "
                  + requested.label()
                  + " (I-LEVEL)"));
    }
    if (body != null
        && d.areaCode() != null
        && tree.find(d.areaCode()).isPresent()
        && !d.areaCode().equals(body.areaCode())) {
      errors.add(
          new FieldError(
              "areaCode",
              org.name()
                  + " chỉ gửi tin cho địa bàn "
                  + body.areaCode()
                  + ", không gửi cho "
                  + d.areaCode()));
    }
    NoticeText.checkTitle(d.title(), "title", errors);
    NoticeText.checkBody(d.body(), "body", errors);
    NoticeTopic topic = parse(NoticeTopic.class, d.topic(), "topic", "Chủ đề", errors);
    NoticeUrgency urgency =
        d.urgency() == null
            ? NoticeUrgency.NORMAL
            : parse(NoticeUrgency.class, d.urgency(), "urgency", "Mức độ khẩn", errors);
    NoticeText.checkValidUntil(d.validUntil(), now, "validUntil", errors);
    if (!errors.isEmpty()) {
      throw new ValidationProblemException("Tin iHanoi không hợp lệ", errors);
    }
    return new ValidatedNotice(
        body,
        d.title().strip(),
        NoticeText.html(d.body()),
        NoticeText.plain(d.body()),
        topic,
        urgency,
        d.validUntil());
  }

  private static NoticeLevel parseLevel(String level, List<FieldError> errors) {
    return level == null ? null : parse(NoticeLevel.class, level, "level", "Cấp", errors);
  }

  private static <E extends Enum<E>> E parse(
      Class<E> type, String value, String field, String label, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, label + " là bắt buộc"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      List<String> allowed = new ArrayList<>();
      for (E c : type.getEnumConstants()) {
        allowed.add(c.name());
      }
      errors.add(
          new FieldError(
              field, label + " không hợp lệ: " + value + " (một trong " + allowed + ")"));
      return null;
    }
  }
}
