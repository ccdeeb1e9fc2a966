package vn.gov.hanoi.comms.screening;

import java.util.Set;

/**
 * Offence, sentence, arrest, fine and wanted-notice words (CRIMINAL_RECORD findings), and the
 * phrases that only look like them.
 */
final class CriminalWords {
  static final Words CRIMINAL =
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
          // a wanted person sought, a report drawn up against a person for an offence
          "bị truy tìm",
          "bị lập biên bản",
          // a report drawn up against a named person ("lập biên bản vi phạm đối với ông A"): the
          // start of the sentence's one finding
          "lập biên bản vi phạm",
          "lập biên bản đối với",
          // "ông A đã bị Đội ... lập biên bản": the agent between "bị" and the report (only so:
          // AGENT_BEFORE_REPORT; "kể từ ngày lập biên bản" is a date)
          "lập biên bản",
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
          "đã nộp tiền phạt",
          "vi phạm tương tự", // "bà A, trú tại ..., vi phạm tương tự": the same offence // said of
          // a person: paid the fine (a bare "nộp tiền phạt" instructs)
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
          // an assault told by where the blow landed ("đánh vào đầu anh A")
          "đánh vào đầu",
          "đánh vào mặt",
          "đánh vào người",
          "đánh vào tay",
          "đánh vào chân",
          "đánh vào lưng",
          "đánh vào vai",
          "đánh vào gáy",
          "đánh vào bụng",
          "đánh vào ngực",
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
          "đã trộm",
          "vi phạm lỗi", // said of a named person, not a camera's note on a plate
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
          // usury told by its gain ("cho ... vay tiền với lãi suất 300%/năm, thu lợi bất chính")
          "cho vay lãi nặng",
          "thu lợi bất chính",
          // public disorder told as what was done ("đập vỡ bát đĩa, xô đổ bàn ghế"); not "đập phá"
          // or "gây mất trật tự", which the sets also tell of the mentally ill (health, no offence)
          "đập vỡ",
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
          "chở quá tải",
          // dumping waste, building without a permit, and what must be pulled down after it
          "đổ phế thải",
          "đổ trộm",
          "đổ trộm phế thải",
          "không có giấy phép",
          "sai nội dung giấy phép", // building otherwise than the permit allows
          "sai giấy phép",
          "sai phép",
          // encroaching on any public space ("lấn chiếm ngõ", "lấn chiếm đất công"), told by its
          // verb
          "lấn chiếm",
          // an offence admitted by what was done ("thừa nhận trộm ...", "thừa nhận hành vi ...")
          "thừa nhận trộm",
          "thừa nhận hành vi",
          // a wanted notice by its other name
          "truy tìm",
          "công trình vi phạm",
          // selling counterfeit or smuggled goods
          "bán hàng giả",
          "hàng giả",
          "hàng nhái",
          "hàng lậu",
          // counterfeit goods told by what they fake, goods whose trade is banned
          "giả nhãn hiệu",
          "giả mạo nhãn hiệu",
          "hàng cấm",
          // an assault told as what was done: a weapon used, a stab or a cut at a person
          "dùng dao",
          "dùng hung khí",
          "đâm anh",
          "đâm chị",
          "đâm ông",
          "đâm bà",
          "đâm em",
          "đâm cháu",
          "chém anh",
          "chém chị",
          "chém ông",
          "chém bà",
          // drugs by their names, as "ma túy" ("cất giấu 3 gói heroin")
          "heroin",
          "hêrôin",
          "ma túy đá",
          "thuốc lắc",
          "cần sa",
          "ketamin",
          "ketamine",
          // bank accounts sold to the criminals they serve ("mở tài khoản rồi bán lại cho các
          // đối tượng lừa đảo")
          "bán lại cho các đối tượng",
          "bán lại cho đối tượng",
          "bán cho các đối tượng",
          "bán cho đối tượng",
          // an indictment, an administrative measure, speeding, storeys built beyond the permit
          "truy tố",
          "bị truy tố",
          "xử lý hành chính",
          "quá tốc độ",
          "xây vượt",
          // offences told as what was done: bribes taken or given, records or papers faked,
          // anything done unlawfully ("khai thác cát trái phép"), a monument or a public thing
          // carved on or defaced, stealing told by its errand ("đi trộm chó")
          "nhận hối lộ",
          "đưa hối lộ",
          "môi giới hối lộ",
          "lập khống",
          "khống hồ sơ",
          "trái phép",
          "khắc chữ lên",
          "khắc tên lên",
          "viết bậy",
          "vẽ bậy",
          "bôi bẩn",
          "đi trộm",
          "trộm chó",
          // a measure enforced against a named person ("bị cưỡng chế thi hành quyết định ..."); not
          // a bare "cưỡng chế", which an office announces ("UBND sẽ tổ chức cưỡng chế")
          "bị cưỡng chế",
          "cưỡng chế thi hành");

  /**
   * "hết thời hạn tạm giữ": the vehicle's, not a person's detention; "nhà anh A bị mất trộm xe
   * máy": the theft's victim, not its offender.
   */
  static final Words NOT_CRIMINAL =
      Words.of(
          "mất trộm",
          "bị trộm",
          "bị chiếm đoạt", // "bà A đã bị chiếm đoạt 86 triệu đồng": the victim
          "thời hạn tạm giữ",
          "hết thời hạn tạm giữ",
          "phương tiện tạm giữ",
          "xe tạm giữ",
          "tài sản tạm giữ",
          "tạm giữ phương tiện",
          "tạm giữ xe",
          // "co tien su benh tram cam" typed without diacritics: a medical history ("tiền sử
          // bệnh"), not a prior violation ("tiền sự")
          "tiền sử bệnh",
          // "kiến nghị về việc lấn chiếm ngõ": the matter complained of, not the complainant's deed
          "về việc",
          // a line that announces the record below ("Thông tin về bị can như sau:") and advice to
          // the public ("Không tự ý bắt giữ"): no fact about the person
          "như sau",
          "không tự ý",
          // "Bị cáo có quyền kháng cáo ...": the rights of the accused told, no fact about them
          "quyền kháng cáo",
          // a scammer's "tài khoản tạm giữ" is an account the victim is told to pay into
          "tài khoản tạm giữ",
          // a police unit's name ("Đội Cảnh sát điều tra tội phạm về trật tự xã hội")
          "tội phạm về");

  /**
   * "chủ phương tiện bà A, lỗi chạy quá tốc độ": a camera's note of a fault on an owner's plate
   * (the owner need not be the driver), not speeding said of a driver.
   */
  static final Rx CAMERA_FAULT = Rx.compile("(?<![\\p{L}])lỗi\\s+(?:chạy\\s+|vượt\\s+)?$");

  /**
   * A bare "phạt" is no offence ("nộp tiền phạt vào tài khoản", "Số tiền phạt" as a column, "phạt
   * nguội" as a list's name): it is one when a fine's amount follows ("phạt 2.500.000 đồng").
   */
  static final Rx FINE_AMOUNT = Rx.compile("^\\s*(?:tiền\\s+)?\\d");

  /**
   * A bare "lập biên bản" is a report drawn up against the one named before only in the passive,
   * with its agent between ("ông A đã bị Đội Quản lý trật tự xây dựng lập biên bản").
   */
  static final Rx AGENT_BEFORE_REPORT = Rx.compile("(?<![\\p{L}])bị\\s+[^.;:]{1,80}$");

  /** Fleeing: said of whoever did the deed, which may be a vehicle and its unnamed driver. */
  static final Set<String> FLIGHT = Set.of("bỏ chạy", "bỏ trốn", "bỏ chạy khỏi hiện trường");

  /**
   * Between a named person and a flight word, a vehicle brought in as the subject of what follows
   * ("anh A ... thì bị một xe ô tô ... va chạm rồi bỏ chạy", "...; xe ô tô sau đó đã bỏ chạy",
   * "..., xe tải sau đó bỏ chạy"): the vehicle flees, not the person.
   */
  static final Rx VEHICLE_FLEES =
      Rx.compile(
          "(?:(?<![\\p{L}])bị|;|,|\\.)\\s+(?:một\\s+)?(?:chiếc\\s+)?(?:xe|ô tô)(?![\\p{L}])"
              // "chị A đang đi bộ thì bị một nam thanh niên ... giật điện thoại rồi bỏ chạy": an
              // unnamed one brought in as the doer flees, not the victim named before
              + "|(?<![\\p{L}])bị\\s+(?:một\\s+|hai\\s+|\\d+\\s+)?(?:nhóm\\s+)?"
              + "(?:nam\\s+thanh\\s+niên|nữ\\s+thanh\\s+niên|thanh\\s+niên|người\\s+đàn\\s+ông"
              + "|người\\s+phụ\\s+nữ|kẻ\\s+gian|đối\\s+tượng|người\\s+lạ|tên)(?![\\p{L}])");

  /**
   * "chị A (...) là bị hại trong vụ án ...": the victim of the offence named after, not its doer.
   */
  static final Words VICTIM = Words.of("bị hại", "người bị hại", "nạn nhân");

  /** A sentence whose subject is a vehicle: what it says is held ("tạm giữ") is the vehicle. */
  static final Rx VEHICLE_SUBJECT =
      Rx.compile("^[\\s.!?;]*(?:chiếc\\s+)?(?:xe|phương tiện|ô tô|mô tô)(?![\\p{L}])");
}
