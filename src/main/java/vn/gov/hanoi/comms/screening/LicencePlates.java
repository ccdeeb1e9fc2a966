package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.PassageOwner.personOfRow;
import static vn.gov.hanoi.comms.screening.PersonalDataDetector.isClaimed;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Licence plates with their owner or driver named, also in the next sentence, and the vehicle
 * papers in a lost wallet.
 */
final class LicencePlates {
  // the series may hold "Đ": "29MĐ1-034.52" is an electric motorbike's plate
  static final Rx PLATE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}])\\d{2}\\s?-?\\s?[A-ZĐ]{1,2}\\d?\\s?[-. ]?\\s?(?:\\d{3}\\.\\d{2}|\\d{4,5})(?![\\p{L}\\p{N}])");
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
      Matcher told = TOLD_AFTER.matcher(r.text().substring(m.end()));
      if (told.lookingAt()) {
        // "biển số ... mà A dùng", "... được ông A trúng đấu giá", "... đứng tên Công ty B", "...
        // do một doanh nghiệp trúng": who has the vehicle is told right after the plate
        Mention after = r.nearestAfter(m.end(), 40);
        boolean named = after != null && after.start() <= m.end() + told.end() + 8;
        if (!named || !after.person()) {
          continue;
        }
        owner = after;
      } else if (r.screened().headingAt(m.start()) != null) {
        owner =
            personOfRow(r, m.start()); // a table row is one record: the plate and its owner's cell
      }
      if (owner == null || !owner.person()) {
        owner = ownerNamedNext(r, m.end());
      }
      if ((owner == null || !owner.person())
          && SUSPECTS.anyIn(r.lower(), r.sentenceStart(m.start()), m.start())) {
        owner = suspectNamedNext(r, m.end());
      }
      if (owner == null || !owner.person()) {
        owner = driverNamedLater(r, m.end());
      }
      if (owner == null || !owner.person()) {
        owner = whoLostIt(r, m.start());
      }
      if (owner == null || !owner.person()) {
        owner = ownerAbove(r, m.start()); // "Họ tên người đăng ký xe: A" ... "Biển số xe: ..."
      }
      if (owner == null || !owner.person()) {
        owner = ownerLaterInRecord(r, m.start(), m.end()); // "Biển số xe: ... Họ tên chủ xe: A"
      }
      if ((owner == null || !owner.person())
          && OF_BARE_HONORIFIC.matcher(r.text().substring(m.end())).lookingAt()) {
        owner = r.lastPersonOnLine(m.start()); // "Ông A bị ngạt khói. Chiếc xe ... của ông bị cháy"
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
   * Right after the plate, who uses, wins or holds the vehicle: a person ("mà A dùng", "được ông
   * A"), an organisation ("đứng tên Công ty B"), or someone unnamed ("do một doanh nghiệp").
   */
  static final Rx TOLD_AFTER =
      Rx.compile("^\\s*(?:mà|được|do|đứng tên|mang tên)\\s+(?=\\p{Lu}|\\p{Ll}+\\s+\\p{Lu}|một\\s)");

  /**
   * "... biển số 30G ... đỗ trên vỉa hè. Chủ phương tiện là ông A", "... Qua xác minh, xe đứng tên
   * bà B" or "... Lái xe là C", "tài xế D ... bị bắt giữ": the next sentence names the owner or the
   * driver (its first person, right after those words).
   */
  static final Rx OWNER_NEXT =
      Rx.compile(
          "(?:^[\\s.!?;]*|\\s)(?:chủ phương tiện|chủ xe|chủ sở hữu|người điều khiển|đứng tên|mang tên"
              + "|tài xế|lái xe)(?: phương tiện| xe)?\\s*(?:là|:)?\\s*(?:\\p{L}+\\s+){0,2}$");

  /** Losing something: what the lost wallet held is the loser's. */
  static final Words LOST =
      Words.of("bị mất", "làm mất", "đánh mất", "đánh rơi", "làm rơi", "để quên", "báo mất");

  /**
   * "anh A, trú tại ..., trình báo bị mất một ví da ..., trong ví có ... đăng ký xe BKS ...": the
   * one who lost it, named before the loss in the same sentence.
   */
  static Mention whoLostIt(Reading r, int at) {
    int sentence = r.sentenceStart(at);
    Words.Hit lost = LOST.findIn(r.lower(), sentence, at).stream().findFirst().orElse(null);
    if (lost == null && IN_THE_WALLET.matcher(r.lower().substring(sentence, at)).lookingAt()) {
      // "A đánh rơi ví .... Trong ví có giấy đăng ký xe ...": the loss told just before
      lost = LOST.lastIn(r.lower(), Math.max(0, sentence - 400), sentence);
    }
    return lost == null ? null : r.nearestPersonBefore(lost.start(), 150);
  }

  /** A sentence that goes on about what the lost wallet or bag held. */
  static final Rx IN_THE_WALLET =
      Rx.compile("^[\\s.]*(?:bên )?trong (?:chiếc )?(?:ví|túi|cặp|balo|ba lô)(?![\\p{L}])");

  /** "... của ông bị thiêu rụi": the bare honorific stands for the person named before. */
  static final Rx OF_BARE_HONORIFIC =
      Rx.compile("\\s*của (?:ông|bà|anh|chị|cô|chú|bác)(?![\\p{L}])(?!\\s+\\p{Lu})");

  /**
   * "Nhặt được đăng ký xe 29-D1 556.23" in the summary, the owner named with the same plate in the
   * body: a plate the text gives an owner for is that owner's in every field it appears in.
   */
  static List<Finding> sameVehicleElsewhere(List<ScreenedText> texts, List<Finding> found) {
    Map<String, Finding> owned = new HashMap<>();
    for (Finding f : found) {
      if (f.kind() == FindingKind.LICENCE_PLATE) {
        owned.putIfAbsent(plateKey(f.passage()), f);
      }
    }
    List<Finding> more = new ArrayList<>();
    for (ScreenedText t : owned.isEmpty() ? List.<ScreenedText>of() : texts) {
      Matcher m = PLATE.matcher(t.text());
      while (m.find()) {
        Finding owner = owned.get(plateKey(m.group()));
        int start = m.start();
        int end = m.end();
        if (owner != null
            && found.stream()
                .noneMatch(
                    f ->
                        f.field() == t.field()
                            && Objects.equals(f.attachmentName(), t.attachmentName())
                            && f.start() < end
                            && start < f.end())) {
          more.add(
              new Finding(
                  FindingKind.LICENCE_PLATE,
                  true,
                  t.field(),
                  t.attachmentName(),
                  start,
                  end,
                  m.group(),
                  owner.detail(),
                  Masks.plate(m.group())));
        }
      }
    }
    return more;
  }

  /** A plate's letters and digits: "29-D1 556.23" and "29D1-556.23" are one vehicle. */
  private static String plateKey(String plate) {
    return plate.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(Locale.ROOT);
  }

  /**
   * A record's person whose label makes them the vehicle's owner or driver ("Họ tên người đăng ký
   * xe: A"); not one who only handed it in ("Họ tên người giao nộp: B").
   */
  static Mention ownerAbove(Reading r, int at) {
    Mention above = r.personAbove(at);
    if (above == null) {
      return null;
    }
    int lineStart = r.lower().lastIndexOf('\n', Math.max(0, above.start() - 1)) + 1;
    return OWNER_LABEL.matcher(r.lower().substring(lineStart, above.start())).find() ? above : null;
  }

  /** "Biển số xe: ": the plate is the value of a labelled field. */
  static final Rx LABELLED = Rx.compile("^\\s*[\\p{L}\\p{M} ]{2,30}:\\s*$");

  /**
   * A record written on one line ("Biển số xe: 29S6-118.92. Nhãn hiệu: ... Họ tên người đăng ký xe:
   * A."): the person a later field of the same line labels as the vehicle's owner or driver.
   */
  static Mention ownerLaterInRecord(Reading r, int start, int end) {
    String lower = r.lower();
    int sentence = r.sentenceStart(start);
    if (!LABELLED.matcher(lower.substring(sentence, start)).matches()) {
      return null;
    }
    int lineEnd = lower.indexOf('\n', end);
    lineEnd = lineEnd < 0 ? lower.length() : lineEnd;
    for (Mention m : r.mentions()) {
      if (m.person() && m.start() >= end && m.end() <= lineEnd) {
        String label = lower.substring(r.sentenceStart(m.start()), m.start());
        if (LABELLED.matcher(label).matches() && OWNER_LABEL.matcher(label).find()) {
          return m;
        }
      }
    }
    return null;
  }

  static final Rx OWNER_LABEL =
      Rx.compile("(?:đăng ký xe|chủ xe|chủ phương tiện|người điều khiển|đứng tên)");

  /**
   * Unnamed suspects riding the vehicle: "2 đối tượng đi xe máy biển số ...", "một nam thanh niên
   * điều khiển xe máy biển số ... có biểu hiện nghi vấn".
   */
  static final Words SUSPECTS =
      Words.of(
          "đối tượng",
          "nghi phạm",
          "kẻ gian",
          "nam thanh niên",
          "thanh niên",
          "người đàn ông",
          "người phụ nữ");

  /** "... Công an xã lập biên bản bắt quả tang đối với A": the suspects named by what is done. */
  static final Rx SUSPECT_NAMED =
      Rx.compile("(?:đối với|bắt giữ|bắt quả tang|khởi tố)\\s+(?:[\\p{Ll}\\p{M}]+\\s+){0,2}$");

  /**
   * The suspects of the plate's sentence, named in the next one as the ones arrested or charged.
   */
  static Mention suspectNamedNext(Reading r, int end) {
    int from = r.sentenceEnd(end);
    int to = r.sentenceEnd(from);
    for (Mention m : r.mentions()) {
      if (m.start() >= from && m.start() < to && m.type() == Type.PERSON) {
        // the first private person of the sentence (the office that acts comes before)
        return SUSPECT_NAMED.matcher(r.lower().substring(from, m.start())).find() ? m : null;
      }
    }
    return null;
  }

  /** The driver without a name: "nồng độ cồn của tài xế là ...". */
  static final Words UNNAMED_DRIVER = Words.of("tài xế", "lái xe", "người điều khiển");

  /**
   * "... dừng xe tải biển kiểm soát 30H-... . Kết quả đo nồng độ cồn của tài xế là ... . Đội CSGT
   * ra quyết định xử phạt ... đối với ông A": the next sentence speaks of the vehicle's driver
   * unnamed, the one after names whom the measure is taken against.
   */
  static Mention driverNamedLater(Reading r, int end) {
    int next = r.sentenceEnd(end);
    int after = r.sentenceEnd(next);
    Mention inNext = r.firstInSentence(next);
    if (after >= r.text().length()
        || inNext != null && inNext.start() < after
        || !UNNAMED_DRIVER.anyIn(r.lower(), next, after)) {
      return null;
    }
    return suspectNamedNext(r, next);
  }

  static Mention ownerNamedNext(Reading r, int end) {
    int from = r.sentenceEnd(end);
    int to = r.sentenceEnd(from);
    for (Mention m : r.mentions()) {
      if (m.start() >= from && m.start() < to) {
        String gap = r.lower().substring(from, m.start());
        // a plate of its own in the next sentence ("- Xe ..., BKS 29-G1 ..., chủ phương tiện là
        // anh A") makes the owner that plate's
        return m.person()
                && OWNER_NEXT.matcher(gap).find()
                && !PLATE.matcher(r.text().substring(from, m.start())).find()
            ? m
            : null;
      }
    }
    return null;
  }
}
