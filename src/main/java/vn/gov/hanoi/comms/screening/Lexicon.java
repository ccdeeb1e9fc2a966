package vn.gov.hanoi.comms.screening;

import java.util.Set;

/**
 * The Vietnamese words the screening reads a text by, lower case with diacritics. They are grouped by what
 * they tell about the name or number next to them; docs/prechecks.md says why each group exists.
 */
final class Lexicon {
  private Lexicon() {}

  /** The commonest family names: a capitalised run starting with one of them reads as a person's name. */
  static final Set<String> SURNAMES = Set.of("nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ",
      "đặng", "bùi", "đỗ", "hồ", "ngô", "dương", "lý", "đinh", "đào", "trịnh", "mai", "cao", "lương", "tạ", "đoàn",
      "lưu", "vương", "triệu", "hà", "chu", "tô", "kiều", "quách", "lại", "tăng", "la", "lâm", "thái", "phùng",
      "khúc", "nghiêm", "tống", "trương", "âu", "đàm", "doãn", "hứa", "khổng", "ninh", "nông", "phí", "thân",
      "vi", "biện", "chử", "cù", "diệp", "hàn", "kim", "lã", "lỗ", "mẫn", "nhữ", "tào", "thiều", "trình", "vy",
      "bế", "lù", "lường", "nhâm", "tôn", "uông", "mạc", "lục", "quản", "đậu", "ôn", "bạch", "sùng", "giàng", "lò",
      "thào", "hờ",
      // Typed without diacritics
      "nguyen", "tran", "le", "pham", "huynh", "vu", "vo", "dang", "bui", "ngo", "duong", "dinh", "dao",
      "trinh", "luong", "doan", "luu", "vuong", "trieu", "kieu", "quach", "lai", "tang", "phung", "tong", "truong");

  /** Capitalised phrases that start with a family name but are places, historical figures or brands. */
  static final Set<String> NOT_PERSONS = Set.of("hà nội", "hà đông", "hà giang", "hà nam", "hà tĩnh", "hồ chí minh",
      "hồ gươm", "hồ tây", "hồ hoàn kiếm", "hoàng mai", "hoàng liệt", "hoàng văn thụ", "lê chân", "mai dịch",
      "mai động", "văn miếu", "văn chương", "văn quán", "văn phòng", "vĩnh phúc", "kim mã", "kim liên", "kim giang",
      "kim chung", "kim sơn", "đồng xuân", "đồng nai", "đồng tháp", "đồng tâm", "đồng nhân", "phương mai",
      "phương liên", "thái bình", "thái nguyên", "thái hà", "thái thịnh", "quan hoa", "quan thánh", "giang văn minh",
      "cao bằng", "lạng sơn", "lâm đồng", "an giang", "phú thọ", "ninh bình", "ninh thuận", "quảng ninh", "long biên",
      "tây hồ", "đông anh", "an khánh", "tô hiến thành", "lý thái tổ", "lý thường kiệt", "lý quốc sư", "lý nam đế",
      "trần hưng đạo", "trần quốc toản", "trần phú", "trần nhân tông", "trần quang khải", "trần khát chân",
      "trần duy hưng", "trần thái tông", "lê lợi", "lê duẩn", "lê thánh tông", "lê đại hành", "lê văn lương",
      "lê trọng tấn", "nguyễn trãi", "nguyễn du", "nguyễn thái học", "nguyễn chí thanh", "nguyễn văn cừ",
      "nguyễn xiển", "nguyễn huệ", "nguyễn tuân", "phan đình phùng", "phan chu trinh", "phan bội châu",
      "phạm văn đồng", "phạm hùng", "hoàng hoa thám", "hoàng quốc việt", "hoàng diệu", "hoàng cầu",
      "võ nguyên giáp", "võ chí công", "đinh tiên hoàng", "đinh bộ lĩnh", "hai bà trưng", "bà triệu",
      "ông ích khiêm", "cô tô", "bà rịa", "hàng bạc", "hàng bài", "hàng trống", "đào tấn", "đội cấn", "la thành",
      "trịnh công sơn", "văn cao", "tô ngọc vân", "chu văn an", "mạc thị bưởi", "hồ xuân hương", "trương định",
      "tôn đức thắng", "tôn thất thuyết", "vũ trọng phụng", "hồ tùng mậu", "xuân thủy", "cầu giấy", "mỹ đình",
      "lò đúc", "lò sũ", "bạch mai", "bạch đằng", "bạch thái bưởi", "ha noi", "ho chi minh", "ha dong", "hoang mai", "tran hung dao", "le loi", "nguyen trai", "le duan");

  /** Words before a name that make it a person (ông, bà, công dân...): one syllable is then a name ("chị Lan"). */
  static final Words PERSON_MARKERS = Words.of("ông", "bà", "anh", "chị", "em", "cháu", "cụ", "bé", "chú", "cô",
      "bác", "cậu", "dì", "mợ", "thím", "bố", "mẹ", "cha", "vợ", "chồng", "con", "con trai", "con gái", "hộ",
      "hộ ông", "hộ bà", "hộ anh", "hộ chị", "gia đình", "gia đình ông", "gia đình bà", "gia đình anh",
      "gia đình chị", "hộ gia đình", "hộ gia đình ông", "hộ gia đình bà", "vợ chồng ông", "vợ chồng anh",
      "chủ hộ", "công dân", "thanh niên", "học sinh", "sinh viên", "bệnh nhân", "người bệnh", "nạn nhân",
      "đối tượng", "bị can", "bị cáo", "phạm nhân", "can phạm", "tài xế", "lái xe", "chủ xe", "chủ phương tiện",
      "chủ nhà", "chủ cơ sở", "chủ hộ kinh doanh", "cháu bé", "người nhà", "người thân", "thí sinh", "tân binh",
      "đoàn viên", "hội viên", "người lao động", "người dân", "công nhân", "họ và tên", "họ tên", "tên",
      "mang tên", "đứng tên", "chủ tài khoản", "tên chủ tài khoản", "cụ ông", "cụ bà", "bạn", "nữ sinh",
      "nam sinh", "chủ sử dụng đất", "người sử dụng đất", "người nhận", "người được hỗ trợ", "bố là", "mẹ là",
      "cha là", "chồng là", "vợ là", "con là", "tên là", "người vi phạm", "chủ sở hữu", "người điều khiển");

  /** Honorifics of party and state officials: the person is named in office. */
  static final Words OFFICIAL_MARKERS = Words.of("đồng chí", "đ/c", "đ/chí");

  /**
   * Titles of an office: a name right after one (within the same phrase), or followed by one after a comma,
   * dash or bracket, is an official acting in office, not a private person.
   */
  static final Words TITLES = Words.of("chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "giám đốc",
      "phó giám đốc", "tổng giám đốc", "trưởng", "phó trưởng", "trưởng phòng", "phó trưởng phòng", "trưởng ban",
      "phó trưởng ban", "trưởng công an", "phó trưởng công an", "chánh", "phó chánh", "chánh văn phòng",
      "chánh thanh tra", "chỉ huy trưởng", "chỉ huy phó", "chính trị viên", "đại tướng", "thượng tướng",
      "trung tướng", "thiếu tướng", "đại tá", "thượng tá", "trung tá", "thiếu tá", "đại úy", "đại uý",
      "thượng úy", "thượng uý", "trung úy", "trung uý", "thiếu úy", "thiếu uý", "thượng sĩ", "trung sĩ", "hạ sĩ",
      "bộ trưởng", "thứ trưởng", "cục trưởng", "phó cục trưởng", "vụ trưởng", "tổ trưởng", "tổ phó",
      "tổ trưởng tổ dân phố", "bác sĩ", "bs", "bs.", "y sĩ", "y tá", "điều dưỡng", "dược sĩ", "thạc sĩ", "ths",
      "tiến sĩ", "ts", "pgs", "gs", "pgs.ts", "nhà giáo", "luật sư", "kiểm sát viên", "thẩm phán", "chấp hành viên",
      "thanh tra viên", "cán bộ", "công chức", "viên chức", "chuyên viên", "kế toán", "văn thư", "thủ quỹ",
      "cảnh sát khu vực", "cskv", "công an viên", "công an khu vực", "trưởng thôn", "trưởng khu phố", "trưởng ấp",
      "trưởng bản", "chủ nhiệm", "phó chủ nhiệm", "hiệu trưởng", "hiệu phó", "phó hiệu trưởng", "phát ngôn viên",
      "người phát ngôn", "đại biểu", "đại biểu quốc hội", "ủy viên", "uỷ viên", "thường trực", "đội trưởng",
      "đội phó", "trạm trưởng", "trưởng trạm", "phụ trách", "đầu mối", "nghệ sĩ nhân dân", "nghệ sĩ ưu tú", "nsnd",
      "nsưt", "nhà văn", "nhà báo", "phóng viên", "giáo viên", "cô giáo", "thầy giáo", "thầy", "giảng viên",
      "kỹ sư", "bí thư chi bộ", "trưởng ban công tác mặt trận", "tổng biên tập",
      "trợ lý", "thư ký", "điều tra viên", "cảnh sát", "chiến sĩ", "cán bộ công an", "trưởng đoàn", "phó đoàn",
      "giám định viên", "hòa giải viên", "tuyên truyền viên", "cộng tác viên", "tình nguyện viên");

  /**
   * Words before a capitalised run that make it a place, street or thing named after someone ("phố Lê Lợi",
   * "trường THCS Nguyễn Du", "số 12 Lý Thái Tổ").
   */
  static final Words PLACE_WORDS = Words.of("phố", "đường", "ngõ", "ngách", "hẻm", "kiệt", "phường", "quận",
      "huyện", "xã", "thị trấn", "thị xã", "tỉnh", "thành phố", "tp", "tp.", "trường", "thcs", "thpt", "tiểu học",
      "mầm non", "chợ", "cầu", "hồ", "đền", "chùa", "đình", "khu", "tòa", "toà", "nhà", "làng", "thôn", "xóm",
      "bản", "ấp", "công viên", "bệnh viện", "trung tâm", "đại lộ", "quảng trường", "sông", "núi", "lăng",
      "tượng đài", "di tích", "giải", "cúp", "giải thưởng", "chương trình", "dự án", "khu đô thị", "kđt",
      "chung cư", "số", "tổ", "cụm", "vườn hoa", "nhà văn hóa", "nhà văn hoá", "sân", "sân vận động", "bến",
      "bến xe", "ga", "cảng", "đảo", "vịnh", "đèo", "quốc lộ", "tỉnh lộ", "tư tưởng", "học viện", "đại học",
      "cao đẳng", "ký túc xá", "thư viện", "bảo tàng", "nhà hát", "rạp", "siêu thị", "trung tâm thương mại",
      "lớp", "đội", "tiểu khu", "khu tập thể", "ktt", "p.", "q.", "h.", "x.", "tt.", "tx.", "tên đường",
      "mang tên phố", "đường phố", "lễ", "lễ hội", "hội", "quỹ", "công ty", "tập đoàn", "ngân hàng", "báo",
      "tạp chí", "đài", "kênh", "nhà thuốc", "phòng khám", "khách sạn", "nhà hàng", "cửa hàng", "cơ sở",
      "phuong", "quan", "huyen", "xa", "pho", "duong", "ngo", "thon", "truong", "tinh", "thanh pho");

  /** Organisations, offices and public hotlines: a number or address right after one is theirs. */
  static final Words ORGANISATIONS = Words.of("ubnd", "hđnd", "ủy ban", "uỷ ban", "ủy ban nhân dân",
      "công an", "ca phường", "ca xã", "trạm y tế", "trung tâm y tế", "trung tâm", "văn phòng", "bộ phận một cửa",
      "bộ phận tiếp nhận", "bộ phận", "tổng đài", "đường dây nóng", "hotline", "trực ban", "số trực", "thường trực",
      "tiếp dân", "tiếp công dân", "cơ quan", "đơn vị", "trụ sở", "mặt trận", "mttq", "hội phụ nữ",
      "hội cựu chiến binh", "hội nông dân", "hội chữ thập đỏ", "hội người cao tuổi", "đoàn thanh niên",
      "ban chỉ huy", "ban quản lý", "ban điều hành", "ban đại diện", "ban công tác mặt trận", "ban chỉ đạo",
      "bộ chỉ huy", "chi cục", "bệnh viện", "kho bạc", "kho bạc nhà nước", "ngân hàng chính sách",
      "bảo hiểm xã hội", "bhxh", "quỹ", "công ty", "doanh nghiệp", "hợp tác xã", "htx", "tổ công tác",
      "điểm tiêm", "điểm tiếp nhận", "nhà văn hóa", "nhà văn hoá", "hội trường", "đảng ủy", "đảng uỷ", "chi bộ",
      "tòa án", "toà án", "viện kiểm sát", "thi hành án", "chi cục thi hành án", "pccc", "cảnh sát pccc",
      "điện lực", "cấp nước", "trung tâm hành chính công", "fax", "cổng thông tin", "ban quản trị", "phòng khám", "đội quản lý", "đội cảnh sát", "đội thuế",
      "ngân hàng", "trường học", "nhà trường", "ban giám hiệu", "lãnh đạo phường", "lãnh đạo xã", "ban chqs", "quân sự", "hội đồng", "hội đồng nghĩa vụ quân sự", "tổ hòa giải", "tổ hoà giải",
      "tổ bảo vệ an ninh trật tự", "tổ an ninh", "của phường", "của xã", "của quận", "của huyện",
      "của thị trấn", "của thành phố", "của tổ dân phố", "của thôn", "cán bộ trực", "trực", "ban tiếp công dân", "phòng tiếp dân",
      "uy ban", "cong an", "tram y te", "van phong", "mat tran", "hoi phu nu", "doan thanh nien", "kho bac",
      "hoi chu thap do", "bo phan mot cua", "duong day nong", "tong dai");

  /** Organisation words that only count capitalised ("Phòng Tư pháp", not "phòng chống"). */
  static final Words CAPITALISED_ORGANISATIONS = Words.of("Phòng", "Ban", "Đội", "Sở", "Hội", "Cục", "Vụ",
      "Trường", "Viện", "Đoàn", "Tổng cục", "Bộ", "Chi nhánh", "Văn phòng", "Trung tâm", "Tổ công tác", "Điểm");
}
