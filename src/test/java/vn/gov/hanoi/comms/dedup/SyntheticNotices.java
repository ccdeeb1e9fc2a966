package vn.gov.hanoi.comms.dedup;

import java.text.Normalizer;
import java.util.Random;

/**
 * Deterministic synthetic iHanoi-like notices for the benchmark: notice i is always rebuilt from
 * the same seed, so queries can derive variants of indexed notices without keeping their text. Each
 * notice has one of {@link #TEMPLATE_COUNT} shared template sentences (so same-template notices
 * exist, as in real traffic of weekly power cuts), facts (street, ward, date, time) and 3-5
 * sentences drawn from a Vietnamese vocabulary.
 */
final class SyntheticNotices {

  static final int TEMPLATE_COUNT = 2_000;

  private static final String[] VOCABULARY =
      ("người dân phường xã quận huyện thành phố đề nghị thông tin cảnh báo "
              + "giao thông điện nước y tế giáo dục an ninh trật tự văn hóa xã hội tạm ngừng cung cấp sửa chữa bảo dưỡng "
              + "đường ống trạm biến áp khu vực ảnh hưởng chủ động dự trữ sinh hoạt thời gian từ đến ngày giờ sáng chiều tối "
              + "mưa lớn bão lũ ngập úng sạt lở gió giật cấp nắng nóng rét đậm không khí lạnh nhiệt độ độ ẩm tiêm vắc xin trẻ em "
              + "người cao tuổi trạm y tế bệnh viện sốt xuất huyết muỗi bọ gậy phun hóa chất diệt lừa đảo giả danh công an "
              + "cuộc gọi đường link tài khoản ngân hàng chuyển tiền mã OTP căn cước định danh điện tử kích hoạt ứng dụng "
              + "hồ sơ thủ tục hành chính trực tuyến dịch vụ công thuế lệ phí môn bài quyết toán hoàn thuế trợ cấp chi trả "
              + "hộ nghèo người có công bảo hiểm thẻ khám chữa bệnh miễn phí hỗ trợ tuyển sinh lớp học sinh trường mầm non "
              + "tiểu học trung học phụ huynh đăng ký nộp kiểm tra phòng cháy chữa cháy bình thoát nạn lối đi chung cư nhà trọ "
              + "xe máy ô tô xe buýt tuyến lộ trình phân luồng cấm đỗ dừng rẽ trái phải làn đường nút giao cầu hầm vỉa hè "
              + "rác thải thu gom phân loại môi trường cây xanh chiếu sáng loa truyền thanh tổ dân phố thôn nhà văn hóa họp "
              + "tuyên truyền phổ biến chấp hành nghiêm quy định xử phạt vi phạm nồng độ cồn pháo nổ đèn trời lễ hội tết "
              + "di tích tham quan vé phố đi bộ hồ sự kiện nghệ thuật an toàn sức khỏe gia đình cộng đồng khẩn cấp đường dây nóng "
              + "liên hệ phản ánh hiện trường cán bộ trực ban hướng dẫn chi tiết kịp thời hiệu quả thống nhất tránh trùng lặp")
          .split(" ");
  private static final String[] STREETS =
      ("Hàng Bài|Tràng Tiền|Lý Thường Kiệt|Trần Hưng Đạo|Kim Mã|Giảng Võ|Láng Hạ|"
              + "Nguyễn Trãi|Khuất Duy Tiến|Giải Phóng|Lạc Long Quân|Xuân Thủy|Cầu Giấy|Đội Cấn|Nguyễn Chí Thanh|Phạm Văn Đồng|"
              + "Hoàng Quốc Việt|Tây Sơn|Thái Hà|Chùa Bộc|Bạch Mai|Minh Khai|Lĩnh Nam|Ngọc Lâm|Nguyễn Văn Cừ|Hồ Tùng Mậu|"
              + "Lê Duẩn|Quang Trung|Bà Triệu|Hai Bà Trưng|Đinh Tiên Hoàng|Hàng Gai|Hàng Bông|Phùng Hưng|Âu Cơ|Nghi Tàm")
          .split("\\|");
  private static final String[] WARDS =
      ("Cửa Nam|Hàng Trống|Phúc Xá|Láng Hạ|Yên Hòa|Bạch Mai|Mai Dịch|Kim Liên|"
              + "Thượng Thanh|Tiên Dương|Vân Canh|Đông Hội|Sơn Đồng|Kim Chung|Giáp Bát|Định Công|Phương Liệt|Thụy Khuê|"
              + "Nghĩa Tân|Dịch Vọng|Quảng An|Nhật Tân|Vĩnh Hưng|Long Biên")
          .split("\\|");
  private static final String[] DISTRICTS =
      ("Hoàn Kiếm|Ba Đình|Đống Đa|Hai Bà Trưng|Cầu Giấy|Thanh Xuân|Hoàng Mai|"
              + "Long Biên|Tây Hồ|Nam Từ Liêm|Bắc Từ Liêm|Hà Đông|Đông Anh|Gia Lâm|Sóc Sơn|Thạch Thất")
          .split("\\|");
  private static final String[] HEADINGS = {
    "Bà con lưu ý",
    "Tin cần biết",
    "Khẩn",
    "Thông tin dân sinh",
    "Người dân cần biết",
    "Lưu ý quan trọng"
  };

  private final long seed;
  private final String[] templates = new String[TEMPLATE_COUNT];

  record Text(String title, String body) {}

  SyntheticNotices(long seed) {
    this.seed = seed;
    Random random = new Random(seed);
    for (int i = 0; i < TEMPLATE_COUNT; i++) {
      templates[i] =
          sentence(random, 14, 22)
                  .replaceFirst(" ", " tại phố {street} phường {ward} quận {district} ")
              + " từ {time} giờ ngày {date}";
    }
  }

  Text notice(long index) {
    Random random = new Random(seed * 1_000_003L + index);
    String template =
        templates[random.nextInt(TEMPLATE_COUNT)]
            .replace("{street}", pick(random, STREETS))
            .replace("{ward}", pick(random, WARDS))
            .replace("{district}", pick(random, DISTRICTS))
            .replace("{time}", String.valueOf(random.nextInt(24)))
            .replace(
                "{date}",
                (1 + random.nextInt(28))
                    + "/"
                    + (1 + random.nextInt(12))
                    + "/"
                    + (2024 + random.nextInt(3)));
    StringBuilder body = new StringBuilder(template).append(". ");
    int sentences = 3 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      body.append(sentence(random, 9, 16)).append(". ");
    }
    return new Text(capitalise(sentence(random, 6, 10)), body.toString().trim());
  }

  /** A variant that must be found as a duplicate of notice {@code index} (I-DEDUP-3 kinds). */
  Text duplicateOf(long index, int kind) {
    Text original = notice(index);
    Random random = new Random(index * 31 + kind);
    String body = original.body();
    return switch (kind % 5) {
      case 0 ->
          new Text(original.title(), body.substring(0, (int) (body.length() * 0.6))); // shortened
      case 1 ->
          new Text(
              original.title(),
              body
                  + " Tại phường "
                  + pick(random, WARDS)
                  + ", bà con liên hệ cán bộ trực ban số 0912."
                  + random.nextInt(1000)
                  + "."); // local sentence
      case 2 -> new Text(stripDiacritics(original.title()), stripDiacritics(body)); // no diacritics
      case 3 -> new Text(pick(random, HEADINGS), body); // new heading
      default -> new Text(original.title(), Normalizer.normalize(body, Normalizer.Form.NFD)); // NFD
    };
  }

  private static String stripDiacritics(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('đ', 'd')
        .replace('Đ', 'D');
  }

  private static String sentence(Random random, int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        out.append(' ');
      }
      out.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return capitalise(out.toString());
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
