package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PassageOwner.personOfRow;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;

/**
 * Licence plates with their owner or driver named, also in the next sentence, and the vehicle
 * papers in a lost wallet.
 */
final class LicencePlates {
  static final Rx PLATE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}])\\d{2}\\s?-?\\s?[A-Z]{1,2}\\d?\\s?[-. ]?\\s?(?:\\d{3}\\.\\d{2}|\\d{4,5})(?![\\p{L}\\p{N}])");
  static final Words PLATE_WORDS =
      Words.of(
          "biển số",
          "biển kiểm soát",
          "bks",
          "bsx",
          "biển số xe",
          "xe",
          "ô tô",
          "xe ô tô",
          "xe máy",
          "mô tô",
          "xe mô tô",
          "phương tiện",
          "xe tải",
          "xe khách");
  static final Words VEHICLE_OWNER =
      Words.of(
          "của",
          "do",
          "chủ xe",
          "chủ sở hữu",
          "chính chủ", // "biển số 30F-..., chính chủ anh A": the owner's own vehicle
          "mang tên",
          "đứng tên",
          "chủ phương tiện",
          "người điều khiển",
          "điều khiển",
          "người vi phạm",
          "tài xế",
          "lái xe",
          "đăng ký tên",
          "đăng ký đứng tên",
          "tên chủ xe");

  static void plates(Reading r, BitSet claimed, List<Finding> out) {
    Matcher m = PLATE.matcher(r.text());
    while (m.find()) {
      if (isClaimed(claimed, m.start(), m.end())) {
        continue;
      }
      boolean keyword =
          PLATE_WORDS.anyIn(
              r.lower(), Math.max(r.sentenceStart(m.start()), m.start() - 40), m.start());
      if (!keyword && !m.group().contains("-")) {
        continue;
      }
      Mention owner = r.nearestBefore(m.start(), 150);
      if (r.screened().headingAt(m.start()) != null) {
        owner =
            personOfRow(r, m.start()); // a table row is one record: the plate and its owner's cell
      }
      if (owner == null || !owner.person()) {
        owner = ownerNamedNext(r, m.end());
      }
      if (owner == null || !owner.person()) {
        owner = whoLostIt(r, m.start());
      }
      if (owner == null || !owner.person()) {
        Mention after = r.nearestAfter(m.end(), 60);
        owner =
            after != null
                    && after.person()
                    && VEHICLE_OWNER.anyIn(r.lower(), m.end(), after.start())
                ? after
                : null;
      }
      if (owner != null && owner.person()) {
        out.add(
            finding(
                r,
                FindingKind.LICENCE_PLATE,
                true,
                m.start(),
                m.end(),
                "biển số \"" + m.group() + "\" kèm tên " + owner.name(),
                Masks.plate(m.group())));
        claimed.set(m.start(), m.end());
      }
    }
  }

  /**
   * "... biển số 30G ... đỗ trên vỉa hè. Chủ phương tiện là ông A": the next sentence names the
   * owner.
   */
  static final Rx OWNER_NEXT =
      Rx.compile(
          "^[\\s.!?;]*(?:chủ phương tiện|chủ xe|chủ sở hữu|người điều khiển)(?: phương tiện| xe)?\\s*(?:là|:)?\\s*(?:\\p{L}+\\s+)?$");

  /** Losing something: what the lost wallet held is the loser's. */
  static final Words LOST = Words.of("bị mất", "làm mất", "đánh mất", "đánh rơi", "làm rơi");

  /**
   * "anh A, trú tại ..., trình báo bị mất một ví da ..., trong ví có ... đăng ký xe BKS ...": the
   * one who lost it, named before the loss in the same sentence.
   */
  static Mention whoLostIt(Reading r, int at) {
    Words.Hit lost =
        LOST.findIn(r.lower(), r.sentenceStart(at), at).stream().findFirst().orElse(null);
    return lost == null ? null : r.nearestPersonBefore(lost.start(), 150);
  }

  static Mention ownerNamedNext(Reading r, int end) {
    int from = r.sentenceEnd(end);
    int to = r.sentenceEnd(from);
    for (Mention m : r.mentions()) {
      if (m.start() >= from && m.start() < to) {
        return m.person() && OWNER_NEXT.matcher(r.lower().substring(from, m.start())).find()
            ? m
            : null;
      }
    }
    return null;
  }
}
