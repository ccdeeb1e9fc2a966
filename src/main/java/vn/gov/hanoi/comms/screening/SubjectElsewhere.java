package vn.gov.hanoi.comms.screening;

import static vn.gov.hanoi.comms.screening.BankAccounts.ACCOUNT_HOLDER;
import static vn.gov.hanoi.comms.screening.PassageOwner.finding;
import static vn.gov.hanoi.comms.screening.SubjectRoles.BENEFACTOR;
import static vn.gov.hanoi.comms.screening.SubjectRoles.CARE_OR_ENFORCEMENT;

import java.util.ArrayList;
import java.util.List;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Whom health or criminal data is about when it is not the person named right before the words: the
 * owner of the home or works named after them, the person a bare honorific refers back to, the
 * subject after an opening clause, or a name in a column headed by such a word (AboutPerson).
 */
final class SubjectElsewhere {
  private SubjectElsewhere() {}

  /**
   * An official may be the one the data is about ("ông Cẩn, nguyên Bí thư, ... đang điều trị bệnh
   * phổi"), unless their office is to treat, arrest or judge others (a doctor, a police officer),
   * or the sentence says they help or act.
   */
  static boolean concernsOfficial(Reading r, Mention official, Words.Hit term) {
    String lower = r.lower();
    int around = Math.max(r.sentenceStart(official.start()), official.start() - 40);
    return official.type() == Type.OFFICIAL
        && !CARE_OR_ENFORCEMENT.anyIn(lower, around, Math.min(lower.length(), official.end() + 60))
        && !BENEFACTOR.anyIn(lower, official.end(), term.start());
  }

  /**
   * "đánh bạc tại nhà riêng của A" (also after a few words: "đánh bạc dưới hình thức ... tại nhà
   * riêng của A"), "công trình xây dựng không phép ..., của chủ đầu tư là ông A": the one whose
   * home holds the offence, or who owns the unlawful works, is whom it is about.
   */
  static final Rx AT_HOME_OF =
      Rx.compile(
          "^(?:[^.;:]{0,40}?\\s)?\\s*(?:tại\\s+(?:nhà riêng|nhà ở|nhà)\\s+của"
              + "|[^.;:]{0,80},?\\s*của\\s+(?:chủ đầu tư|chủ công trình|chủ nhà)(?:\\s+là)?"
              + "|[^.;:]{0,80},\\s*của)"
              + "\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /** "vụ lừa đảo ... do A (...) thực hiện": the one who did it, named after the offence. */
  static final Rx DONE_BY = Rx.compile("^[^.;:,]{0,40}?\\s+do\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  static final Rx DONE_AFTER = Rx.compile("^[^.;]{0,80}?(?:thực hiện|gây ra|cầm đầu|chủ mưu)");

  static Mention atHomeOf(Reading r, Words.Hit h) {
    // the first person after it: "... không có giấy phép tại thôn Thượng Hội của chủ đầu tư là
    // ông A" passes the word of a place's name that reads like an organisation
    int to = Math.min(r.sentenceEnd(h.end()), h.end() + 120);
    Mention far =
        r.mentions().stream()
            .filter(m -> m.person() && m.start() >= h.end() && m.start() <= to)
            .findFirst()
            .orElse(null);
    if (far == null || far.type() != Type.PERSON) {
      return null;
    }
    String gap = r.lower().substring(h.end(), far.start());
    return AT_HOME_OF.matcher(gap).find()
            || DONE_BY.matcher(gap).find()
                && DONE_AFTER.matcher(r.lower().substring(far.end())).find()
        ? far
        : null;
  }

  /** A sentence that opens with a bare honorific as its subject: "Cụ bị sa sút trí tuệ". */
  static final Rx BARE_HONORIFIC =
      Rx.compile("^[\\s.!?;]*(?:cụ|ông|bà|anh|chị|cháu|em|bé)\\s+(?:[\\p{Ll}\\p{M}]+\\s+){0,2}$");

  /**
   * "Cụ Vũ Văn A, sinh năm 1940, ... Cụ bị sa sút trí tuệ": a sentence whose subject is a bare
   * honorific speaks of the private person named last before it (within 250 characters).
   */
  static Mention referredBack(Reading r, Words.Hit h) {
    int start = r.sentenceStart(h.start());
    if (!BARE_HONORIFIC.matcher(r.lower().substring(start, h.start())).find()) {
      return null;
    }
    Mention last = null;
    for (Mention m : r.mentions()) {
      // people only: "Em A, học sinh Trường THCS B, ... . Em bị ..." is about A, not the school
      if (m.person()
          && m.end() <= start
          && m.start() >= start - 400
          && (last == null || m.end() > last.end())) {
        last = m;
      }
    }
    // "anh A ... cứu một cháu bé bị đuối nước. Cháu bé được đưa đi cấp cứu": the unnamed one
    // brought in after the name is the subject
    return last != null
            && last.type() == Type.PERSON
            && !UNNAMED_ONE.matcher(r.lower().substring(last.end(), start)).find()
        ? last
        : null;
  }

  private static final Rx UNNAMED_ONE =
      Rx.compile("(?<![\\p{L}])(?:một|1)\\s+(?:cụ|ông|bà|anh|chị|cháu|em|bé|người)(?![\\p{L}])");

  /**
   * A table whose name column says what the people in it are ("Người vi phạm", "Họ tên bệnh nhân"):
   * each name in it is the data, also when no other cell of its row says so. One finding per row,
   * and it is the name: a finding in another cell of the row ("Lấn chiếm vỉa hè") gives way to it.
   */
  static List<Finding> namedByColumn(
      Reading r, Words terms, FindingKind kind, List<Finding> found) {
    List<Finding> more = new ArrayList<>();
    for (Mention p : r.mentions()) {
      String heading = p.type() == Type.PERSON ? r.screened().headingAt(p.start()) : null;
      if (heading == null
          || !terms.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        continue;
      }
      int row = r.sentenceStart(p.start());
      found.removeIf(f -> r.sentenceStart(f.start()) == row);
      more.add(
          finding(
              r,
              kind,
              true,
              p.start(),
              p.end(),
              (kind == FindingKind.HEALTH ? "thông tin sức khỏe" : "thông tin vi phạm, tội phạm")
                  + " về "
                  + p.name()
                  + " (cột \""
                  + heading.strip()
                  + "\")",
              "Ghi tên viết tắt (" + Masks.initials(p.name()) + ") hoặc bỏ thông tin này"));
    }
    return more;
  }

  /**
   * "Dù phát hiện bị ung thư từ năm 2024, chị Trịnh Thu Phương vẫn ...": a clause before its
   * subject. The person named next in the sentence, when they are a private person and nothing says
   * they only give or organise.
   */
  static Mention subjectAfterClause(Reading r, Words.Hit h) {
    Mention next = r.nearestAfter(h.end(), 80);
    if (next == null
        || next.type() != Type.PERSON
        || h.start() - r.sentenceStart(h.start()) > 40
        || ACCOUNT_HOLDER.anyIn(r.lower(), h.end(), next.start())) {
      return null;
    }
    String gap = r.lower().substring(h.end(), next.start());
    return gap.contains(",") && !BENEFACTOR.anyIn(r.lower(), h.end(), next.start()) ? next : null;
  }
}
