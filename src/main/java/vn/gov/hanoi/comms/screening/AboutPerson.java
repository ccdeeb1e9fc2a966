package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.CriminalWords.AGENT_BEFORE_REPORT;
import static vn.gov.hanoi.comms.screening.CriminalWords.CAMERA_FAULT;
import static vn.gov.hanoi.comms.screening.CriminalWords.FINE_AMOUNT;
import static vn.gov.hanoi.comms.screening.CriminalWords.FLIGHT;
import static vn.gov.hanoi.comms.screening.CriminalWords.NOT_CRIMINAL;
import static vn.gov.hanoi.comms.screening.CriminalWords.VEHICLE_FLEES;
import static vn.gov.hanoi.comms.screening.CriminalWords.VEHICLE_SUBJECT;
import static vn.gov.hanoi.comms.screening.CriminalWords.VICTIM;
import static vn.gov.hanoi.comms.screening.HealthWords.NOT_HEALTH;
import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.SubjectElsewhere.atHomeOf;
import static vn.gov.hanoi.comms.screening.SubjectElsewhere.concernsOfficial;
import static vn.gov.hanoi.comms.screening.SubjectElsewhere.namedByColumn;
import static vn.gov.hanoi.comms.screening.SubjectElsewhere.referredBack;
import static vn.gov.hanoi.comms.screening.SubjectElsewhere.subjectAfterClause;
import static vn.gov.hanoi.comms.screening.SubjectRoles.DONE_BY_ANYONE;
import static vn.gov.hanoi.comms.screening.SubjectRoles.KIN;
import static vn.gov.hanoi.comms.screening.SubjectRoles.NAMED_AS;
import static vn.gov.hanoi.comms.screening.SubjectRoles.NOT_OBJECT;
import static vn.gov.hanoi.comms.screening.SubjectRoles.OBJECT_GAP;
import static vn.gov.hanoi.comms.screening.SubjectRoles.OTHER_PARTY;
import static vn.gov.hanoi.comms.screening.SubjectRoles.PATIENT;
import static vn.gov.hanoi.comms.screening.SubjectRoles.ROLE_GAP_ENDS;
import static vn.gov.hanoi.comms.screening.SubjectRoles.ROLE_NOUNS;
import static vn.gov.hanoi.comms.screening.SubjectRoles.ROLE_ONLY;
import static vn.gov.hanoi.comms.screening.SubjectRoles.SPEECH;
import static vn.gov.hanoi.comms.screening.SubjectRoles.STATUS_NOUNS;
import static vn.gov.hanoi.comms.screening.SubjectRoles.namedBeforeRole;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Health and criminal data about a named private person: the subject before the words, the person
 * right after them, or a name in a column so headed.
 */
final class AboutPerson {
  /**
   * "số 72 phố Quoc Tu Giam" typed without diacritics: a capitalised word right after another is
   * part of a proper name (a street, a place), not a word of the lists ("tù giam").
   */
  private static boolean insideProperName(String s, int start) {
    if (start < 2 || !Character.isUpperCase(s.charAt(start)) || s.charAt(start - 1) != ' ') {
      return false;
    }
    int i = start - 1;
    while (i > 0 && Reading.isWordChar(s.charAt(i - 1))) {
      i--;
    }
    return i < start - 1 && Character.isUpperCase(s.charAt(i));
  }

  /**
   * "Cơ sở cai nghiện ma túy số 2", "Trung tâm Điều trị ...": a word of an institution's name,
   * capitalised where it starts, is no one's data.
   */
  private static boolean insideOrganisation(Reading r, Words.Hit h) {
    int from = Math.max(0, h.start() - 20);
    Matcher institution = INSTITUTION_BEFORE.matcher(r.text().substring(from, h.start()));
    // "Ông Khoa bị xử phạt": a given name that is also an institution's word ("Khoa") is the person
    return institution.find()
            && r.mentions().stream()
                .noneMatch(
                    m ->
                        m.person()
                            && m.start() <= from + institution.start()
                            && from + institution.start() < m.end())
        || r.mentions().stream()
            .anyMatch(m -> !m.person() && m.start() < h.start() && h.start() < m.end());
  }

  private static final Rx INSTITUTION_BEFORE =
      Rx.compile("(?:Cơ sở|Trung tâm|Bệnh viện|Viện|Phòng khám|Khoa)(?:\\s+\\p{Ll}+){0,2}\\s+$");

  /** Health or criminal data about a named private person: one finding per sentence and person. */
  static void aboutPerson(Reading r, Words terms, FindingKind kind, List<Finding> out) {
    String lower = r.lower();
    List<Finding> found = new ArrayList<>();
    for (Words.Hit h : terms.findAll(lower)) {
      Words not = kind == FindingKind.CRIMINAL_RECORD ? NOT_CRIMINAL : NOT_HEALTH;
      if (not.anyIn(lower, Math.max(0, h.start() - 12), Math.min(lower.length(), h.end() + 20))
          || insideProperName(r.text(), h.start())
          || r.screened().inHeadingRow(h.start())
          || insideOrganisation(r, h)) {
        continue; // a table's heading names a column ("Tội danh"), the cells below say the data
      }
      if ((ROLE_NOUNS.contains(h.phrase()) || STATUS_NOUNS.contains(h.phrase()))
          && KIN.endingAt(lower, h.start()) != null
          && !holderNamed(lower, h, r.nearestAfter(h.end(), 40))) {
        continue;
      }
      if (h.phrase().equals("phạt") && !FINE_AMOUNT.matcher(lower.substring(h.end())).find()
          || h.phrase().equals("quá tốc độ") && CAMERA_FAULT.foundBefore(lower, h.start(), 12)) {
        continue;
      }
      if (kind == FindingKind.HEALTH
          && (UNNAMED_COUNT.foundBefore(lower, h.start(), 30)
              || FORGED
                  .matcher(
                      lower.substring(
                          Math.max(r.sentenceStart(h.start()), h.start() - 40), h.start()))
                  .find())) {
        continue; // "làm 1 người chết, 2 người bị thương"; "làm giả giấy xác nhận thương binh"
      }
      if (h.phrase().equals("lập biên bản")
          && !AGENT_BEFORE_REPORT
              .matcher(
                  lower.substring(Math.max(r.sentenceStart(h.start()), h.start() - 90), h.start()))
              .find()) {
        continue; // "kể từ ngày lập biên bản": the report's date, no one's record
      }
      if (kind == FindingKind.CRIMINAL_RECORD && rightsTold(r, h)) {
        continue; // "Bị cáo có quyền nhờ người bào chữa; người đại diện của bị cáo ..."
      }
      if (kind == FindingKind.HEALTH
          && PERFORMS
              .matcher(
                  lower.substring(Math.max(r.sentenceStart(h.start()), h.start() - 20), h.start()))
              .find()) {
        continue; // "ông A đã thực hiện phẫu thuật thẩm mỹ": who operates, not who is operated on
      }
      if (h.phrase().equals("tạm giữ")
          && VEHICLE_SUBJECT.matcher(lower.substring(r.sentenceStart(h.start()))).find()) {
        continue; // "Xe tải ... do ông A điều khiển đã được tạm giữ": the vehicle is held
      }
      Mention person = null;
      boolean ofRecord = false;
      Mention next = r.nearestAfter(h.end(), 40);
      if (ROLE_NOUNS.contains(h.phrase())
              && next != null
              && (next.start() - h.end() <= 3
                      && !ROLE_GAP_ENDS.matcher(lower.substring(h.end(), next.start())).find()
                  // "đối tượng được xác định là A": the role, then its name
                  || IDENTIFIED_AS.matcher(lower.substring(h.end(), next.start())).matches())
          || holderNamed(lower, h, next)) {
        person = next.type() == Type.PERSON ? next : null;
      } else if (!ROLE_ONLY.contains(h.phrase())) {
        Mention before =
            DONE_BY_ANYONE.contains(h.phrase()) || PATIENT.contains(h.phrase())
                ? null
                : subjectBefore(r, h, kind);
        if (before != null
            && (before.type() == Type.PERSON || concernsOfficial(r, before, h))
            && !(SPEECH.anyIn(lower, before.end(), h.start())
                && !ONESELF.matcher(lower.substring(before.end(), h.start())).find())
            && !(otherParty(lower, before.end(), h) && !inspected(lower, before))
            && !(kind == FindingKind.CRIMINAL_RECORD
                && (VICTIM.anyIn(lower, before.end(), h.start())
                    || HIT_BY.foundBefore(lower, before.start(), 30)))
            && !(FLIGHT.contains(h.phrase())
                && VEHICLE_FLEES.matcher(lower.substring(before.end(), h.start())).find())
            && !ROBBED_OF.foundBefore(lower, before.start(), 50)) {
          person = before;
        } else if (kind == FindingKind.CRIMINAL_RECORD && robber(r, lower, before) != null) {
          person = robber(r, lower, before);
        } else if (next != null
            && next.type() == Type.PERSON
            && !ROBBED_OF.matcher(lower.substring(h.start(), next.start())).find()
            && (isObjectGap(lower.substring(h.end(), next.start()))
                || listFollows(lower.substring(h.end(), next.start()))
                || NAMED_AS.matcher(lower.substring(h.end(), next.start())).find())) {
          person = next;
        } else if (atHomeOf(r, h) != null) {
          person = atHomeOf(r, h);
        } else if (before == null) {
          person = subjectAfterClause(r, h);
        }
        if (person == null && before == null) {
          Mention above = r.personAbove(h.start()); // "Họ tên: ..." then "Tội danh: ..."
          person = above != null && above.type() == Type.PERSON ? above : null;
          ofRecord = person != null;
        }
      }
      if (person == null && kind == FindingKind.HEALTH) {
        person = referredBack(r, h);
      }
      if (person == null
          && kind == FindingKind.CRIMINAL_RECORD
          && !ROLE_ONLY.contains(h.phrase())) {
        person = namedBeforeRole(r, h);
      }
      if (person == null) {
        continue;
      }
      Finding last = found.isEmpty() ? null : found.get(found.size() - 1);
      if (last != null
          && (r.sentenceStart(last.start()) == r.sentenceStart(h.start())
              || ofRecord
                  && last.detail().endsWith(person.name())
                  && sameLine(r.text(), last.end(), h.start()))) {
        // One finding per sentence: "xử phạt ... đối với A và B về hành vi ..., mỗi người bị phạt";
        // one per record line: "truy nã đối với: A, sinh ngày ... Tội danh: ..."
        String detail =
            last.detail().contains(person.name())
                ? last.detail()
                : last.detail() + ", " + person.name();
        found.set(
            found.size() - 1,
            finding(r, kind, true, last.start(), h.end(), detail, last.suggestion()));
      } else {
        found.add(
            finding(
                r,
                kind,
                true,
                h.start(),
                h.end(),
                (kind == FindingKind.HEALTH ? "thông tin sức khỏe" : "thông tin vi phạm, tội phạm")
                    + " về "
                    + person.name(),
                "Ghi tên viết tắt (" + Masks.initials(person.name()) + ") hoặc bỏ thông tin này"));
      }
    }
    found.addAll(namedByColumn(r, terms, kind, found));
    found.sort(Comparator.comparingInt(Finding::start));
    out.addAll(found);
  }

  /**
   * "giật điện thoại của chị A rồi bỏ chạy": the one whose things are taken is the victim, not who
   * flees.
   */
  static final Rx ROBBED_OF =
      Rx.compile(
          "(?:(?:giật|cướp|trộm|lấy cắp|móc túi|chiếm đoạt|va chạm|tông|đâm)[^.;:]{0,40}của"
              // "va chạm với xe đạp điện do em A điều khiển, rồi bỏ chạy": whose vehicle was hit
              + "|(?:va chạm|tông|đâm)\\s+(?:vào|với)\\s+(?:chiếc\\s+)?xe[^.;:]{0,30}do)"
              + "\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * "xe máy ... đã tông vào bà A ... rồi bỏ chạy": the one hit did no offence (her injury is still
   * hers, so this is for criminal data only).
   */
  static final Rx HIT_BY =
      Rx.compile("(?<![\\p{L}])(?:tông|húc|đâm)\\s+(?:vào|phải)\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * "A ... áp sát, giật túi xách của chị B rồi bỏ chạy": the victim is named right after what was
   * taken, so the deed is the one named before it in the same sentence.
   */
  private static Mention robber(Reading r, String lower, Mention victim) {
    if (victim == null) {
      return null;
    }
    int from = Math.max(r.sentenceStart(victim.start()), victim.start() - 50);
    Matcher robbed = ROBBED_OF.matcher(lower.substring(from, victim.start()));
    if (!robbed.find()) {
      return null;
    }
    Mention doer = r.nearestPersonBefore(from + robbed.start(), 150);
    return doer != null
            && doer.type() == Type.PERSON
            && doer.start() >= r.sentenceStart(victim.start())
        ? doer
        : null;
  }

  /** "đối tượng được xác định là A", "đối tượng là A": the role, then the name it is. */
  private static final Rx IDENTIFIED_AS =
      Rx.compile("^\\s+(?:được\\s+xác\\s+định\\s+|chính\\s+)?là\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * "thương binh hạng 1/4 Nguyễn Văn A", "gia đình thương binh hạng 2/4 B": a status, its grade,
   * then whose it is; a kin word before ("gia đình", "con") does not make it a relative's, the name
   * after says whose.
   */
  private static boolean holderNamed(String lower, Words.Hit h, Mention next) {
    return STATUS_NOUNS.contains(h.phrase())
        && next != null
        && next.type() == Type.PERSON
        && GRADE_GAP.matcher(lower.substring(h.end(), next.start())).matches();
  }

  private static final Rx GRADE_GAP =
      Rx.compile("^\\s*(?:hạng\\s+\\d\\s*/\\s*\\d\\s*)?(?:(?:ông|bà|anh|chị|cụ)\\s+)?$");

  /**
   * "Bị cáo có quyền nhờ người bào chữa; người đại diện của bị cáo ...": from where a sentence
   * tells the rights of the accused on, it tells no fact about them.
   */
  private static boolean rightsTold(Reading r, Words.Hit h) {
    int start = r.sentenceStart(h.start());
    Matcher rights = RIGHTS.matcher(r.lower().substring(start, r.sentenceEnd(h.start())));
    return rights.find() && start + rights.start() <= h.start();
  }

  private static final Rx RIGHTS =
      Rx.compile(
          "(?<![\\p{L}])(?:bị cáo|bị can|người bị buộc tội|người bị tạm giữ)\\s+(?:có|được)"
              + "\\s+(?:các\\s+)?quyền(?![\\p{L}])");

  /**
   * "đã thực hiện phẫu thuật": the one who operates. "được thực hiện phẫu thuật" is operated on.
   */
  private static final Rx PERFORMS =
      Rx.compile("(?<![\\p{L}])(?<!được\\s)(?:thực hiện|tiến hành)\\s+$");

  /** "làm 1 người chết, 2 người bị thương": unnamed people counted, not the one named before. */
  private static final Rx UNNAMED_COUNT =
      Rx.compile("(?<![\\p{L}])(?:\\d+|một|hai|ba|nhiều)\\s+(?:người|nạn nhân)\\s+(?:đã\\s+)?$");

  /** "làm giả giấy xác nhận thương binh": forged papers say nothing of the forger's health. */
  private static final Rx FORGED = Rx.compile("(?<![\\p{L}])(?:làm giả|giả mạo)(?![\\p{L}])");

  /** "Bà A chia sẻ, bản thân từng bị ...": the speaker speaks of herself. */
  private static final Rx ONESELF =
      Rx.compile("(?<![\\p{L}])(?:bản thân|chính mình|tôi)(?![\\p{L}])");

  /**
   * "kiểm tra xe tải do ông A điều khiển, phát hiện ... hàng giả": the inspectors find it on the
   * person inspected, who is what it is about.
   */
  private static boolean inspected(String lower, Mention person) {
    return INSPECTED.foundBefore(lower, person.start(), 70);
  }

  private static final Rx INSPECTED =
      Rx.compile("kiểm tra(?:[^.;:]|\\.(?=\\d)){0,60}(?:do|của)\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * The person named before the term: within 150 characters, or (health data) further back in the
   * same sentence when no one else is named between ("ông A, sinh năm ..., trú tại ..., được miễn
   * ... do bị bệnh hiểm nghèo").
   */
  private static Mention subjectBefore(Reading r, Words.Hit h, FindingKind kind) {
    Mention near = r.nearestPersonBefore(h.start(), 150);
    if (near != null || kind != FindingKind.HEALTH) {
      return near;
    }
    Mention far = r.nearestPersonBefore(h.start(), 300);
    return far != null && far.start() >= r.sentenceStart(h.start()) ? far : null;
  }

  /**
   * Someone else between the person and the term ("anh A bắt giữ đối tượng ..."); but "ông A ...
   * phát hiện mắc ung thư" is what was found about A himself.
   */
  private static boolean otherParty(String lower, int from, Words.Hit h) {
    return OTHER_PARTY.findIn(lower, from, h.start()).stream()
        .anyMatch(
            o ->
                !(o.phrase().equals("phát hiện")
                    && DIAGNOSED.matcher(lower.substring(o.end(), h.start())).matches()));
  }

  private static final Rx DIAGNOSED = Rx.compile("\\s*(?:mình\\s+)?(?:mắc|bị|có)?\\s*");

  /**
   * "3 ca mắc sốt xuất huyết tại tổ dân phố số 4: anh A, chị B" or "15 người mắc tăng huyết áp,
   * trong đó bà A": the term, then who it is about.
   */
  static boolean listFollows(String gap) {
    if (gap.length() <= 60 && gap.matches("(?s)^[^.;]*,?\\s*trong đó\\s+(?:có\\s+)?\\S*\\s*$")) {
      return true;
    }
    int colon = gap.lastIndexOf(':');
    return colon >= 0
        && gap.length() <= 60
        && gap.substring(colon + 1).strip().split("\\s+").length <= 2;
  }

  static boolean sameLine(String s, int from, int to) {
    int newline = s.indexOf('\n', from);
    return newline < 0 || newline >= to;
  }

  static boolean isObjectGap(String gap) {
    gap = gap.replaceAll("(?<=\\d)[.,](?=\\d)", ""); // "phạt tiền 1.000.000 đồng đối với bà A"
    if (gap.contains(",") || !OBJECT_GAP.matcher(gap.replace(":", " ")).matches()) {
      return false;
    }
    for (String w : gap.strip().split("\\s+")) {
      if (NOT_OBJECT.contains(w)) {
        return false;
      }
    }
    return true;
  }
}
