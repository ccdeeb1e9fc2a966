package vn.gov.hanoi.comms.ihanoi;

/**
 * Realistic notices for the tests, one family per scenario so that scenarios never match each
 * other.
 */
final class NoticeTexts {
  private NoticeTexts() {}

  static final String DENGUE_TITLE = "Khuyến cáo phòng chống sốt xuất huyết mùa mưa";
  static final String DENGUE =
      "Sở Y tế Hà Nội khuyến cáo người dân chủ động phòng chống sốt xuất huyết trong mùa mưa. "
          + "Các hộ gia đình cần thường xuyên diệt bọ gậy, loại bỏ dụng cụ chứa nước đọng quanh nhà, ngủ màn kể cả "
          + "ban ngày. Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi cơ, người bệnh cần đến ngay cơ sở y tế gần "
          + "nhất để được khám và điều trị kịp thời, không tự ý dùng thuốc hạ sốt có chứa aspirin.";

  /** The city's dengue notice lightly reworded, re-headed and with a local sentence added. */
  static final String DENGUE_COMMUNE_TITLE = "Phường Trúc Bạch: phòng, chống sốt xuất huyết";

  static final String DENGUE_COMMUNE =
      "Sở Y tế Hà Nội khuyến cáo người dân chủ động phòng, chống sốt xuất huyết trong "
          + "mùa mưa. Các hộ gia đình cần thường xuyên diệt bọ gậy, loại bỏ các dụng cụ chứa nước đọng quanh nhà, ngủ "
          + "màn kể cả ban ngày. Khi có dấu hiệu sốt cao đột ngột, đau đầu, đau mỏi cơ, người bệnh cần đến ngay cơ sở "
          + "y tế gần nhất để được khám và điều trị kịp thời, không tự ý dùng thuốc hạ sốt có chứa aspirin. "
          + "Mọi thắc mắc xin liên hệ trạm y tế phường.";

  static final String EXAM_TITLE = "Lịch đăng ký tuyển sinh vào lớp 10";
  static final String EXAM =
      "Sở Giáo dục và Đào tạo Hà Nội thông báo học sinh lớp 9 đăng ký nguyện vọng tuyển sinh "
          + "vào lớp 10 trung học phổ thông công lập trực tuyến trên cổng tuyển sinh của thành phố. Mỗi học sinh được "
          + "đăng ký tối đa ba nguyện vọng theo thứ tự ưu tiên; phụ huynh kiểm tra kỹ thông tin cá nhân, điểm ưu tiên "
          + "và khu vực tuyển sinh trước khi xác nhận. Sau thời hạn đăng ký, hệ thống không cho phép điều chỉnh nguyện vọng.";

  static final String FLOOD_TITLE = "Cảnh báo mưa lớn, ngập úng cục bộ";
  static final String FLOOD =
      "Văn phòng UBND Thành phố cảnh báo mưa lớn kéo dài có thể gây ngập úng cục bộ tại các "
          + "tuyến phố trũng thấp. Người dân hạn chế ra đường khi mưa to, không đi qua các đoạn đường ngập sâu, tránh "
          + "xa cột điện, dây điện và cây xanh có nguy cơ gãy đổ. Các hộ gia đình kê cao tài sản, kiểm tra mái nhà, "
          + "khơi thông cống rãnh quanh nhà và theo dõi thông tin dự báo thời tiết trên iHanoi.";

  static final String FIRE_TITLE = "Phòng cháy chữa cháy tại nhà ở kết hợp kinh doanh";
  static final String FIRE =
      "Để bảo đảm an toàn phòng cháy chữa cháy tại nhà ở kết hợp sản xuất, kinh doanh, các "
          + "hộ gia đình cần trang bị bình chữa cháy, thiết bị báo cháy, mở lối thoát nạn thứ hai qua ban công hoặc "
          + "mái nhà, không để xe và hàng hóa chắn lối đi. Không câu móc điện tùy tiện, tắt các thiết bị điện khi "
          + "không sử dụng và lưu số điện thoại cứu nạn 114 ở nơi dễ thấy.";

  static final String BOOKS_TITLE = "Ngày hội đọc sách quận Ba Đình";
  static final String BOOKS =
      "Quận Ba Đình tổ chức ngày hội đọc sách tại vườn hoa Lê Nin dành cho thiếu nhi và gia "
          + "đình: trao đổi sách cũ, giao lưu với các nhà văn, thi kể chuyện theo sách và triển lãm tranh minh họa. "
          + "Các trường tiểu học trên địa bàn đưa học sinh tham gia theo lịch đã đăng ký; người dân mang sách đã đọc "
          + "đến quầy trao đổi để nhận phiếu đổi sách mới.";

  static final String CLEANUP_TITLE = "Tổng vệ sinh khu dân cư ven hồ Trúc Bạch";
  static final String CLEANUP =
      "UBND phường Trúc Bạch phát động tổng vệ sinh môi trường khu dân cư ven hồ Trúc Bạch "
          + "vào sáng Chủ nhật. Các tổ dân phố vận động mỗi hộ cử ít nhất một người tham gia thu gom rác thải, phát "
          + "quang bụi rậm, nạo vét rãnh thoát nước trong ngõ. Rác được tập kết tại các điểm do tổ dân phố bố trí "
          + "trước mười giờ để đơn vị vệ sinh môi trường thu gom.";

  static final String MARKET_TITLE = "Chợ phiên nông sản an toàn";
  static final String MARKET =
      "Phường Kim Mã tổ chức chợ phiên nông sản an toàn tại sân nhà văn hóa phường, với các "
          + "gian hàng rau, củ, quả và thực phẩm có truy xuất nguồn gốc của hợp tác xã ngoại thành. Người dân mang "
          + "theo túi vải để hạn chế túi ni lông; ban quản lý chợ kiểm tra nhãn mác và chứng nhận của từng gian hàng.";

  static final String CONCERT_TITLE = "Chương trình nghệ thuật chào mừng ngày Giải phóng Thủ đô";
  static final String CONCERT =
      "Phường Mộ Lao tổ chức chương trình nghệ thuật chào mừng kỷ niệm ngày Giải phóng Thủ đô "
          + "tại nhà văn hóa phường với các tiết mục ca múa nhạc của câu lạc bộ văn nghệ các tổ dân phố. Người dân được "
          + "mời tham dự miễn phí; ban tổ chức bố trí chỗ để xe tại sân trường tiểu học bên cạnh.";
}
