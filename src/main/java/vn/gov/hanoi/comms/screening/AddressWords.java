package vn.gov.hanoi.comms.screening;

import java.util.Set;

/**
 * The words that start, continue and stop a home address, and those that say a place is no home.
 */
final class AddressWords {
  static final Words RESIDENCE =
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
  static final Set<String> SHARED_ADDRESS_WORDS =
      Set.of("địa chỉ", "địa chỉ liên hệ", "dia chi", "ở", "ở tại", "tại");

  static final Words ADDRESS_START =
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
  static final Words LIVES_AT = Words.of("tại", "ở", "trong");

  /**
   * Words saying where someone lives ("sống", "căn nhà"), not where they went ("đến nhà văn hóa").
   */
  /** A home spoken of by who the person is, without the name ("gia đình cháu ở ..."). */
  static final Words HOME_OF_NAMED =
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

  static final Words HOME_CUES =
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
          // "Em A, học sinh ..., nhà ở thôn B": the named one's home
          "nhà ở",
          "trú");

  /** "dạy kèm tại nhà, căn hộ 1208 tòa CT2": "nhà" then the address of that home. */
  static final Rx AT_HOME = Rx.compile("^nhà\\s*[,:]\\s*");

  /** A home someone left or stays in with kin ("đi khỏi nhà con gái tại ..."). */
  static final Words LEFT_HOME =
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
  static final Words ADMIN_UNITS = Words.of("phường", "xã", "thị trấn", "quận", "huyện", "thị xã");

  /** "cho thuê nhà tại ...": a property someone lets, not where they live. */
  static final Words RENTED_OUT = Words.of("cho thuê", "bán nhà", "chuyển nhượng");

  static final Words ADDRESS_CONTINUES =
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
  static final Words ADDRESS_STOPS =
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
  static final Words NOT_ADDRESS =
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
          "ứng dụng",
          // "bỏ đi khỏi nơi cư trú từ tháng 3/2021": when, not where
          "từ tháng",
          "từ năm",
          "từ ngày",
          "từ khi",
          "đến nay");

  /**
   * "ngôi nhà số 42 ngõ 178 Thái Hà của gia đình ông A", "căn hộ 406 nhà C2 khu tập thể B của bà
   * C", "nhà số 25 xóm Chợ, thôn D của ông E", "ngôi nhà 3 tầng số 8 ...": a home given before
   * whose it is.
   */
  static final Rx HOUSE_OF =
      Rx.compile(
          "(?:ngôi nhà|căn nhà|nhà|căn hộ)\\s+(?:\\d+\\s+tầng\\s+|cấp\\s+\\d\\s+)?"
              + "((?<=hộ )(?:số\\s*)?\\d[^.;:()]{0,60}?"
              + "|số\\s*\\d[^.;:()]{0,60}?)\\s+của\\s+(?:gia đình\\s+)?"
              + "(?:[\\p{Ll}\\p{M}]+\\s+)?");

  /** Words that start like an address word but are none ("tổ chức" is to organise, not "tổ 5"). */
  static final Words NOT_PLACES = Words.of("tổ chức");

  /**
   * An area of duty after a name ("Cảnh sát khu vực thôn Đông, thôn Đoài", "phụ trách tổ 5"): the
   * places the person serves, not a home.
   */
  static final Words DUTY_AREA =
      Words.of("cảnh sát khu vực", "công an khu vực", "phụ trách", "công an viên phụ trách");

  /** A land parcel after a name: the chunks after it say where the land lies, not the home. */
  static final Words LAND_PARCEL = Words.of("thửa", "thửa đất", "tờ bản đồ");

  static final Words ADDRESS_HEADINGS =
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
          "tdp",
          // "Nơi ĐKTT", "HKTT": the registered permanent residence, abbreviated
          "đktt",
          "hktt",
          // the hamlet or village column of the mountain provinces and the south ("Bản", "Ấp")
          "bản",
          "ấp",
          "làng");

  /**
   * Address columns of something other than a home: a land parcel ("Địa chỉ thửa đất"), a business
   * or a building site ("Địa chỉ kinh doanh", "Địa chỉ công trình"), an office.
   */
  static final Words NOT_HOME_HEADINGS =
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
          "tài sản",
          // "bản" also names a document or a map, never a home ("Số văn bản", "Tờ bản đồ")
          "văn bản",
          "bản đồ",
          "bản án",
          "bản sao",
          "bản chính");

  /**
   * ", số 0389 115 702", ", số tiền ...", ", số CMT ...", ", số căn cước ...": a phone, an amount,
   * a card; no house (a house number is digits or "số nhà").
   */
  static final Rx NOT_HOUSE_NUMBER =
      Rx.compile(
          "\\s*số\\s*(?:tiền|cmt|cmnd|cccd|\\+?\\d(?:[ .\\-]?\\d){7,}|(?!nhà(?![\\p{L}\\p{M}]))[\\p{L}\\p{M}]{2,})");
}
