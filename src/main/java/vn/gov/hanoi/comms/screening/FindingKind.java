package vn.gov.hanoi.comms.screening;

/**
 * What a finding is about, with the check it belongs to and, in Vietnamese, what it is and why it
 * matters to the residents who would read the article.
 */
public enum FindingKind {
  CCCD(
      Check.PERSONAL_DATA,
      "Số căn cước/CCCD",
      "Số định danh cá nhân cho phép mạo danh, vay tiền, đăng ký thuê bao dưới tên người khác."),
  CMND(
      Check.PERSONAL_DATA,
      "Số CMND",
      "Số chứng minh nhân dân là dữ liệu định danh cá nhân, dễ bị lợi dụng để mạo danh."),
  DATE_OF_BIRTH(
      Check.PERSONAL_DATA,
      "Ngày/năm sinh kèm họ tên",
      "Ngày sinh kèm họ tên giúp kẻ gian xác minh danh tính, đoán mật khẩu, lừa đảo."),
  PHONE(
      Check.PERSONAL_DATA,
      "Số điện thoại cá nhân",
      "Số điện thoại cá nhân công bố cho cả địa bàn dễ bị làm phiền, lừa đảo."),
  BANK_ACCOUNT(
      Check.PERSONAL_DATA,
      "Số tài khoản ngân hàng",
      "Số tài khoản của cá nhân là dữ liệu tài chính; một số tài khoản lạ trong tin chính thức có thể bị lợi dụng để lừa đảo."),
  LICENCE_PLATE(
      Check.PERSONAL_DATA,
      "Biển số xe kèm chủ xe",
      "Biển số xe kèm tên chủ xe cho phép lần ra người, phương tiện và nơi ở."),
  HOME_ADDRESS(
      Check.PERSONAL_DATA,
      "Địa chỉ nơi ở kèm họ tên",
      "Địa chỉ nơi ở kèm họ tên cho phép tìm đến tận nhà người có tên."),
  HEALTH(
      Check.PERSONAL_DATA,
      "Thông tin sức khỏe của người có tên",
      "Tình trạng sức khỏe, bệnh tật, khuyết tật là dữ liệu cá nhân nhạy cảm (Nghị định 13/2023/NĐ-CP)."),
  CRIMINAL_RECORD(
      Check.PERSONAL_DATA,
      "Thông tin vi phạm, tội phạm của người có tên",
      "Thông tin về tội phạm, vi phạm của người có tên là dữ liệu cá nhân nhạy cảm (Nghị định 13/2023/NĐ-CP)."),
  LINK_INSECURE(
      Check.LINKS,
      "Đường dẫn không dùng https",
      "Đường dẫn http có thể bị chặn, sửa trên đường truyền; người dân nên chỉ được dẫn tới trang https."),
  LINK_SHORTENER(
      Check.LINKS,
      "Đường dẫn rút gọn",
      "Đường dẫn rút gọn che giấu trang đích: người dân không biết mình được dẫn tới đâu."),
  LINK_HOST(
      Check.LINKS,
      "Đường dẫn tới trang ngoài danh sách cho phép",
      "Trang đích không thuộc danh sách tên miền được phép (mặc định: các trang .gov.vn)."),
  DATE_PAST(
      Check.EVENT_DATES,
      "Ngày sự kiện đã qua khi bắt đầu đăng",
      "Người dân đọc tin khi sự việc đã qua: cần kiểm tra lại ngày hoặc thời gian đăng."),
  DATE_AFTER_WINDOW(
      Check.EVENT_DATES,
      "Ngày sự kiện sau khi hết thời gian đăng",
      "Tin bị gỡ trước ngày diễn ra sự việc: cần kiểm tra lại ngày hoặc thời gian đăng.");

  /** The three screening checks, as the API and the forms name them. */
  public enum Check {
    PERSONAL_DATA("Dữ liệu cá nhân"),
    LINKS("Đường dẫn"),
    EVENT_DATES("Ngày sự kiện");

    private final String label;

    Check(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private final Check check;
  private final String label;
  private final String why;

  FindingKind(Check check, String label, String why) {
    this.check = check;
    this.label = label;
    this.why = why;
  }

  public Check check() {
    return check;
  }

  public String label() {
    return label;
  }

  /** Why it matters, in Vietnamese, for the reviewer. */
  public String why() {
    return why;
  }
}
