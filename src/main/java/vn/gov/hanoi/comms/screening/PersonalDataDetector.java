package vn.gov.hanoi.comms.screening;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.hanoi.comms.screening.Reading.Mention;
import vn.gov.hanoi.comms.screening.Reading.Type;

/**
 * Personal data of private persons in one field (Decree 13/2023/NĐ-CP): identity numbers, dates of
 * birth, phone numbers, bank accounts, licence plates and home addresses next to a person, and
 * health or criminal data about a named person. Numbers are recognised by their shape, and whose
 * they are by what the sentence names just before them ({@link Reading}): an office's hotline, a
 * unit's account or an official's work number are not personal data; the same number next to "hộ
 * ông Nguyễn Văn A" is. Each kind is documented in docs/prechecks.md with what it deliberately
 * leaves alone.
 */
final class PersonalDataDetector {
  /**
   * Province codes of the 12-digit citizen identity number (Circular 07/2016/TT-BCA, 63 provinces).
   */
  private static final Set<String> PROVINCES =
      Set.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  private static final Rx PLATE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}])\\d{2}\\s?-?\\s?[A-Z]{1,2}\\d?\\s?[-. ]?\\s?(?:\\d{3}\\.\\d{2}|\\d{4,5})(?![\\p{L}\\p{N}])");
  private static final Words PLATE_WORDS =
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
  private static final Words VEHICLE_OWNER =
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

  private static final Rx ACCOUNT =
      Rx.compile("(?<![\\p{L}\\p{N}])\\d(?:[ .\\-]?\\d){5,18}(?![\\p{N}])");
  private static final Words BANK_WORDS =
      Words.of(
          "số tài khoản",
          "stk",
          "tài khoản số",
          "tài khoản",
          "tk số",
          "số tk",
          "tk",
          "tài khoản ngân hàng",
          "số tài khoản ngân hàng",
          "chuyển khoản",
          "vietcombank",
          "vcb",
          "agribank",
          "bidv",
          "vietinbank",
          "techcombank",
          "tcb",
          "mb bank",
          "mbbank",
          "vpbank",
          "acb",
          "sacombank",
          "tpbank",
          "shb",
          "hdbank",
          "vib",
          "ocb",
          "seabank",
          "lpbank",
          "lienvietpostbank",
          "eximbank",
          "msb",
          "nam á bank",
          "bắc á bank",
          "abbank",
          "pvcombank",
          "scb",
          "kienlongbank",
          "ncb",
          "vietabank",
          "baovietbank",
          "oceanbank",
          "cbbank",
          "gpbank",
          "ngân hàng",
          "so tai khoan",
          "tai khoan",
          "ngan hang");

  /** "năm học 2026-2027": a range of years, not an account. */
  private static final Rx YEARS = Rx.compile("(?:19|20)\\d{2}\\s?-\\s?(?:19|20)\\d{2}");

  /** "50.000.000": thousands grouped by dots are an amount of money, not an account. */
  private static final Rx MONEY = Rx.compile("\\d{1,3}(?:\\.\\d{3})+");

  private static final Words CURRENCY =
      Words.of("đồng", "đ", "vnđ", "vnd", "triệu", "nghìn", "ngàn", "tỷ", "usd");
  private static final Words NOT_BANK =
      Words.of(
          "tài khoản định danh",
          "tài khoản vneid",
          "tài khoản dịch vụ công",
          "tài khoản zalo",
          "tài khoản facebook",
          "tài khoản mạng xã hội",
          "tài khoản email",
          "tài khoản ứng dụng",
          "tài khoản giao thông",
          "tài khoản định danh điện tử",
          "tài khoản an sinh");
  private static final Words TREASURY = Words.of("kho bạc", "kho bạc nhà nước", "kbnn");
  private static final Words ALTERNATIVE = Words.of("hoặc", "hay");
  private static final Words PHONE_CUES =
      Words.of(
          "gọi",
          "điện thoại",
          "sđt",
          "số điện thoại",
          "đt",
          "hotline",
          "liên hệ",
          "zalo",
          "nhắn tin",
          // typed without diacritics
          "goi",
          "dien thoai",
          "so dien thoai",
          "sdt",
          "dt",
          "lien he");
  private static final Words ACCOUNT_HOLDER =
      Words.of(
          "chủ tài khoản",
          "chủ tk",
          "tên tài khoản",
          "tên tk",
          "mang tên",
          "đứng tên",
          "người thụ hưởng",
          "đơn vị thụ hưởng",
          "tên đơn vị",
          "tên người nhận",
          "người nhận");

  private static final Rx ID_NUMBER =
      Rx.compile("(?<![\\p{L}\\p{N}/\\-.,])\\d(?:[ .\\-]?\\d){8,11}(?![\\p{N}])");
  private static final Words ID_WORDS =
      Words.of(
          "cccd",
          "căn cước",
          "căn cước công dân",
          "thẻ căn cước",
          "số định danh",
          "định danh cá nhân",
          "mã định danh",
          "số định danh cá nhân",
          "cmnd",
          "cmt",
          "cmtnd",
          "chứng minh nhân dân",
          "chứng minh thư",
          "số cm",
          "giấy tờ tùy thân",
          "giấy tờ tuỳ thân",
          "số căn cước",
          "cmnd/cccd",
          "cccd/cmnd",
          "cc",
          "đdcn",
          "số id",
          "mã số định danh",
          "can cuoc",
          "chung minh nhan dan",
          "so dinh danh",
          "ma dinh danh");
  private static final Words NOT_ID =
      Words.of(
          "mã hồ sơ",
          "số hồ sơ",
          "mã số bhxh",
          "số bhxh",
          "mã bhxh",
          "số sổ",
          "mã đơn",
          "mã vận đơn",
          "số seri",
          "số serial",
          "số hóa đơn",
          "số hoá đơn",
          "mã giao dịch",
          "số hợp đồng",
          "mã bưu chính",
          "mã tra cứu",
          "số biên nhận",
          "mã số hồ sơ",
          "số quyết định",
          "số văn bản",
          "số hiệu",
          "mã số doanh nghiệp",
          "mã số thuế doanh nghiệp",
          "mã số hộ kinh doanh",
          "mã dự án",
          "mã thửa");

  private static final Rx MOBILE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\(\\+?84\\)\\s?|\\+84[ .\\-]?|84(?=[35789]\\d{8}(?!\\d))|0)[35789](?:[ .\\-]?\\d){8}(?![\\p{N}])");
  private static final Rx LANDLINE =
      Rx.compile(
          "(?<![\\p{L}\\p{N}+])(?:\\(\\+?84\\)\\s?\\(?|\\+84[ .\\-]?\\(?|\\(0|0)2\\d{1,2}\\)?(?:[ .\\-]?\\d){7,8}(?![\\p{N}])");
  private static final Words NOT_PHONE =
      Words.of(
          "mst",
          "mã số thuế",
          "mã số bhxh",
          "số bhxh",
          "mã hồ sơ",
          "số hồ sơ",
          "mã số",
          "mã",
          "số tài khoản",
          "stk",
          "số sổ",
          "mã số doanh nghiệp",
          "mã đơn",
          "số seri");

  private static final Rx DOB =
      Rx.compile(
          "(?<![\\p{L}])(?<!hy |học )(ngày,? tháng,? năm sinh|ngày tháng năm sinh"
              + "|sinh ngày|sinh năm|ngày sinh|năm sinh|sinh|sn|ns|s\\.)\\s*[:.]?\\s*");
  private static final Rx DATE_OR_YEAR =
      Rx.compile(
          "(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*"
              + "|\\d{1,2}\\s+tháng\\s+\\d{1,2},?\\s+năm\\s+)?((?:19|20)\\d{2})(?![\\d/])");
  private static final Rx YEAR_AFTER_NAME =
      Rx.compile("\\s*[(,–-]\\s*((?:19|20)\\d{2})\\s*(?=[),;|–\\-\\n]|$)");

  private static final Words RESIDENCE =
      Words.of(
          "trú tại",
          "thường trú tại",
          "thường trú",
          "tạm trú tại",
          "tạm trú",
          "cư trú tại",
          "nơi cư trú",
          "nơi thường trú",
          "nơi tạm trú",
          "hktt",
          "hộ khẩu thường trú",
          "hộ khẩu",
          "địa chỉ thường trú",
          "địa chỉ",
          "địa chỉ nhà",
          "nơi ở hiện nay",
          "nơi ở hiện tại",
          "nơi ở",
          "chỗ ở hiện nay",
          "chỗ ở",
          "ở tại",
          "sống tại",
          "cư ngụ tại",
          "ngụ tại",
          "nhà ở tại",
          "nhà riêng",
          "trú ở",
          "ở số",
          "nhà số",
          "trú quán",
          "cư trú",
          "ngụ",
          "trú",
          "đkhktt",
          "đăng ký thường trú",
          "địa chỉ liên hệ",
          "đktt",
          "nơi đktt",
          "nơi đăng ký thường trú",
          "nơi đăng ký hộ khẩu thường trú",
          "thường trú ở",
          "tạm trú ở",
          "ở",
          "tru tai",
          "thuong tru",
          "dia chi",
          "noi o");

  /** Address words offices use too: the nearest mention must be a person. */
  private static final Set<String> SHARED_ADDRESS_WORDS =
      Set.of("địa chỉ", "địa chỉ liên hệ", "dia chi", "ở", "ở tại", "tại");

  private static final Words ADDRESS_START =
      Words.of(
          "số",
          "căn hộ",
          "ngõ",
          "ngách",
          "hẻm",
          "kiệt",
          "tổ",
          "tổ dân phố",
          "tdp",
          "thôn",
          "xóm",
          "khu phố",
          "kp",
          "ấp",
          "bản",
          "cụm",
          "cụm dân cư",
          "khu tập thể",
          "ktt",
          "tập thể",
          "căn hộ",
          "phòng",
          "chung cư",
          "tòa",
          "toà",
          "kđt",
          "khu đô thị",
          "nhà",
          "đội",
          "làng",
          "khu dân cư",
          "kdc",
          "tiểu khu",
          "khu",
          "ngõ số",
          "tổ số");
  private static final Words LIVES_AT = Words.of("tại", "ở", "trong");

  /**
   * Words saying where someone lives ("sống", "căn nhà"), not where they went ("đến nhà văn hóa").
   */
  /** A home spoken of by who the person is, without the name ("gia đình cháu ở ..."). */
  private static final Words HOME_OF_NAMED =
      Words.of(
          "gia đình", // "Cháu A ... . Gia đình ở số 5 ngách 12": the family of the one named
          "gia đình cháu",
          "gia đình em",
          "gia đình ông",
          "gia đình bà",
          "gia đình anh",
          "gia đình chị",
          "gia đình cụ",
          "nhà cháu",
          "nhà em",
          "nhà ông",
          "nhà bà",
          "nhà anh",
          "nhà chị",
          "nhà cụ");

  private static final Words HOME_CUES =
      Words.of(
          "sống",
          // "ở với bà nội tại số 6 ...", "ở cùng con gái tại ...": living with someone there
          "ở với",
          "ở cùng",
          "căn nhà",
          "nhà riêng",
          "nhà mình",
          "nhà của",
          "căn hộ",
          "cư ngụ",
          "ở trọ",
          "thuê trọ",
          "thuê nhà",
          "nhà trọ",
          "sinh sống",
          "trú");

  /** "dạy kèm tại nhà, căn hộ 1208 tòa CT2": "nhà" then the address of that home. */
  private static final Rx AT_HOME = Rx.compile("^nhà\\s*[,:]\\s*");

  /** A home someone left or stays in with kin ("đi khỏi nhà con gái tại ..."). */
  private static final Words LEFT_HOME =
      Words.of(
          "khỏi nhà",
          "rời nhà",
          "bỏ nhà",
          "nhà con",
          "nhà con gái",
          "nhà con trai",
          "nhà người thân",
          "nhà bố mẹ",
          "nhà cha mẹ");

  /** "ở phường Kim Mã": after "ở", a ward or commune is where someone lives. */
  private static final Words ADMIN_UNITS =
      Words.of("phường", "xã", "thị trấn", "quận", "huyện", "thị xã");

  /** "cho thuê nhà tại ...": a property someone lets, not where they live. */
  private static final Words RENTED_OUT = Words.of("cho thuê", "bán nhà", "chuyển nhượng");

  private static final Words ADDRESS_CONTINUES =
      Words.of(
          "phường",
          "p.",
          "p",
          "quận",
          "q.",
          "q",
          "xã",
          "huyện",
          "h.",
          "thị xã",
          "tx.",
          "thị trấn",
          "tt.",
          "tỉnh",
          "thành phố",
          "tp",
          "tp.",
          "hà nội",
          "tổ",
          "thôn",
          "xóm",
          "ngõ",
          "ngách",
          "hẻm",
          "phố",
          "đường",
          "khu",
          "cụm",
          "ấp",
          "bản",
          "làng",
          "số",
          "tòa",
          "toà",
          "chung cư",
          "kđt",
          "khu đô thị",
          "tổ dân phố",
          "tdp",
          "khu phố",
          "tiểu khu",
          "khu tập thể",
          "ktt");
  private static final Words ADDRESS_STOPS =
      Words.of(
          "sđt",
          "số điện thoại",
          "điện thoại",
          "đt",
          "đtdđ",
          "sinh",
          "sinh năm",
          "cccd",
          "cmnd",
          "nghề nghiệp",
          "làm nghề",
          "hiện",
          "đang",
          "đã",
          "là",
          "có",
          "được",
          "bị",
          "với",
          "và",
          "để",
          "khi",
          "do",
          "vì",
          "nên",
          "thuộc diện",
          "diện",
          // a time after the address ("ngõ 90 Nguyễn Tuân từ chiều 30/11/2026"), not "Từ Liêm"
          "từ sáng",
          "từ trưa",
          "từ chiều",
          "từ tối",
          "từ đêm",
          "từ ngày",
          "từ hôm",
          "vào sáng",
          "vào chiều",
          "vào tối",
          "vào ngày",
          "lúc");
  private static final Words NOT_ADDRESS =
      Words.of(
          "trụ sở",
          "thửa", // a land parcel ("Thửa 112, tờ bản đồ 07"), nobody's home
          "thửa đất",
          "email",
          "thư điện tử",
          "website",
          "trang",
          "https",
          "http",
          "www",
          "hộp thư",
          "cổng",
          "ứng dụng");
  private static final Words ADDRESS_HEADINGS =
      Words.of(
          "địa chỉ",
          "nơi ở",
          "nơi cư trú",
          "thường trú",
          "trú quán",
          "nơi thường trú",
          "hộ khẩu",
          "tổ dân phố",
          "chỗ ở",
          "tạm trú",
          "cư trú",
          "thôn",
          "xóm",
          "khu dân cư",
          "tdp");

  /**
   * Address columns of something other than a home: a land parcel ("Địa chỉ thửa đất"), a business
   * or a building site ("Địa chỉ kinh doanh", "Địa chỉ công trình"), an office.
   */
  private static final Words NOT_HOME_HEADINGS =
      Words.of(
          "thửa",
          "thửa đất",
          "đất",
          "kinh doanh",
          "hộ kinh doanh",
          "công trình",
          "cơ sở",
          "cửa hàng",
          "trụ sở",
          "cơ quan",
          "doanh nghiệp",
          "công ty",
          "dự án",
          "thi công",
          "nơi vi phạm",
          "địa điểm vi phạm",
          "xảy ra",
          "sự việc",
          "tài sản");

  /** "chị A, số 0977 602 318": "số" before a phone number, not a house number. */
  private static final Rx PHONE_AS_NUMBER =
      Rx.compile("^số\\s+(?:\\+84|0)\\d{2,3}[ .]?\\d{3}[ .]?\\d{3,4}(?!\\d)");

  private static final Words BIRTH_HEADINGS =
      Words.of("năm sinh", "ngày sinh", "ns", "sinh năm", "ngày tháng năm sinh");

  private static final Words HEALTH =
      Words.of(
          "ung thư",
          "ung bướu",
          "hiv",
          "aids",
          "hiv/aids",
          "nhiễm hiv",
          "khuyết tật",
          "tàn tật",
          "tật nguyền",
          "tâm thần",
          "rối loạn tâm thần",
          "bệnh tâm thần",
          "bị thần kinh",
          "trầm cảm",
          "động kinh",
          "bại liệt",
          "bại não",
          "liệt nửa người",
          "liệt hai chân",
          "bị liệt",
          "nằm liệt",
          "liệt toàn thân",
          "khiếm thị",
          "khiếm thính",
          "bị mù",
          "mù lòa",
          "mù loà",
          "bị điếc",
          "câm điếc",
          "bị câm",
          "tự kỷ",
          "hội chứng down",
          "suy thận",
          "chạy thận",
          "lọc máu",
          "xơ gan",
          "viêm gan",
          "lao phổi",
          "bệnh lao",
          "mắc lao",
          "tiểu đường",
          "đái tháo đường",
          "đột quỵ",
          "tai biến",
          "dương tính",
          "bị lẫn",
          "f0",
          "mắc covid",
          "sốt xuất huyết",
          "bệnh hiểm nghèo",
          "bệnh nan y",
          "hiểm nghèo",
          "nan y",
          "thương tật",
          "mất sức lao động",
          "suy giảm khả năng lao động",
          "bệnh nặng",
          "ốm nặng",
          "nhập viện",
          "nằm viện",
          "đi cấp cứu",
          "được cấp cứu",
          "nhập viện cấp cứu",
          "đang cấp cứu",
          "đang được cấp cứu",
          "phải cấp cứu",
          "đưa đi cấp cứu",
          "cấp cứu tại",
          // substitution treatment of an addict is treatment of that person
          "điều trị methadone",
          "điều trị bằng methadone",
          "uống methadone",
          "điều trị thay thế",
          "điều trị nghiện",
          "phẫu thuật",
          "đang điều trị",
          "điều trị bệnh",
          "điều trị tại",
          "điều trị nội trú",
          "bệnh nhân",
          "người bệnh",
          "mắc bệnh",
          "bị bệnh",
          "mang thai",
          "có thai",
          "nghiện rượu",
          "chất độc da cam",
          "nhiễm chất độc",
          "sa sút trí tuệ",
          "alzheimer",
          "parkinson",
          "tim bẩm sinh",
          "bệnh tim",
          "hóa trị",
          "tăng huyết áp",
          "cao huyết áp",
          "huyết áp cao",
          "gây thương tích",
          "tỷ lệ thương tích",
          "xạ trị",
          "hoá trị",
          "bệnh mãn tính",
          "bệnh mạn tính",
          "tai nạn lao động",
          "bị thương",
          // a light injury is an injury ("bị ngã xe, xây xát nhẹ ở tay")
          "xây xát",
          "trầy xước",
          "thương nặng",
          "mắc sởi",
          "mắc bệnh sởi",
          "tay chân miệng",
          "mắc tay chân miệng",
          "sức khỏe yếu",
          "sức khoẻ yếu",
          "trí nhớ kém",
          "lú lẫn",
          "mất trí nhớ",
          "suy giảm trí nhớ",
          "mù hai mắt",
          "mù một mắt",
          "hỏng mắt",
          "cận thị",
          "viễn thị",
          "loạn thị",
          "thương binh",
          "bệnh binh",
          "tỷ lệ tổn thương",
          "tỉ lệ tổn thương",
          "tổn thương cơ thể",
          "liệt giường",
          "suy tim",
          "hen suyễn",
          "hen phế quản",
          "dị tật",
          "suy dinh dưỡng",
          "hôn mê",
          "bạch cầu",
          "máu trắng",
          "thoái hóa",
          "thoái hoá",
          "gãy tay",
          "gãy chân",
          "bị gãy",
          "chấn thương",
          // reactions and chronic diseases named by the organ or the reaction, not by "bệnh ..."
          "sốc phản vệ",
          "phản vệ",
          "bệnh phổi",
          "phổi tắc nghẽn",
          "tắc nghẽn mạn tính",
          "bệnh gan",
          "bệnh thận",
          // an injury by an animal and the treatment after it
          "bị chó cắn",
          "chó cắn",
          "cắn vào chân",
          "cắn vào tay",
          "cắn vào người",
          "được tiêm phòng dại",
          "tiêm huyết thanh kháng dại",
          // being taken for treatment ("đưa ông đi điều trị")
          "đi điều trị",
          "đưa đi điều trị",
          // more illnesses, injuries and treatments that are said of one person
          "có bệnh nền",
          "ngộ độc",
          "bị bỏng",
          "bỏng nặng",
          "gãy xương",
          "viêm phổi",
          "suy hô hấp",
          "nhồi máu cơ tim",
          "nhồi máu não",
          "xuất huyết não",
          "u não",
          "khối u",
          "ghép thận",
          "ghép gan",
          "suy gan",
          "tâm thần phân liệt",
          "loạn thần",
          "thủy đậu",
          "thuỷ đậu",
          "bệnh dại",
          "sinh non",
          "sảy thai",
          "bị cụt",
          "cụt chân",
          "cụt tay",
          "thở máy",
          "hồi sức tích cực",
          "giang mai",
          "thiểu năng",
          "chậm phát triển trí tuệ",
          // harm that befalls someone (an accident alone, "bị tai nạn", is no health data: the
          // tuning set labels it so, t083)
          "đuối nước",
          "bị điện giật",
          "ngạt khí",
          "bị ngạt",
          // eye diseases said of one person ("bị đục thủy tinh thể cả hai mắt")
          "đục thủy tinh thể",
          "đục thuỷ tinh thể",
          "thoái hóa điểm vàng",
          "thoái hoá điểm vàng",
          "tăng nhãn áp",
          "glôcôm",
          "mù lòa",
          "mù loà");
  private static final Words CRIMINAL =
      Words.of(
          "tiền án",
          "tiền sự",
          "kết án",
          "bị kết án",
          "án tù",
          "tù giam",
          "phạt tù",
          "án treo",
          "cải tạo không giam giữ",
          "chấp hành án",
          "chấp hành xong án",
          "chấp hành xong hình phạt",
          "mãn hạn tù",
          "ra tù",
          "trại giam",
          "trại cải tạo",
          "đặc xá",
          "tha tù",
          "phạm tội",
          "tội phạm",
          "về tội",
          "tội danh",
          "khởi tố",
          "bị khởi tố",
          "bị can",
          "bị cáo",
          "bị bắt",
          "bắt giữ",
          "bắt quả tang",
          "tạm giữ",
          "tạm giam",
          "truy nã",
          "đầu thú",
          "nghiện ma túy",
          "nghiện ma tuý",
          // addiction to a named drug is drug addiction, which the docs class as criminal record
          "nghiện heroin",
          "nghiện hêrôin",
          "nghiện heroine",
          "nghiện thuốc phiện",
          "nghiện cần sa",
          "nghiện ma túy đá",
          "nghiện chất ma túy",
          "nghiện các chất ma túy",
          "sử dụng trái phép chất ma túy",
          "sử dụng trái phép chất ma tuý",
          "ma túy",
          "ma tuý",
          "tàng trữ",
          "trộm cắp",
          "cướp giật",
          "lừa đảo",
          "đánh bạc",
          // driving with alcohol in the blood is an offence ("điều khiển xe ... có nồng độ cồn")
          "có nồng độ cồn",
          "xây dựng không phép",
          "xây dựng trái phép",
          "cá độ",
          "cố ý gây thương tích",
          "gây rối trật tự",
          "xử phạt",
          "phạt", // only with an amount after it: FINE_AMOUNT
          "tuyên phạt",
          "bị phạt tiền",
          "tháng tù",
          "năm tù",
          "bị xử phạt",
          "phạt tiền",
          "bị phạt",
          "nộp phạt",
          "hành vi vi phạm",
          "vi phạm hành chính",
          "đã vi phạm",
          "vi phạm quy định",
          "vi phạm luật",
          "vi phạm trật tự",
          "vi phạm giao thông",
          "lỗi vi phạm",
          "bị xử lý",
          "giáo dục tại xã",
          "giáo dục tại phường",
          "giáo dục tại xã, phường",
          "giáo dục tại xã, phường, thị trấn",
          "cơ sở giáo dục bắt buộc",
          "cai nghiện bắt buộc",
          "cai nghiện",
          "đi cai nghiện",
          "quản chế",
          "cấm cư trú",
          "đối tượng",
          "phạm nhân",
          "can phạm",
          "hình sự",
          "án phạt",
          "cưỡng đoạt",
          "chống người thi hành công vụ",
          "buôn lậu",
          "trốn truy nã",
          "phạt cảnh cáo",
          "cảnh cáo",
          "hành hung",
          "đánh người",
          "đánh anh",
          "đánh chị",
          "đánh ông",
          "đánh bà",
          "đánh vợ",
          "đánh chồng",
          "đánh con",
          "đánh cháu",
          "dùng gậy đánh",
          "bỏ trốn",
          "bỏ chạy",
          "gây tai nạn rồi bỏ chạy",
          "bỏ chạy khỏi hiện trường",
          "hộ vi phạm",
          "trường hợp vi phạm",
          "người vi phạm",
          "cá nhân vi phạm",
          // more offences and measures that are said of one person
          "mua bán trái phép",
          "vận chuyển trái phép",
          "mại dâm",
          "hiếp dâm",
          "dâm ô",
          "xâm hại",
          "giết người",
          "cướp tài sản",
          "ăn trộm",
          "lấy trộm",
          "trộm xe",
          "chiếm đoạt",
          "lạm dụng tín nhiệm",
          "làm giả",
          "đua xe",
          "bắt cóc",
          "mua bán người",
          "buôn bán người",
          "cho vay nặng lãi",
          "bạo lực gia đình",
          "ngược đãi",
          "tù chung thân",
          "tử hình",
          "tước giấy phép lái xe",
          "tước quyền sử dụng giấy phép lái xe",
          "vi phạm nồng độ cồn",
          "trốn tránh nghĩa vụ quân sự",
          "không chấp hành lệnh gọi",
          "bị triệu tập",
          // a case opened against someone ("giải quyết vụ việc vi phạm"); a bare traffic fault
          // ("lỗi vượt đèn đỏ") of a vehicle's owner is not: the owner need not be the driver
          "vụ việc vi phạm",
          // what a named person did, not a camera's note on a plate: parking on the pavement, an
          // overloaded lorry
          "chiếm dụng vỉa hè",
          "chiếm dụng lòng đường",
          "lấn chiếm vỉa hè",
          "lấn chiếm lòng đường",
          "quá tải trọng",
          "tải trọng cho phép",
          "chở quá tải");

  /**
   * Words of {@link #HEALTH} and {@link #CRIMINAL} that stand right before the name they are about.
   */
  private static final Set<String> ROLE_NOUNS =
      Set.of("bệnh nhân", "người bệnh", "bị can", "bị cáo", "phạm nhân", "đối tượng", "can phạm");

  /**
   * Verbs that report what someone says: a term after them is about others ("Bà B cho biết ... xử
   * phạt").
   */
  private static final Words SPEECH =
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
  private static final Words BENEFACTOR =
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
  private static final Words CARE_OR_ENFORCEMENT =
      Words.of(
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
          "đại úy",
          "đại uý",
          "thượng úy",
          "thượng uý",
          "trung úy",
          "trung uý",
          "thiếu úy",
          "thiếu uý",
          "thiếu tá",
          "trung tá",
          "thượng tá",
          "đại tá",
          "chấp hành viên",
          "chủ tịch",
          "phó chủ tịch",
          "đội trưởng",
          "trưởng đoàn",
          "thanh tra");

  /** "con gái bệnh nhân", "người nhà bệnh nhân": a relative of the patient, not the patient. */
  private static final Words KIN =
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
  private static final Rx ROLE_GAP_ENDS = Rx.compile("[\\n|]");

  /**
   * "hết thời hạn tạm giữ": the vehicle's, not a person's detention; "nhà anh A bị mất trộm xe
   * máy": the theft's victim, not its offender.
   */
  private static final Words NOT_CRIMINAL =
      Words.of(
          "mất trộm",
          "bị trộm",
          "thời hạn tạm giữ",
          "hết thời hạn tạm giữ",
          "phương tiện tạm giữ",
          "xe tạm giữ",
          "tài sản tạm giữ",
          "tạm giữ phương tiện",
          "tạm giữ xe");

  /**
   * A bare "phạt" is no offence ("nộp tiền phạt vào tài khoản", "Số tiền phạt" as a column, "phạt
   * nguội" as a list's name): it is one when a fine's amount follows ("phạt 2.500.000 đồng").
   */
  private static final Rx FINE_AMOUNT = Rx.compile("^\\s*(?:tiền\\s+)?\\d");

  /** A sentence whose subject is a vehicle: what it says is held ("tạm giữ") is the vehicle. */
  private static final Rx VEHICLE_SUBJECT =
      Rx.compile("^[\\s.!?;]*(?:chiếc\\s+)?(?:xe|phương tiện|ô tô|mô tô)(?![\\p{L}])");

  /** "về tội cố ý gây thương tích": the name of an offence, not someone's injury. */
  private static final Words NOT_HEALTH =
      Words.of(
          "cố ý gây thương tích",
          "vô ý gây thương tích",
          // a drug test, criminal record by the docs, not an infection
          "dương tính với ma túy",
          "dương tính với ma tuý",
          "dương tính với chất ma túy",
          "dương tính với chất ma tuý");

  /**
   * Role nouns with an ordinary meaning too ("đối tượng được hỗ trợ"): they count only right before
   * a name.
   */
  private static final Set<String> ROLE_ONLY = Set.of("đối tượng");

  /**
   * "một cụ bà ... có biểu hiện sa sút trí tuệ, chỉ nhớ tên là Nghiêm Thị Bảy": the name given
   * right after the data, as the name of the one it is about.
   */
  private static final Rx NAMED_AS =
      Rx.compile("^[^.;:]{0,40}(?:tên là|tên gọi là|có tên|tên)\\s*$");

  /**
   * Between a finding's term and the person it is about ("xử phạt vi phạm hành chính đối với ông
   * A").
   */
  private static final Rx OBJECT_GAP = Rx.compile("^\\s*(?:[\\p{Ll}\\p{M}\\p{N}]+\\s+){0,8}$");

  private static final Set<String> NOT_OBJECT =
      Set.of(
          "do", "và", "cùng", "thì", "nhưng", "được", "đã", "tại", "ở", "như", "nếu", "khi", "để",
          "mà", "hoặc", "hay");

  /**
   * An offender's role without a name standing for the one named before ("Bị cáo Đinh Văn A ... .
   * Bị cáo có 01 tiền án", "Hội đồng xét xử tuyên phạt bị cáo 36 tháng tù", "Công an xã đưa đối
   * tượng đi cai nghiện bắt buộc").
   */
  private static final Words ROLE_STANDING_FOR_NAME =
      Words.of("bị cáo", "bị can", "phạm nhân", "can phạm", "đối tượng");

  private static final Words PLURAL = Words.of("các", "những", "hai", "ba", "nhóm");

  /** How far back the person a role without a name stands for may be named. */
  private static final int ROLE_REACH = 400;

  /**
   * The private person named before an unnamed offender's role in the term's sentence (the role
   * before the term or right after it), or null.
   */
  private static Mention namedBeforeRole(Reading r, Words.Hit h) {
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
  private static final Set<String> DONE_BY_ANYONE = Set.of("bắt giữ", "bắt quả tang", "tố giác");

  /**
   * Between a person and a term: someone else the term is about ("anh Đức bắt giữ đối tượng cướp
   * giật").
   */
  private static final Words OTHER_PARTY =
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

  private final Set<String> publishedNumbers;
  private final int currentYear;

  /**
   * @param publishedNumbers phone numbers organisations publish (national form, digits only): never
   *     findings
   * @param currentYear the year of the publication window: later birth years are no date of birth
   */
  PersonalDataDetector(Set<String> publishedNumbers, int currentYear) {
    this.publishedNumbers = Set.copyOf(publishedNumbers);
    this.currentYear = currentYear;
  }

  /**
   * The findings of one field; {@code claimed} marks characters already explained (links), and
   * grows.
   */
  List<Finding> find(Reading r, BitSet claimed) {
    List<Finding> out = new ArrayList<>();
    plates(r, claimed, out);
    bankAccounts(r, claimed, out);
    identityNumbers(r, claimed, out);
    phones(r, claimed, out);
    datesOfBirth(r, claimed, out);
    addresses(r, claimed, out);
    livesAt(r, claimed, out);
    aboutPerson(r, HEALTH, FindingKind.HEALTH, out);
    aboutPerson(r, CRIMINAL, FindingKind.CRIMINAL_RECORD, out);
    return out;
  }

  private void plates(Reading r, BitSet claimed, List<Finding> out) {
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
  private static final Rx OWNER_NEXT =
      Rx.compile(
          "^[\\s.!?;]*(?:chủ phương tiện|chủ xe|chủ sở hữu|người điều khiển)(?: phương tiện| xe)?\\s*(?:là|:)?\\s*(?:\\p{L}+\\s+)?$");

  /** Losing something: what the lost wallet held is the loser's. */
  private static final Words LOST =
      Words.of("bị mất", "làm mất", "đánh mất", "đánh rơi", "làm rơi");

  /**
   * "anh A, trú tại ..., trình báo bị mất một ví da ..., trong ví có ... đăng ký xe BKS ...": the
   * one who lost it, named before the loss in the same sentence.
   */
  private static Mention whoLostIt(Reading r, int at) {
    Words.Hit lost =
        LOST.findIn(r.lower(), r.sentenceStart(at), at).stream().findFirst().orElse(null);
    return lost == null ? null : r.nearestPersonBefore(lost.start(), 150);
  }

  private static Mention ownerNamedNext(Reading r, int end) {
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

  private static Mention personOfRow(Reading r, int at) {
    String s = r.text();
    int lineStart = s.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
    int lineEnd = s.indexOf('\n', at);
    int end = lineEnd < 0 ? s.length() : lineEnd;
    return r.mentions().stream()
        .filter(m -> m.person() && m.start() >= lineStart && m.end() <= end)
        .findFirst()
        .orElse(null);
  }

  /**
   * A bank word soon after a number, not one of another account ("tài khoản định danh"), and in the
   * number's own table cell: "0985 667 301 | MB Bank 0901 ..." is a phone in one column and an
   * account in the next.
   */
  private static boolean bankWordAfter(Reading r, int end) {
    String lower = r.lower();
    int until = Math.min(r.sentenceEnd(end), end + 25);
    ScreenedText.Cell cell = r.screened().cellAt(Math.max(0, end - 1));
    if (cell != null) {
      until = Math.min(until, cell.end());
    }
    return BANK_WORDS.findIn(lower, end, until).stream()
        .anyMatch(hit -> !NOT_BANK.startsAt(lower, hit.start()));
  }

  /**
   * A phone word right before a number, nothing but a few words between ("số điện thoại 09...").
   */
  private static boolean phoneWordBefore(Reading r, int start) {
    String lower = r.lower();
    int from = Math.max(r.sentenceStart(start), start - 20);
    Words.Hit cue = PHONE_CUES.lastIn(lower, from, start);
    return cue != null && !BANK_WORDS.anyIn(lower, cue.end(), start);
  }

  private void bankAccounts(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    Matcher m = ACCOUNT.matcher(r.text());
    while (m.find()) {
      String d = Masks.digits(m.group());
      if (isClaimed(claimed, m.start(), m.end())
          || d.length() < 6
          || d.startsWith("1900")
          || d.startsWith("1800")
          || MONEY.matcher(m.group()).matches()
          || YEARS.matcher(m.group()).matches()
          || CURRENCY.startsAt(r.lower(), m.end()) && !BANK_WORDS.startsAt(lower, m.end())) {
        continue; // typed without marks, "ngan hang" after a number is the bank, not "ngàn"
      }
      int from = Math.max(r.sentenceStart(m.start()), m.start() - 45);
      Words.Hit keyword = BANK_WORDS.lastIn(lower, from, m.start());
      if (keyword != null
          && (ACCOUNT_HOLDER.endingAt(lower, keyword.end()) != null
              || PHONE_CUES.anyIn(lower, keyword.end(), m.start()))) {
        keyword = null; // "chủ tài khoản Lý Thị Lan, hoặc gọi 0356...": a name, then a phone
      }
      // a table column headed "Số tài khoản" says what its cells are, as a keyword would
      boolean bankAfter =
          (bankWordAfter(r, m.end()) || headingHas(r, m.start(), BANK_WORDS)) && d.length() >= 8;
      if (keyword == null && MOBILE.matcher(m.group()).matches() && phoneWordBefore(r, m.start())) {
        continue; // "tin nhắn từ số điện thoại 0589 ... báo tài khoản bị khóa": a phone
      }
      if (ID_WORDS.anyIn(lower, Math.max(r.sentenceStart(m.start()), m.start() - 30), m.start())) {
        continue; // "chứng minh thư số 012654789 và thẻ ngân hàng": an identity number
      }
      if (keyword == null && !bankAfter
          || keyword != null && NOT_BANK.anyIn(lower, keyword.start(), m.start())
          || keyword != null && digitsBetween(r.text(), keyword.end(), m.start())) {
        continue;
      }
      Mention holder = holder(r, keyword == null ? m.start() : keyword.start(), m.end());
      if (holder != null && (holder.type() == Type.ORGANISATION || keepsUnitsMoney(r, holder))) {
        claimed.set(m.start(), m.end());
        continue;
      }
      boolean person = holder != null;
      out.add(
          finding(
              r,
              FindingKind.BANK_ACCOUNT,
              person,
              m.start(),
              m.end(),
              person
                  ? "số tài khoản của " + holder.name()
                  : "số tài khoản không rõ của ai (nếu là tài khoản của cơ quan, "
                      + "đơn vị, hãy ghi rõ tên chủ tài khoản)",
              "****" + d.substring(d.length() - 4)));
      claimed.set(m.start(), m.end());
    }
  }

  /** Between a person and where they study or work: ", sinh viên ", " - học sinh ". */
  private static final Rx MEMBER_OF =
      Rx.compile(
          "\\s*[,(–-]?\\s*(?:là\\s+)?(?:sinh viên|học sinh|học viên|công nhân|nhân viên|giáo viên)\\s*");

  /** Who keeps a unit's money: its treasurer or accountant. */
  private static final Words KEEPS_MONEY = Words.of("thủ quỹ", "kế toán");

  /**
   * The holder is named, here or elsewhere in the text, as the treasurer or accountant who collects
   * for the unit ("bà A (thủ quỹ) ... chủ tài khoản A", "anh B, kế toán HTX"): the account is the
   * collection's, as the unit's own would be.
   */
  private static boolean keepsUnitsMoney(Reading r, Mention holder) {
    String lower = r.lower();
    for (Mention same : r.mentions()) {
      if (!same.person() || !same.name().equals(holder.name())) {
        continue;
      }
      int before = Math.max(r.sentenceStart(same.start()), same.start() - 20);
      int after = Math.min(r.sentenceEnd(same.end()), same.end() + 20);
      if (KEEPS_MONEY.anyIn(lower, before, same.start())
          || KEEPS_MONEY.anyIn(lower, same.end(), after)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who holds an account: "chủ tài khoản: ..." after it; else whoever is named between the keyword
   * and the number ("tài khoản Hội Khuyến học phường, số ...") or just before ("bà B đã cung cấp số
   * tài khoản ..."), or after it with "của".
   */
  private static Mention holder(Reading r, int before, int after) {
    Words.Hit named =
        ACCOUNT_HOLDER.findIn(r.lower(), after, Math.min(r.sentenceEnd(after), after + 80)).stream()
            .findFirst()
            .orElse(null);
    if (named != null) {
      Mention m = r.nearestAfter(named.end(), 20);
      if (m != null) {
        return m;
      }
    }
    Mention kin = holderAsKin(r, after);
    if (kin != null) {
      return kin;
    }
    for (Mention between : r.mentions()) {
      if (between.start() >= before && between.end() <= after) {
        return between;
      }
    }
    if (TREASURY.anyIn(r.lower(), after, Math.min(r.sentenceEnd(after), after + 50))) {
      return new Mention(
          after, after, Type.ORGANISATION, "Kho bạc Nhà nước"); // accounts of state bodies only
    }
    Mention m = r.nearestBefore(before, 40);
    if (m != null && ALTERNATIVE.anyIn(r.lower(), m.end(), before)) {
      m = null; // "gửi ông Trưởng thôn hoặc chuyển khoản vào STK ...": someone else, another way
    }
    if (m != null && !m.person() && BANK_WORDS.startsAt(r.lower(), m.start())) {
      m = null; // "thẻ ngân hàng BIDV số tài khoản ...": the bank keeps the account, not holds it
    }
    if (m != null && !m.person()) {
      // "B, sinh viên Trường Đại học ..., số tài khoản ...": where B studies or works, not who
      // holds
      Mention member = r.nearestBefore(m.start(), 40);
      if (member != null
          && member.person()
          && MEMBER_OF.matcher(r.lower().substring(member.end(), m.start())).matches()) {
        m = member;
      }
    }
    if (m == null) {
      Mention next = r.nearestAfter(after, 30);
      String gap = next == null ? "" : r.lower().substring(after, next.start());
      return next != null
              && (next.person() && gap.matches("\\s*[,(–-]?\\s*(của|-)?\\s*")
                  || gap.matches("\\s*[,(–-]?\\s*của\\s*"))
          ? next
          : null;
    }
    return m;
  }

  /** "STK ... Agribank của mẹ em là bà A": the account of the one named as the kin after "của". */
  private static final Rx KIN_HOLDER =
      Rx.compile(
          "^\\s*(?:[\\p{L}]+\\s+)?của\\s+(?:[\\p{Ll}\\p{M}]+\\s+){1,3}là\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  private static Mention holderAsKin(Reading r, int after) {
    int to = Math.min(r.sentenceEnd(after), after + 60);
    for (Mention m : r.mentions()) {
      if (m.start() >= after && m.start() <= to && m.person()) {
        return KIN_HOLDER.matcher(r.lower().substring(after, m.start())).find() ? m : null;
      }
    }
    return null;
  }

  private void identityNumbers(Reading r, BitSet claimed, List<Finding> out) {
    String s = r.text();
    Matcher m = ID_NUMBER.matcher(s);
    while (m.find()) {
      String d = Masks.digits(m.group());
      if (isClaimed(claimed, m.start(), m.end())
          || d.length() != 9 && d.length() != 12
          || !evenlyGrouped(m.group())
          || documentNumber(s, m.end())) {
        continue;
      }
      int from = Math.max(r.sentenceStart(m.start()), m.start() - 50);
      boolean context =
          ID_WORDS.anyIn(r.lower(), from, m.start()) || headingHas(r, m.start(), ID_WORDS);
      // as far back as an identity word: "Mã hồ sơ trên hệ thống một cửa: 0010..." is the record's
      // a column so headed ("Mã hồ sơ") names its numbers as the words before them would
      boolean notId = NOT_ID.anyIn(r.lower(), from, m.start()) || headingHas(r, m.start(), NOT_ID);
      if (amount(r.lower(), m.end())) {
        continue; // "số tiền 215.400.000 đồng": money, even after an identity word
      }
      if (d.length() == 12 && (context || !notId && validCitizenNumber(d))) {
        out.add(
            finding(
                r,
                FindingKind.CCCD,
                true,
                m.start(),
                m.end(),
                "số định danh \"" + m.group() + "\"",
                Masks.keepEnds(d, 3, 3)));
        claimed.set(m.start(), m.end());
      } else if (d.length() == 9 && context && !notId) {
        out.add(
            finding(
                r,
                FindingKind.CMND,
                true,
                m.start(),
                m.end(),
                "số CMND \"" + m.group() + "\"",
                Masks.keepEnds(d, 2, 2)));
        claimed.set(m.start(), m.end());
      }
    }
  }

  /**
   * A 12-digit number shaped like a citizen identity number: a province code, then the century and
   * gender digit (0-3: born in the 1900s or 2000s), then the year of birth, which has passed.
   */
  boolean validCitizenNumber(String d) {
    if (!PROVINCES.contains(d.substring(0, 3))) {
      return false;
    }
    int century = d.charAt(3) - '0';
    int year = (century / 2 == 0 ? 1900 : 2000) + Integer.parseInt(d.substring(4, 6));
    return century <= 3 && year <= currentYear;
  }

  private void phones(Reading r, BitSet claimed, List<Finding> out) {
    for (Rx p : List.of(MOBILE, LANDLINE)) {
      boolean mobile = p == MOBILE;
      Matcher m = p.matcher(r.text());
      while (m.find()) {
        String national = Masks.nationalNumber(m.group());
        if (isClaimed(claimed, m.start(), m.end())
            || national.length() != (mobile ? 10 : 11)
            || publishedNumbers.contains(national)
            || NOT_PHONE.anyIn(
                r.lower(), Math.max(r.sentenceStart(m.start()), m.start() - 25), m.start())) {
          continue;
        }
        claimed.set(m.start(), m.end());
        if (officeAfter(r.lower(), m.end())) {
          continue;
        }
        Mention owner = r.nearestBefore(m.start(), 150);
        if (owner == null) {
          owner = r.personAbove(m.start());
        }
        String lower = r.lower();
        if (owner != null && owner.type() == Type.ORGANISATION && otherWay(r, owner, m.start())) {
          // "gửi về Công an phường hoặc liên hệ 0966 ...": the office is one way, the number
          // another
          Mention person = r.nearestPersonBefore(owner.start(), 150);
          owner = person != null && person.type() == Type.PERSON ? person : null;
        }
        if (owner != null
            && IMPOSTOR.anyIn(
                lower, Math.max(r.sentenceStart(m.start()), owner.start() - 25), m.start())) {
          owner = null; // "đối tượng giả danh cán bộ thuế gọi từ số ...": the caller is not named
        } else if (PRIVATE_LINE.endingAt(lower, m.start()) != null) {
          // "liên hệ theo số máy bàn gia đình 024 ...": the line of whoever is named before
          Mention person = r.nearestPersonBefore(m.start(), 150);
          owner = person != null && person.type() == Type.PERSON ? person : owner;
        }
        if (owner != null && owner.type() == Type.PERSON) {
          out.add(
              finding(
                  r,
                  FindingKind.PHONE,
                  true,
                  m.start(),
                  m.end(),
                  "số điện thoại của " + owner.name(),
                  Masks.phone(m.group())));
        } else if (owner == null && mobile) {
          out.add(
              finding(
                  r,
                  FindingKind.PHONE,
                  false,
                  m.start(),
                  m.end(),
                  "số di động không rõ của ai (số công khai "
                      + "của cơ quan, đơn vị được ghi vào danh bạ của đơn vị thì không bị báo)",
                  Masks.phone(m.group())));
        }
      }
    }
  }

  /**
   * An office without a number of its own, then "hoặc" and the number: the number is not the
   * office's.
   */
  private static boolean otherWay(Reading r, Mention office, int number) {
    Words.Hit or = ALTERNATIVE.lastIn(r.lower(), office.end(), number);
    return or != null && !r.text().substring(office.end(), or.start()).matches("(?s).*\\d.*");
  }

  /** Someone passing for an office: a number after it is not the office's. */
  private static final Words IMPOSTOR =
      Words.of("giả danh", "mạo danh", "giả mạo", "tự xưng", "tự nhận là");

  /** Right before a number: it is a household's or a person's own line. */
  private static final Words PRIVATE_LINE =
      Words.of("gia đình", "nhà riêng", "cá nhân", "riêng", "của gia đình", "của nhà");

  /** "0912 345 678 (cán bộ tư pháp)", "... - Văn phòng UBND": the number is an office's. */
  private static boolean officeAfter(String lower, int end) {
    int i = end;
    while (i < lower.length() && lower.charAt(i) == ' ') {
      i++;
    }
    if (i >= lower.length() || "(–-".indexOf(lower.charAt(i)) < 0) {
      return false;
    }
    return Lexicon.TITLES.startsAt(lower, i + 1) || Lexicon.ORGANISATIONS.startsAt(lower, i + 1);
  }

  private void datesOfBirth(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    Matcher k = DOB.matcher(lower);
    while (k.find()) {
      String keyword = k.group(1);
      Matcher date = DATE_OR_YEAR.matcher(lower).region(k.end(), lower.length());
      if (!date.lookingAt()
          || ("sinh".equals(keyword) || "s.".equals(keyword))
              && !openedBefore(lower, k.start())
              && !rightAfterName(r, k.start())) {
        continue;
      }
      Mention person = r.nearestPersonBefore(k.start(), 120);
      if (person == null) {
        person = r.personAbove(k.start());
      }
      addBirth(r, claimed, out, person, date.start(), date.end(), Integer.parseInt(date.group(1)));
    }
    for (Mention p : r.mentions()) {
      if (!p.person()) {
        continue;
      }
      Matcher y = YEAR_AFTER_NAME.matcher(r.text()).region(p.end(), r.text().length());
      if (y.lookingAt()) {
        addBirth(r, claimed, out, p, y.start(1), y.end(1), Integer.parseInt(y.group(1)));
      }
    }
    Matcher any = DATE_OR_YEAR.matcher(lower);
    while (any.find()) {
      String heading = r.screened().headingAt(any.start());
      if (heading != null
          && BIRTH_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        addBirth(
            r,
            claimed,
            out,
            r.nearestBefore(any.start(), 300),
            any.start(),
            any.end(),
            Integer.parseInt(any.group(1)));
      }
    }
  }

  private void addBirth(
      Reading r, BitSet claimed, List<Finding> out, Mention person, int start, int end, int year) {
    if (person == null
        || !person.person()
        || year < 1900
        || year > currentYear
        || isClaimed(claimed, start, end)) {
      return;
    }
    String passage = r.text().substring(start, end);
    out.add(
        finding(
            r,
            FindingKind.DATE_OF_BIRTH,
            true,
            start,
            end,
            "ngày/năm sinh \"" + passage + "\" của " + person.name(),
            Masks.birth(passage)));
    claimed.set(start, end);
  }

  /** "Trần Gia Huy sinh 2016": a name, then the birth. */
  private static boolean rightAfterName(Reading r, int at) {
    Mention m = r.nearestBefore(at, 3);
    return m != null && m.person();
  }

  /**
   * "(sinh 1990)", ", sinh 1990": "sinh" alone is a birth only right after a bracket, comma or
   * dash.
   */
  private static boolean openedBefore(String lower, int at) {
    int i = at;
    while (i > 0 && lower.charAt(i - 1) == ' ') {
      i--;
    }
    return i > 0 && "(,–-".indexOf(lower.charAt(i - 1)) >= 0;
  }

  private void addresses(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    for (Words.Hit k : RESIDENCE.findAll(lower)) {
      int from = skipLabel(lower, k.end());
      if (NOT_ADDRESS.startsAt(lower, from)
          || Lexicon.ORGANISATIONS.startsAt(lower, from)
          || NOT_ADDRESS.startsAt(
              lower, k.start())) { // "tru so" typed without diacritics: "trụ sở"
        continue;
      }
      if (("ở".equals(k.phrase()) || "trú".equals(k.phrase()) || "ngụ".equals(k.phrase()))
          && !ADDRESS_START.startsAt(lower, from)
          && !ADMIN_UNITS.startsAt(lower, from)) {
        continue;
      }
      // "trú tại", "nhà riêng" speak of a person whatever stands between; "địa chỉ" may be an
      // office's.
      Mention person =
          SHARED_ADDRESS_WORDS.contains(k.phrase())
              ? r.nearestBefore(k.start(), 150)
              : r.nearestPersonBefore(k.start(), 150);
      if (person == null || !person.person()) {
        person = person == null ? r.personAbove(k.start()) : null;
      }
      addAddress(r, claimed, out, person, from);
    }
    for (Mention p : r.mentions()) {
      if (p.person()) {
        addressAfterName(r, claimed, out, p);
      }
    }
    for (int i = 0; i < lower.length(); i++) {
      String heading = r.screened().headingAt(i);
      if (heading != null
          && (i == 0 || r.screened().headingAt(i - 1) == null || lower.charAt(i - 1) == '|')
          && ADDRESS_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())
          && !NOT_HOME_HEADINGS.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length())) {
        Mention person = r.nearestBefore(i, 300);
        addAddress(r, claimed, out, person, i);
      }
    }
  }

  /**
   * "Cụ Tám sống một mình tại căn nhà nhỏ trong ngõ 71 Châu Long": a precise address after "tại",
   * "ở" or "trong", where the sentence says a private person lives there.
   */
  /**
   * "gia đình cháu ở", "gia đình em thuộc hộ cận nghèo tại": a home named by who lives there, in
   * the same clause as "ở"/"tại" (no comma between).
   */
  private static boolean homeOfNamed(Reading r, int at) {
    String lower = r.lower();
    Words.Hit home = HOME_OF_NAMED.lastIn(lower, Math.max(r.sentenceStart(at), at - 40), at);
    return home != null
        && lower.substring(home.end(), at).indexOf(',') < 0
        && PLURAL.endingAt(lower, home.start()) == null; // "các gia đình ở thôn ...": no one's
  }

  private void livesAt(Reading r, BitSet claimed, List<Finding> out) {
    String lower = r.lower();
    for (Words.Hit at : LIVES_AT.findAll(lower)) {
      int from = skipLabel(lower, at.end());
      Matcher home = AT_HOME.matcher(lower.substring(from));
      boolean atHome = home.find();
      if (atHome) {
        from += home.end();
      }
      if (!addressStarts(r, from)) {
        continue;
      }
      Mention person = r.nearestPersonBefore(at.start(), 150);
      if (person != null
          && person.type() == Type.PERSON
          && (HOME_CUES.anyIn(lower, person.end(), at.start() + 1)
              || atHome
              || leftHome(lower, person.end(), at.start()))
          && !RENTED_OUT.anyIn(lower, person.end(), at.start() + 1)) {
        addAddress(r, claimed, out, person, from);
      } else if ((person == null || person.type() == Type.PERSON) && homeOfNamed(r, at.start())) {
        // "Cháu Hoàng Gia Huy ... . Gia đình cháu ở số 14 ngõ 3": the home of whoever the line
        // named last; "Em A ... . Gia đình em thuộc hộ cận nghèo tại tổ 10": of the paragraph above
        Mention named = r.lastPersonOnLine(at.start());
        named =
            named != null ? named : person != null ? person : r.lastPersonBefore(at.start(), 300);
        if (named != null && named.type() == Type.PERSON) {
          addAddress(r, claimed, out, named, from);
        }
      }
    }
  }

  /**
   * "đi khỏi nhà con gái tại số 19 ngõ 46": the home a missing person left, named in the clause
   * right before "tại" (no comma between).
   */
  private static boolean leftHome(String lower, int from, int at) {
    Words.Hit left = LEFT_HOME.lastIn(lower, from, at);
    return left != null && lower.substring(left.end(), at).indexOf(',') < 0;
  }

  /**
   * "Anh Lã Minh Tuấn, sinh năm 1979, tổ 6, ...", "hộ ông B tại số 44 ngõ 28", "bà C (tổ 5)": an
   * address in one of the few phrases right after a name.
   */
  private void addressAfterName(Reading r, BitSet claimed, List<Finding> out, Mention p) {
    String lower = r.lower();
    int i = p.end();
    int end = Math.min(r.sentenceEnd(p.end()), p.end() + 120);
    for (int chunk = 0; chunk < 3 && i < end; chunk++) {
      while (i < lower.length() && lower.charAt(i) == ' ') {
        i++;
      }
      if (i < lower.length() && ",(–-".indexOf(lower.charAt(i)) >= 0) {
        i = skipLabel(lower, i + 1);
      } else if (chunk > 0) {
        return;
      }
      if (lower.startsWith(Fold.w("hộ số "), i)) {
        i += 3; // "bà A, hộ số 17 thôn Đông": the household's number, where she lives
      }
      boolean livesIn = lower.startsWith(Fold.w("ở "), i);
      // "hộ ông B tại số 44 ngõ 28": "tại" right after the name only, and with a number (else it is
      // where something happened)
      boolean at = chunk == 0 && lower.startsWith(Fold.w("tại "), i);
      if (at && businessOf(lower, r.sentenceStart(p.start()), p.start())) {
        return; // "cơ sở kinh doanh của ông A tại số 77 ...": the business's address
      }
      if (livesIn || at) {
        i = skipLabel(lower, i + (livesIn ? 2 : 4));
      }
      // "chị Hồ Thị Ngân (phường Kim Mã)": a ward in brackets right after the name is where the
      // person lives
      livesIn =
          livesIn
              || chunk == 0
                  && lower.lastIndexOf('(', i) >= p.end()
                  && lower.lastIndexOf('(', i) >= i - 2;
      boolean precise =
          !at || lower.substring(i, Math.min(lower.length(), i + 25)).matches("(?s).*\\d.*");
      if (precise && addressStarts(r, i)
          || livesIn && ADMIN_UNITS.startsAt(lower, i)
          || inBracketAfter(lower, p.end(), i)
              && STREET.matcher(r.text()).region(i, end).lookingAt()) {
        addAddress(r, claimed, out, p, i);
        return;
      }
      int next = nextChunk(lower, i, end);
      if (next < 0) {
        return;
      }
      i = next;
    }
  }

  /** Premises someone owns: an address given for them is theirs, not the owner's home. */
  private static final Rx BUSINESS_OF =
      Rx.compile(
          "(?:cơ sở|cửa hàng|quán|xưởng|nhà hàng|hộ kinh doanh|doanh nghiệp)"
              + "(?:\\s+[\\p{Ll}\\p{M}]+){0,3}\\s+của\\s+(?:ông|bà|anh|chị)?\\s*$");

  /** "cơ sở kinh doanh của ông A": the name owns the premises named right before it. */
  private static boolean businessOf(String lower, int from, int nameStart) {
    return BUSINESS_OF.matcher(lower.substring(Math.max(from, nameStart - 50), nameStart)).find();
  }

  /**
   * "cụ Âu Văn Bính (sinh năm 1927, phố Khâm Thiên)": inside a bracket opened right after the name,
   * a street is where the person lives (in running text "phố X" is often where something happened,
   * so it is not an address start there).
   */
  private static final Rx STREET = Rx.compile("(?:phố|đường)\\s+\\p{Lu}");

  private static boolean inBracketAfter(String lower, int nameEnd, int at) {
    int open = lower.indexOf('(', nameEnd);
    return open >= 0
        && lower.substring(nameEnd, open).isBlank()
        && open < at
        && lower.indexOf(')', open) >= at
        && lower.substring(open, at).indexOf('\n') < 0;
  }

  /** The next ",", "(" or dash after {@code from}, before {@code end}; -1 when none. */
  private static int nextChunk(String lower, int from, int end) {
    for (int j = from; j < end; j++) {
      char c = lower.charAt(j);
      if (c == ',' || c == '(' || c == '–' || c == '-' && j > 0 && lower.charAt(j - 1) == ' ') {
        return j;
      }
      if (c == ')') {
        // "Ông A (1940), số 22 ngõ 12": the bracket closes, the next chunk may follow
        int k = j + 1;
        while (k < end && lower.charAt(k) == ' ') {
          k++;
        }
        return k < end && lower.charAt(k) == ',' ? k : -1;
      }
      if (c == ';') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * An address begins here: "số 12", "ngõ 5", "tổ 3", "thôn Đông"; not "tổ trưởng", "Phòng Tư
   * pháp".
   */
  private static boolean addressStarts(Reading r, int at) {
    String lower = r.lower();
    if (lower.startsWith("p", at) && lower.substring(at).matches("(?s)^p\\.?\\s?\\d{2,4}\\b.*")) {
      return true; // "P305 nhà B2": an apartment
    }
    if (!ADDRESS_START.startsAt(lower, at)
        || lower.startsWith("khu vực", at)
        || Lexicon.TITLES.startsAt(lower, at)
        || Lexicon.CAPITALISED_ORGANISATIONS.startsAt(r.text(), at)
        || Lexicon.ORGANISATIONS.startsAt(lower, at)) {
      return false;
    }
    int end = Math.min(lower.length(), at + 25);
    String head = r.text().substring(at, end);
    if (lower.startsWith(Fold.w("số"), at)
        && !lower.substring(at).matches(Fold.w("(?s)^số\\s*(nhà\\s*)?\\d.*"))) {
      return false; // "số điện thoại", "số tài khoản"
    }
    return head.matches(Fold.w("(?s)^\\S+(\\s+\\S+){0,3}?\\s*(số\\s*)?\\d.*"))
        || head.matches("(?s)^\\p{L}+(\\s+\\p{Ll}+){0,2}\\s+\\p{Lu}.*");
  }

  /**
   * "đến trụ sở UBND phường, số 2 phố Tố Hữu": an address that follows an office named after the
   * person is the office's, not the person's home.
   */
  private static boolean officeBefore(Reading r, Mention person, int from) {
    int clause = Math.max(person.end(), Math.max(r.sentenceStart(from), from - 50));
    return clause < from && OFFICES.anyIn(r.lower(), clause, from);
  }

  /** Offices and public venues: an address after them is theirs ("tại hội trường UBND ..."). */
  private static final Words OFFICES =
      Words.of(
          "trụ sở", "văn phòng", "bộ phận một cửa", "hội trường", "nhà văn hóa", "nhà văn hoá");

  private void addAddress(Reading r, BitSet claimed, List<Finding> out, Mention person, int from) {
    if (person == null
        || !person.person()
        || from >= r.text().length()
        || officeBefore(r, person, from)) {
      return;
    }
    int end = addressEnd(r, from);
    String passage = r.text().substring(from, end).strip();
    if (passage.length() < 3
        || isClaimed(claimed, from, end)
        || !passage.matches("(?s).*(\\d|\\p{Lu}).*")
        || PHONE_AS_NUMBER.matcher(r.lower().substring(from)).find()) {
      return;
    }
    int start = from + r.text().substring(from, end).indexOf(passage.charAt(0));
    out.add(
        finding(
            r,
            FindingKind.HOME_ADDRESS,
            true,
            start,
            start + passage.length(),
            "địa chỉ nơi ở \"" + passage + "\" của " + person.name(),
            Masks.address(passage)));
    claimed.set(start, start + passage.length());
  }

  /**
   * Where an address ends: a line, a bracket, a full stop, or a comma not followed by more of the
   * address.
   */
  private static int addressEnd(Reading r, int from) {
    String s = r.text();
    String lower = r.lower();
    int limit = Math.min(Math.min(s.length(), from + 150), r.sentenceEnd(from));
    for (int i = from; i < limit; i++) {
      char c = s.charAt(i);
      if (c == '\n'
          || c == ';'
          || c == '|'
          || c == '('
          || c == ')'
          || c == '–'
          || c == '-' && i > 0 && s.charAt(i - 1) == ' '
          || c == '.'
              && i + 1 < s.length()
              && s.charAt(i + 1) == ' '
              && !Character.isLetter(i > 0 ? s.charAt(i - 1) : ' ')) {
        return trimmed(s, from, i);
      }
      if (c == ',') {
        int next = i + 1;
        if (!ADDRESS_CONTINUES.startsAt(lower, next) && !placeNameOnly(s, next)
            || ADDRESS_STOPS.startsAt(lower, next)
            || NOT_HOUSE_NUMBER.matcher(lower).region(next, lower.length()).lookingAt()) {
          return trimmed(s, from, i);
        }
      }
      if (c == ' '
          && i > from
          && ADDRESS_STOPS.startsAt(lower, i + 1)
          && !ADDRESS_CONTINUES.startsAt(lower, i + 1)
          && lower.substring(from, i).matches("(?s).*\\p{L}.*\\d.*|.*\\d.*\\p{L}.*")) {
        return trimmed(s, from, i);
      }
    }
    return trimmed(s, from, limit);
  }

  /** ", số 0389 115 702", ", số tiền 2.789.000 đồng": a phone number or an amount, no house. */
  private static final Rx NOT_HOUSE_NUMBER =
      Rx.compile("\\s*số\\s*(?:tiền|\\+?\\d(?:[ .\\-]?\\d){7,})");

  private static int trimmed(String s, int from, int end) {
    int e = end;
    while (e > from && ".,:; ".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return e;
  }

  /**
   * ", Hà Nội." ", Ba Đình": a comma chunk made only of capitalised words (a place) up to the end.
   */
  private static boolean placeNameOnly(String s, int at) {
    Matcher m =
        Pattern.compile("\\s*(\\p{Lu}[\\p{Ll}\\p{M}]*\\s*){1,3}(?=[.,;)\\n|]|$)")
            .matcher(s)
            .region(at, s.length());
    return m.lookingAt();
  }

  /** Health or criminal data about a named private person: one finding per sentence and person. */
  private static void aboutPerson(Reading r, Words terms, FindingKind kind, List<Finding> out) {
    String lower = r.lower();
    List<Finding> found = new ArrayList<>();
    for (Words.Hit h : terms.findAll(lower)) {
      Words not = kind == FindingKind.CRIMINAL_RECORD ? NOT_CRIMINAL : NOT_HEALTH;
      if (not.anyIn(lower, Math.max(0, h.start() - 12), Math.min(lower.length(), h.end() + 20))) {
        continue;
      }
      if (ROLE_NOUNS.contains(h.phrase()) && KIN.endingAt(lower, h.start()) != null) {
        continue;
      }
      if (h.phrase().equals("phạt") && !FINE_AMOUNT.matcher(lower.substring(h.end())).find()) {
        continue;
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
          && next.start() - h.end() <= 3
          && !ROLE_GAP_ENDS.matcher(lower.substring(h.end(), next.start())).find()) {
        person = next.type() == Type.PERSON ? next : null;
      } else if (!ROLE_ONLY.contains(h.phrase())) {
        Mention before =
            DONE_BY_ANYONE.contains(h.phrase()) ? null : r.nearestPersonBefore(h.start(), 150);
        if (before != null
            && (before.type() == Type.PERSON || concernsOfficial(r, before, h))
            && !SPEECH.anyIn(lower, before.end(), h.start())
            && !OTHER_PARTY.anyIn(lower, before.end(), h.start())
            && !ROBBED_OF
                .matcher(lower.substring(Math.max(0, before.start() - 50), before.start()))
                .find()) {
          person = before;
        } else if (next != null
            && next.type() == Type.PERSON
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
  private static final Rx ROBBED_OF =
      Rx.compile(
          "(?:giật|cướp|trộm|lấy cắp|móc túi|chiếm đoạt)[^.;:]{0,40}của\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  /**
   * "đánh bạc tại nhà riêng của A", "công trình xây dựng không phép ..., của chủ đầu tư là ông A":
   * the one whose home holds the offence, or who owns the unlawful works, is whom it is about.
   */
  private static final Rx AT_HOME_OF =
      Rx.compile(
          "^\\s*(?:tại\\s+(?:nhà riêng|nhà ở|nhà)\\s+của"
              + "|[^.;:]{0,80},?\\s*của\\s+(?:chủ đầu tư|chủ công trình|chủ nhà)(?:\\s+là)?)"
              + "\\s+(?:[\\p{Ll}\\p{M}]+\\s+)?$");

  private static Mention atHomeOf(Reading r, Words.Hit h) {
    Mention far = r.nearestAfter(h.end(), 120);
    return far != null
            && far.type() == Type.PERSON
            && AT_HOME_OF.matcher(r.lower().substring(h.end(), far.start())).find()
        ? far
        : null;
  }

  /** A sentence that opens with a bare honorific as its subject: "Cụ bị sa sút trí tuệ". */
  private static final Rx BARE_HONORIFIC =
      Rx.compile("^[\\s.!?;]*(?:cụ|ông|bà|anh|chị|cháu|em|bé)\\s+(?:[\\p{Ll}\\p{M}]+\\s+){0,2}$");

  /**
   * "Cụ Vũ Văn A, sinh năm 1940, ... Cụ bị sa sút trí tuệ": a sentence whose subject is a bare
   * honorific speaks of the private person named last before it (within 250 characters).
   */
  private static Mention referredBack(Reading r, Words.Hit h) {
    int start = r.sentenceStart(h.start());
    if (!BARE_HONORIFIC.matcher(r.lower().substring(start, h.start())).find()) {
      return null;
    }
    Mention last = null;
    for (Mention m : r.mentions()) {
      if (m.end() <= start && m.start() >= start - 250 && (last == null || m.end() > last.end())) {
        last = m;
      }
    }
    return last != null && last.type() == Type.PERSON ? last : null;
  }

  /**
   * A table whose name column says what the people in it are ("Người vi phạm", "Họ tên bệnh nhân"):
   * each name in it is the data, also when no other cell of its row says so. One finding per row,
   * and it is the name: a finding in another cell of the row ("Lấn chiếm vỉa hè") gives way to it.
   */
  private static List<Finding> namedByColumn(
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
   * An official may be the one the data is about ("ông Cẩn, nguyên Bí thư, ... đang điều trị bệnh
   * phổi"), unless their office is to treat, arrest or judge others (a doctor, a police officer),
   * or the sentence says they help or act.
   */
  private static boolean concernsOfficial(Reading r, Mention official, Words.Hit term) {
    String lower = r.lower();
    int around = Math.max(r.sentenceStart(official.start()), official.start() - 40);
    return official.type() == Type.OFFICIAL
        && !CARE_OR_ENFORCEMENT.anyIn(lower, around, Math.min(lower.length(), official.end() + 60))
        && !BENEFACTOR.anyIn(lower, official.end(), term.start());
  }

  /**
   * "Dù phát hiện bị ung thư từ năm 2024, chị Trịnh Thu Phương vẫn ...": a clause before its
   * subject. The person named next in the sentence, when they are a private person and nothing says
   * they only give or organise.
   */
  private static Mention subjectAfterClause(Reading r, Words.Hit h) {
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

  /**
   * "3 ca mắc sốt xuất huyết tại tổ dân phố số 4: anh A, chị B" or "15 người mắc tăng huyết áp,
   * trong đó bà A": the term, then who it is about.
   */
  private static boolean listFollows(String gap) {
    if (gap.length() <= 60 && gap.matches("(?s)^[^.;]*,?\\s*trong đó\\s+(?:có\\s+)?\\S*\\s*$")) {
      return true;
    }
    int colon = gap.lastIndexOf(':');
    return colon >= 0
        && gap.length() <= 60
        && gap.substring(colon + 1).strip().split("\\s+").length <= 2;
  }

  private static boolean sameLine(String s, int from, int to) {
    int newline = s.indexOf('\n', from);
    return newline < 0 || newline >= to;
  }

  private static boolean isObjectGap(String gap) {
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

  private static Finding finding(
      Reading r,
      FindingKind kind,
      boolean blocking,
      int start,
      int end,
      String detail,
      String suggestion) {
    ScreenedText t = r.screened();
    return new Finding(
        kind,
        blocking,
        t.field(),
        t.attachmentName(),
        start,
        end,
        t.text().substring(start, end),
        detail,
        suggestion);
  }

  private static boolean headingHas(Reading r, int at, Words words) {
    String heading = r.screened().headingAt(at);
    return heading != null
        && words.anyIn(ScreenedText.lowerSameLength(heading), 0, heading.length());
  }

  private static final Pattern CURRENCY_AFTER =
      Pattern.compile("\\s*(?:đồng|đ|vnđ|vnd)(?![\\p{L}\\p{N}])");

  /** "215.400.000 đồng": a number followed by its currency is an amount of money. */
  private static boolean amount(String lower, int end) {
    return CURRENCY_AFTER.matcher(lower).region(end, lower.length()).lookingAt();
  }

  /** "Số 123456789012/QĐ-UBND": the number of a document, not of a person. */
  private static boolean documentNumber(String s, int end) {
    int i = end;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    boolean symbolFollows = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    // "Số CM: 125087736 / Nơi ở: ..." separates form fields: only "/QĐ-UBND" names a document
    return i < s.length()
        && (s.charAt(i) == '/' && symbolFollows
            || s.charAt(i) == '-' && i + 1 < s.length() && Character.isLetter(s.charAt(i + 1)));
  }

  /** "001 089 012 345" or "001089012345", not "1 2 3 4 5 6 7 8 9". */
  private static boolean evenlyGrouped(String number) {
    for (String group : number.split("[ .\\-]")) { // "001 078 003 921", "001-183-017-644"
      if (group.length() < 3) {
        return false;
      }
    }
    return true;
  }

  private static boolean digitsBetween(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int skipLabel(String lower, int at) {
    int i = at;
    while (i < lower.length() && (lower.charAt(i) == ' ' || lower.charAt(i) == ':')) {
      i++;
    }
    return i;
  }

  static boolean isClaimed(BitSet claimed, int start, int end) {
    int next = claimed.nextSetBit(start);
    return next >= 0 && next < end;
  }
}
