package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Home addresses, licence plates, phones and bank accounts: the general causes of blind16's errors
 * of these kinds (docs/prechecks.md, "After blind16: addresses, plates, phones, accounts"), each in
 * wording of its own.
 */
class ScreenerContactsTest {
  private static List<Finding> body(String html) {
    return ScreenerTest.body(html);
  }

  private static List<String> kinds(List<Finding> findings) {
    return ScreenerTest.kinds(findings);
  }

  /**
   * The one finding of {@code html}: its kind and passage are {@code kindAndPassage}, and it blocks
   * or only warns as {@code blocking} says.
   */
  private static Finding only(String html, String kindAndPassage, boolean blocking) {
    List<Finding> f = body(html);
    assertThat(kinds(f)).containsExactly(kindAndPassage);
    assertThat(f.get(0).blocking()).as("blocking").isEqualTo(blocking);
    return f.get(0);
  }

  private static List<String> kinds(List<Finding> findings, FindingKind kind) {
    return findings.stream()
        .filter(f -> f.kind() == kind)
        .map(f -> f.kind().name() + ":" + f.passage())
        .toList();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: a named ward or commune as a chunk of its own after a name or a number in a list of people is a home; the rest of \"quê quán ...\" is not")
  void bareWardOrCommuneInAList() {
    assertThat(
            kinds(
                body(
                    "<ul><li>Mạc Văn Sơn, CMND 172233445, xã Minh Quang</li>"
                        + "<li>Phùng Thị Lý, sinh năm 1990, phường Đồng Tâm</li></ul>"),
                FindingKind.HOME_ADDRESS))
        .containsExactly("HOME_ADDRESS:xã Minh Quang", "HOME_ADDRESS:phường Đồng Tâm");
    assertThat(
            kinds(
                body(
                    "<p>UBND xã Tam Hưng tưởng niệm liệt sĩ Nguyễn Văn Bình, quê quán thôn Phú Đa,"
                        + " xã Tam Hưng.</p>")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: an organisation's word inside a number's label (\"mã số BHXH ...\") names no office, so the village after it is the person's")
  void organisationWordInANumbersLabel() {
    assertThat(
            kinds(
                body(
                    "<p>Đề nghị nộp hồ sơ: ông Lục Văn Toàn, mã số BHXH 0133456721, thôn Đông Lỗ;"
                        + " bà Vi Thị Hằng, mã số BHXH 0133998812, thôn Tây Lỗ.</p>"),
                FindingKind.HOME_ADDRESS))
        .containsExactly("HOME_ADDRESS:thôn Đông Lỗ", "HOME_ADDRESS:thôn Tây Lỗ");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: an address ends where the place's name ends (a lowercase word after it), at a label's colon, or before \", số căn cước\"")
  void whereAnAddressEnds() {
    assertThat(kinds(body("<p>Anh Tạ Quang Vĩnh ở xã Phù Đổng bị kẻ gian lấy mất xe đạp.</p>")))
        .containsExactly("HOME_ADDRESS:xã Phù Đổng");
    assertThat(
            kinds(
                body("<p>1. Hộ ông Hà Văn Khải, xóm Gốc Đa: STK 1903 2211 4455 Techcombank.</p>"),
                FindingKind.HOME_ADDRESS))
        .containsExactly("HOME_ADDRESS:xóm Gốc Đa");
    assertThat(
            kinds(
                body(
                    "<p>Bà Kiều Thị Mơ (thôn Vân Tảo, số căn cước 001178004512) được hỗ trợ.</p>")))
        .containsExactly("HOME_ADDRESS:thôn Vân Tảo", "CCCD:001178004512");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: \"tại\" right after a name needs a number in the address itself, not in the next sentence")
  void atAfterANameNeedsItsOwnNumber() {
    assertThat(
            body(
                "<p>Đoàn kiểm tra làm việc với bà Lê Thị Nụ tại thôn Đình. Phát hiện 3 người chưa"
                    + " khai báo tạm trú.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: a duration after a residence word is no address; a house given with its storeys before its number is the named family's")
  void durationAndHouseWithStoreys() {
    assertThat(
            kinds(
                body(
                    "<p>Phạm Văn Hưng, sinh năm 1990, đã rời khỏi nơi cư trú 20 ngày không khai"
                        + " báo.</p>"),
                FindingKind.HOME_ADDRESS))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<p>Căn nhà 3 tầng số 15 ngõ 42 phố Vọng của gia đình bà Lò Thị Thu bị nứt"
                        + " tường.</p>")))
        .containsExactly("HOME_ADDRESS:số 15 ngõ 42 phố Vọng");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: a house given without its people, then \"Chủ nhà là bà A\" opening the next sentence, is A's home")
  void householderNamedNext() {
    assertThat(
            kinds(
                body(
                    "<p>Tổ dân phố nhận phản ánh về mùi khói từ nhà số 12 ngách 5 ngõ 30 Láng Hạ."
                        + " Chủ nhà là bà Vũ Thị Hoa.</p>")))
        .containsExactly("HOME_ADDRESS:12 ngách 5 ngõ 30 Láng Hạ");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS: a residence sentence whose subject is only kin words (\"Bố con cháu đang tạm trú tại ...\") is about the person named just before")
  void kinSubjectLivesAt() {
    assertThat(
            kinds(
                body(
                    "<p>Cháu Nông Văn Quý, 12 tuổi, đi lạc khi theo bố đi chợ. Bố con cháu đang tạm"
                        + " trú tại số 3 ngõ 12 thôn Ninh Hiệp.</p>")))
        .containsExactly("HOME_ADDRESS:số 3 ngõ 12 thôn Ninh Hiệp");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 LICENCE_PLATE: in a record on one line, a later field labelling a person as the vehicle's owner (\"Họ tên chủ xe: A\") makes the plate A's")
  void ownerLabelledLaterInTheRecord() {
    assertThat(
            kinds(
                body(
                    "<p>Xe đạp điện để quá hạn tại bãi. Biển số xe: 29AA-345.67. Màu sơn: xanh. Họ"
                        + " tên chủ xe: Lương Thị Hằng Nga.</p>")))
        .containsExactly("LICENCE_PLATE:29AA-345.67");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 LICENCE_PLATE: the driver named in the next sentence (\"Lái xe là A\", \"tài xế A ...\") makes the plate personal data")
  void driverNamedInTheNextSentence() {
    assertThat(
            kinds(
                body(
                    "<p>Công an xã dừng xe máy biển số 29-E1 345.67 chở hàng cồng kềnh. Lái xe là"
                        + " Đoàn Văn Thịnh.</p>")))
        .containsExactly("LICENCE_PLATE:29-E1 345.67");
    assertThat(
            kinds(
                body(
                    "<p>Xe con biển số 30A-456.12 đâm vào cột điện rồi bỏ đi. Sáng hôm sau, tài xế"
                        + " Viên Văn Lực đã đến trình diện.</p>"),
                FindingKind.LICENCE_PLATE))
        .containsExactly("LICENCE_PLATE:30A-456.12");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 LICENCE_PLATE: the next sentence speaks of the driver unnamed (\"lái xe không mang ...\"), the one after names whom the measure is against: the plate is that person's")
  void driverNamedTwoSentencesLater() {
    assertThat(
            kinds(
                body(
                    "<p>Tổ tuần tra dừng xe khách biển số 29B-556.18 để kiểm tra. Kết quả cho thấy"
                        + " lái xe không mang giấy phép lái xe. Công an huyện đã lập biên bản đối với"
                        + " anh Hầu Văn Dũng.</p>"),
                FindingKind.LICENCE_PLATE))
        .containsExactly("LICENCE_PLATE:29B-556.18");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 LICENCE_PLATE: the owner of a business (\"Chủ cửa hàng là A\") is a person, so \"xe ... của A\" is A's plate")
  void businessOwnerIsAPerson() {
    assertThat(
            kinds(
                body(
                    "<p>Chủ cửa hàng là Khổng Văn Đạt; ô tô biển số 30E-778.21 của Đạt đỗ chắn lối"
                        + " đi.</p>")))
        .containsExactly("LICENCE_PLATE:30E-778.21");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 PHONE: a caller passing for someone right after the number (\"từ số ..., tự xưng là nhân viên\") is unnamed: a warning, not the reporting office's number")
  void callerPassingForAnOffice() {
    only(
        "<p>Điện lực Đống Đa cho biết người dân nhận cuộc gọi từ số 0396 221 847, tự xưng là"
            + " nhân viên điện lực.</p>",
        "PHONE:0396 221 847",
        false);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 PHONE: \"Tổ trưởng <its unit> là ông A\" names an office holder (no finding); \"chị B, trưởng nhóm\" is a volunteer group's leader, a private person")
  void titleWithItsUnitAndAGroupLeader() {
    assertThat(
            body(
                "<p>Tổ trưởng tổ bảo vệ an ninh trật tự là ông Lại Văn Phong, điện thoại 0912 554"
                    + " 781, đã có mặt.</p>"))
        .isEmpty();
    only(
        "<p>Tiền ủng hộ gửi chị Ngô Thị Hải, trưởng nhóm, điện thoại 0987 223 145.</p>",
        "PHONE:0987 223 145",
        true);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 BANK_ACCOUNT: \"chủ tài khoản\" names someone only in its own sentence; \"do A đứng tên\" names the holder; \"chủ tài khoản Quỹ ..., STK ...\" is a fund's")
  void accountHolders() {
    only(
        "<p>Bị hại chuyển tiền vào tài khoản 0021 5566 7788 tại MB, không rõ chủ tài khoản.</p>"
            + "<p>Công an phường đề nghị ai biết thông tin báo ngay.</p>",
        "BANK_ACCOUNT:0021 5566 7788",
        false);
    Finding held =
        only(
            "<p>Số tiền được chuyển vào tài khoản 1903 8877 6655 Techcombank do Khúc Văn Lâm đứng"
                + " tên.</p>",
            "BANK_ACCOUNT:1903 8877 6655",
            true);
    assertThat(held.detail()).contains("Khúc Văn Lâm");
    assertThat(
            body(
                "<p>Ủng hộ xin chuyển: chủ tài khoản Quỹ vì người nghèo phường Láng Hạ, STK 1160"
                    + " 0033 2211 tại VietinBank.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS (blind17 causes): a clan's temple by its family name (\"nhà thờ họ"
          + " Lê Văn thôn B\") names no person; an address column headed \"Nơi ĐKTT\" gives the"
          + " homes of the names beside it, also as bare villages")
  void clanTempleAndRegisteredResidenceColumn() {
    assertThat(
            kinds(
                body("<p>Con cháu nhà thờ họ Lê Văn thôn Đồng Nhân góp tiền tu sửa mái ngói.</p>"),
                FindingKind.HOME_ADDRESS))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Họ tên</th><th>Nơi ĐKTT</th></tr>"
                        + "<tr><td>Hoàng Văn Khánh</td><td>thôn Yên Lạc</td></tr></table>"),
                FindingKind.HOME_ADDRESS))
        .containsExactly("HOME_ADDRESS:thôn Yên Lạc");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS (blind17 causes): an area of duty after a name (\"Cảnh sát khu vực"
          + " thôn B, thôn C\"), also in the next cell of a table's row, is where the officer serves,"
          + " not a home")
  void areaOfDuty() {
    assertThat(
            kinds(
                body(
                    "<p>Liên hệ: Thượng úy Cầm Văn Nam, Cảnh sát khu vực xóm Trại, xóm Giữa,"
                        + " điện thoại 0912 448 107.</p>"),
                FindingKind.HOME_ADDRESS))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Cán bộ</th><th>Nhiệm vụ</th></tr><tr><td>Trung úy Hà Thị"
                        + " Nụ</td><td>Cảnh sát khu vực tổ 3, tổ 4</td></tr></table>"),
                FindingKind.HOME_ADDRESS))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 HOME_ADDRESS (blind18 causes): a column headed \"Bản\" gives the hamlets of"
          + " the names beside it; a row's next cell headed by a building site, a vicinity after"
          + " \"ở khu vực\", and a lost pet's name give no home")
  void hamletColumnSiteVicinityAndPets() {
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Họ tên</th><th>Bản</th></tr>"
                        + "<tr><td>Lò Văn Pấng</td><td>bản Phiêng Ban</td></tr></table>"),
                FindingKind.HOME_ADDRESS))
        .containsExactly("HOME_ADDRESS:bản Phiêng Ban");
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Chủ công trình</th><th>Vị trí công trình</th></tr>"
                        + "<tr><td>Bà Mùa Thị Dợ</td><td>Ô đất BT 3, khu đô thị Việt"
                        + " Hưng</td></tr></table>"
                        + "<p>Tôi là Khổng Thị Vân, sáng nay đánh rơi ví ở khu vực chợ Đồng"
                        + " Xuân.</p>"
                        + "<p>Chó Phú Quốc tên Vàng, 4 tuổi, bị lạc ở ngõ 14 phố Trần Khát"
                        + " Chân.</p>"),
                FindingKind.HOME_ADDRESS))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 BANK_ACCOUNT, PHONE (blind18 causes): an association's landline before \"hoặc"
          + " chuyển khoản\" is its phone, and \"chủ tài khoản Hội Liên hiệp phụ nữ ...\" an"
          + " association; a commune's veterinarian at work is an official")
  void associationNumbersAndVeterinarian() {
    assertThat(
            body(
                "<p>Mọi ủng hộ xin liên hệ Hội Liên hiệp phụ nữ phường, điện thoại 024 3856 2211,"
                    + " hoặc chuyển khoản vào tài khoản 1020 3344 5566 tại Vietcombank, chủ tài"
                    + " khoản Hội Liên hiệp phụ nữ phường Kim Liên.</p>"))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<p>Chủ nuôi cần hỏi thêm liên hệ thú y viên phường, bà Nông Thị Ngát, 0983"
                        + " 441 270.</p>"),
                FindingKind.PHONE))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6 LICENCE_PLATE (blind18 causes): an electric motorbike's series holds \"Đ\""
          + " (\"29MĐ2-118.07\")")
  void electricMotorbikeSeries() {
    assertThat(
            kinds(
                body("<p>Chị Lục Thị Sen đi chiếc xe máy điện biển số 29MĐ2-118.07 đến chợ.</p>"),
                FindingKind.LICENCE_PLATE))
        .containsExactly("LICENCE_PLATE:29MĐ2-118.07");
  }
}
