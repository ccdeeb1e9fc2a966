package vn.gov.hanoi.comms.screening;

import java.util.Set;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * The roles that tell whether a named person is the one health or criminal data is about, or only
 * reports, helps, treats or arrests.
 */
final class SubjectRoles {
  /**
   * Words of {@link HealthWords#HEALTH} and {@link CriminalWords#CRIMINAL} that stand right before
   * the name they are about.
   */
  static final Set<String> ROLE_NOUNS =
      Set.of("bệnh nhân", "người bệnh", "bị can", "bị cáo", "phạm nhân", "đối tượng", "can phạm");

  /**
   * Verbs that report what someone says: a term after them is about others ("Bà B cho biết ... xử
   * phạt").
   */
  static final Words SPEECH =
      Words.of(
          "cho biết",
          "chia sẻ",
          "nói",
          "phát biểu",
          "kể",
          "khẳng định",
          "nhấn mạnh",
          "đề nghị",
          "kêu gọi",
          "khuyến cáo",
          "thông tin",
          "trao đổi",
          "phản ánh",
          "cảm ơn",
          "bày tỏ",
          "mong muốn",
          "hướng dẫn",
          "tuyên truyền",
          "vận động",
          "nhắc nhở",
          "cảnh báo",
          "tố giác",
          "báo tin",
          "trình báo",
          // a complaint is about others: "đơn của bà A ... kiến nghị về việc ... lấn chiếm"
          "kiến nghị",
          "khiếu nại",
          "tố cáo");

  /**
   * Words showing a person after a term only helps or organises ("hỗ trợ người khuyết tật, do anh A
   * tổ chức").
   */
  static final Words BENEFACTOR =
      Words.of(
          "do",
          "bởi",
          "cho",
          "tặng",
          "trao",
          "hỗ trợ",
          "giúp",
          "tổ chức",
          "phụ trách",
          "dẫn đầu",
          "vận động",
          "kêu gọi",
          "chủ trì");

  /** Offices whose holders speak of others' health or offences in their work. */
  static final Words CARE_OR_ENFORCEMENT =
      TitleWords.OFFICER_RANKS.with(
          "bác sĩ",
          "bs",
          "y sĩ",
          "y tá",
          "điều dưỡng",
          "dược sĩ",
          "trạm y tế",
          "bệnh viện",
          "trung tâm y tế",
          "công an",
          "cảnh sát",
          "csgt",
          "điều tra viên",
          "kiểm sát viên",
          "thẩm phán",
          "tòa án",
          "toà án",
          "viện kiểm sát",
          "chấp hành viên",
          "chủ tịch",
          "phó chủ tịch",
          "đội trưởng",
          "trưởng đoàn",
          "thanh tra");

  /** "con gái bệnh nhân", "người nhà bệnh nhân": a relative of the patient, not the patient. */
  static final Words KIN =
      Words.of(
          "con",
          "con gái",
          "con trai",
          "vợ",
          "chồng",
          "bố",
          "mẹ",
          "cha",
          "người nhà",
          "người thân",
          "gia đình",
          "cháu",
          "em",
          "anh",
          "chị");

  /**
   * A role noun names the person right after it only on its own line and in its own cell: a column
   * headed "Đối tượng" (who a benefit is for) is no offender's role for the name in the next row.
   */
  static final Rx ROLE_GAP_ENDS = Rx.compile("[\\n|]");

  /**
   * Health words that name what a person is ("thương binh"): after a kinship word ("con thương
   * binh", a support category) they are a relative's, not the named person's.
   */
  static final Set<String> STATUS_NOUNS = Set.of("thương binh", "bệnh binh");

  /**
   * Role nouns with an ordinary meaning too ("đối tượng được hỗ trợ"): they count only right before
   * a name.
   */
  static final Set<String> ROLE_ONLY = Set.of("đối tượng");

  /**
   * "nấu cơm cho người nhà bệnh nhân", "phục vụ bệnh nhân nghèo": the patients are whom a role word
   * names (a name right after it, or a list: "2 bệnh nhân lao mới: ông A và bà B"), never the
   * subject before it.
   */
  static final Set<String> PATIENT = Set.of("bệnh nhân", "người bệnh");

  /**
   * "một cụ bà ... có biểu hiện sa sút trí tuệ, chỉ nhớ tên là Nghiêm Thị Bảy": the name given
   * right after the data, as the name of the one it is about.
   */
  static final Rx NAMED_AS = Rx.compile("^[^.;:]{0,40}(?:tên là|tên gọi là|có tên|tên)\\s*$");

  /**
   * Between a finding's term and the person it is about ("xử phạt vi phạm hành chính đối với ông
   * A").
   */
  static final Rx OBJECT_GAP = Rx.compile("^\\s*(?:[\\p{Ll}\\p{M}\\p{N}]+\\s+){0,8}$");

  static final Set<String> NOT_OBJECT =
      Set.of(
          "do", "và", "cùng", "thì", "nhưng", "được", "đã", "tại", "ở", "như", "nếu", "khi", "để",
          "mà", "hoặc", "hay");

  /**
   * An offender's role without a name standing for the one named before ("Bị cáo Đinh Văn A ... .
   * Bị cáo có 01 tiền án", "Hội đồng xét xử tuyên phạt bị cáo 36 tháng tù", "Công an xã đưa đối
   * tượng đi cai nghiện bắt buộc").
   */
  static final Words ROLE_STANDING_FOR_NAME =
      Words.of("bị cáo", "bị can", "phạm nhân", "can phạm", "đối tượng");

  static final Words PLURAL = Words.of("các", "những", "hai", "ba", "nhóm");

  /** How far back the person a role without a name stands for may be named. */
  static final int ROLE_REACH = 400;

  /**
   * The private person named before an unnamed offender's role in the term's sentence (the role
   * before the term or right after it), or null.
   */
  static Mention namedBeforeRole(Reading r, Words.Hit h) {
    String lower = r.lower();
    Words.Hit role =
        ROLE_STANDING_FOR_NAME.lastIn(
            lower, r.sentenceStart(h.start()), Math.min(lower.length(), h.end() + 12));
    if (role == null
        || role.start() >= h.end() && role.phrase().equals("đối tượng") // "tạm giam đối tượng"
        || PLURAL.endingAt(lower, role.start()) != null) { // "Các bị can": not one named person
      return null;
    }
    Mention after = r.nearestAfter(role.end(), 40);
    if (after != null && after.start() - role.end() <= 3) {
      return null; // the role is followed by its own name
    }
    Mention person = null; // the last private person named before, in this sentence or before it
    for (Mention m : r.mentions()) {
      if (m.type() == Type.PERSON
          && m.end() <= role.start()
          && m.start() >= role.start() - ROLE_REACH) {
        person = m;
      }
    }
    // "anh Đức bắt giữ đối tượng": the one named did something to the offender, is not the offender
    return person != null && !OTHER_PARTY.anyIn(lower, person.end(), role.start()) ? person : null;
  }

  /**
   * Deeds a private person may do to an offender ("anh Đức bắt giữ đối tượng"): about the person
   * after only.
   */
  static final Set<String> DONE_BY_ANYONE = Set.of("bắt giữ", "bắt quả tang", "tố giác");

  /**
   * Between a person and a term: someone else the term is about ("anh Đức bắt giữ đối tượng cướp
   * giật").
   */
  static final Words OTHER_PARTY =
      Words.of(
          "đối tượng",
          "các đối tượng",
          "kẻ gian",
          "kẻ trộm",
          "tên trộm",
          "bắt giữ",
          "bắt quả tang",
          "tố giác",
          "giúp",
          "cứu",
          "phát hiện",
          "truy đuổi",
          "khống chế",
          "giao nộp");
}
