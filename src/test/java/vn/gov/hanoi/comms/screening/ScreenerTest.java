package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The screening of issue 16, kind by kind, with the hard cases the issue names: a unit's own
 * hotline, a document number that looks like an identity number, dates in legal references, a
 * public official's name and title, a company's tax code, the street address of a public office.
 */
class ScreenerTest {
  private static final Instant FROM = Instant.parse("2026-12-01T01:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-12-15T15:00:00Z");
  private static final Screener.Rules RULES =
      new Screener.Rules(List.of("gov.vn"), Set.of("024 3829 1234"));

  static List<Finding> body(String html) {
    return new Screener()
        .screen(new Screener.Input("Tiêu đề", "Tóm tắt", html, List.of(), FROM, UNTIL), RULES)
        .findings();
  }

  static List<String> kinds(List<Finding> findings) {
    return findings.stream().map(f -> f.kind().name() + ":" + f.passage()).toList();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a 12-digit citizen identity number with a valid province and century digit blocks, masked 001******345")
  void citizenIdentityNumber() {
    List<Finding> f = body("<p>Hộ ông Nguyễn Văn Hùng, CCCD số 001062004345.</p>");
    assertThat(kinds(f)).containsExactly("CCCD:001062004345");
    assertThat(f.get(0).blocking()).isTrue();
    assertThat(f.get(0).suggestion()).isEqualTo("001******345");
    assertThat(f.get(0).field()).isEqualTo(Field.BODY);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a number shaped like an identity number is one even without a label; an invalid province or a document number is not")
  void identityNumberByShape() {
    assertThat(kinds(body("<p>1. Hà Văn Thắm - 001058006677 - 5.000.000 đồng</p>")))
        .containsExactly("CCCD:001058006677");
    assertThat(body("<p>Kết quả: 999058006677 và 001958006677.</p>"))
        .as("province 999, century digit 9")
        .isEmpty();
    assertThat(
            body(
                "<p>Quyết định số 123456789012/QĐ-UBND và Quyết định số 001062004345/QĐ-UBND.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName("V-CHECK-4..6: a 9-digit CMND counts only where the text says it is one")
  void oldIdentityCard() {
    assertThat(kinds(body("<p>Anh Kiều Văn Phúc, CMND số 013245678, báo mất giấy tờ.</p>")))
        .containsExactly("CMND:013245678");
    assertThat(body("<p>Tổng kinh phí 123456789 đồng.</p>")).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a 9-digit CMND under a table heading naming it (also beside a heading \"Diện tích (m2)\"), or before a \" / \" field separator, is one")
  void oldIdentityCardInTablesAndFormLines() {
    assertThat(
            kinds(
                body(
                    "<table><tr><td>STT</td><td>Chủ sử dụng đất</td><td>Số CMND/CCCD</td><td>Diện tích (m2)</td></tr>"
                        + "<tr><td>1</td><td>Phan Văn Thắng</td><td>011482935</td><td>56,4</td></tr>"
                        + "<tr><td>2</td><td>Nguyễn Thị Bích Liên</td><td>001167023349</td><td>72,1</td></tr></table>")))
        .containsExactly("CMND:011482935", "CCCD:001167023349");
    assertThat(kinds(body("<p>Họ tên: Mẫn Văn Công / Số CM: 125087736 / Nơi làm việc: UBND.</p>")))
        .containsExactly("CMND:125087736");
  }

  @Test
  @DisplayName(
      "V-CHECK-6: a date opening the sentence in which a document is signed (\"ký kết Quy chế\") is not a past event")
  void signingDateOfAnAgreement() {
    assertThat(
            body(
                "<p>Ngày 25/11/2026, UBND phường Hà Đông và Công an phường Hà Đông đã ký kết Quy chế phối hợp số 05/QC-UBND-CAP.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-6: a missing person's last-seen day is a past event, also after \"từ chiều\" or \"rời khỏi nhà từ ngày\"")
  void missingPersonsLastSeenDay() {
    assertThat(
            kinds(
                body(
                    "<p>Cụ Đinh Văn Phúc (1941), mắc bệnh Alzheimer, đi khỏi nhà ở số 27 ngõ 90 Nguyễn Tuân từ chiều 28/11/2026 đến nay chưa về.</p>")))
        .contains("DATE_PAST:28/11/2026");
    assertThat(
            kinds(
                body(
                    "<p>Bà Dung có biểu hiện lú lẫn, đã rời khỏi nhà từ ngày 25/11/2026, khi đi mặc áo len màu nâu.</p>")))
        .contains("DATE_PAST:25/11/2026");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: in a table whose name column is \"Người vi phạm\", the name is the passage, also where another cell names the offence")
  void offenderTableNamesThePassage() {
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Người vi phạm</th><th>Hành vi</th><th>Số tiền phạt</th></tr>"
                        + "<tr><td>Bùi Thị Lan Anh</td><td>Lấn chiếm vỉa hè để kinh doanh</td><td>3.000.000 đồng</td></tr>"
                        + "<tr><td>Hoàng Văn Tú</td><td>Đổ phế thải không đúng nơi quy định</td><td>7.500.000 đồng</td></tr></table>")))
        .containsExactly("CRIMINAL_RECORD:Bùi Thị Lan Anh", "CRIMINAL_RECORD:Hoàng Văn Tú");
  }

  @Test
  @DisplayName("V-CHECK-4..6: a bank account written in groups of four and five digits is one")
  void spacedBankAccounts() {
    assertThat(
            kinds(
                body(
                    "<p>Mọi tấm lòng hảo tâm xin gửi về chủ tài khoản Tô Thị Lài, số tài khoản 0071 0009 44552 Vietcombank.</p>")))
        .containsExactly("BANK_ACCOUNT:0071 0009 44552");
    assertThat(
            kinds(
                body(
                    "<table><tr><td>Họ tên</td><td>Số tài khoản</td><td>Ngân hàng</td></tr>"
                        + "<tr><td>Lưu Thị Hạnh</td><td>8800 1425 6639</td><td>MB</td></tr></table>")))
        .containsExactly("BANK_ACCOUNT:8800 1425 6639");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a date of birth next to a named person blocks; a birth cohort without a name does not")
  void dateOfBirth() {
    assertThat(kinds(body("<p>Em Vương Minh Khang (sinh ngày 02/09/2012) đạt giải Nhất.</p>")))
        .containsExactly("DATE_OF_BIRTH:02/09/2012");
    assertThat(body("<p>Trẻ sinh năm 2021 đến 2025 được tiêm miễn phí từ ngày 03/12/2026.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a private person's phone blocks (masked 0906***233); a unit's hotline, an official's work number and a "
          + "published number do not")
  void phones() {
    List<Finding> f =
        body("<p>Người phát hiện là chị Hoàng Thị Thu, số điện thoại 0906 112 233.</p>");
    assertThat(kinds(f)).containsExactly("PHONE:0906 112 233");
    assertThat(f.get(0).blocking()).isTrue();
    assertThat(f.get(0).suggestion()).isEqualTo("0906***233");
    assertThat(body("<p>Đường dây nóng của UBND phường: 0912 345 678.</p>")).isEmpty();
    assertThat(
            body(
                "<p>Liên hệ đồng chí Trịnh Văn Sơn, Cảnh sát khu vực, số điện thoại 0983 456 789.</p>"))
        .isEmpty();
    assertThat(body("<p>Hộ ông Nguyễn Văn A cần hỗ trợ xin gọi 024.3829.1234.</p>")).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a mobile number nobody is named for is a warning, not a block; a company's tax code is no phone")
  void unattributedMobileAndTaxCode() {
    List<Finding> f = body("<p>Đăng ký trước ngày 10/12/2026, liên hệ: 0979 246 810.</p>");
    assertThat(kinds(f)).containsExactly("PHONE:0979 246 810");
    assertThat(f.get(0).blocking()).isFalse();
    assertThat(body("<p>Công ty TNHH Minh Phát, mã số thuế 0312345678, địa chỉ số 45 Láng Hạ.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName("V-CHECK-4..6: a person's bank account blocks; a unit's account does not")
  void bankAccounts() {
    assertThat(
            kinds(
                body(
                    "<p>Ủng hộ xin chuyển về số tài khoản 0021000456789 Vietcombank, chủ tài khoản Ngô Văn Quyết.</p>")))
        .containsExactly("BANK_ACCOUNT:0021000456789");
    assertThat(
            body(
                "<p>Ủng hộ qua tài khoản của Ủy ban MTTQ phường Trúc Bạch: số tài khoản 1200 2145 6789 tại Agribank.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName("V-CHECK-4..6: a licence plate with its owner named blocks; a plate alone does not")
  void licencePlates() {
    assertThat(
            kinds(
                body(
                    "<p>Ông Đỗ Văn Thắng, xe ô tô biển kiểm soát 30A-123.45, đỗ xe trên vỉa hè.</p>")))
        .contains("LICENCE_PLATE:30A-123.45");
    assertThat(body("<p>Xe ô tô biển số 30G-456.78 vượt đèn đỏ trên phố Kim Mã.</p>")).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a home address next to a name blocks; a public office's street address does not")
  void homeAddresses() {
    assertThat(
            kinds(
                body(
                    "<p>Hộ ông Nguyễn Văn Hùng, trú tại số 12 ngõ 34 phố Trúc Bạch, phường Trúc Bạch.</p>")))
        .containsExactly("HOME_ADDRESS:số 12 ngõ 34 phố Trúc Bạch, phường Trúc Bạch");
    assertThat(
            body(
                "<p>Bộ phận một cửa của UBND phường làm việc tại trụ sở mới: số 17 phố Lý Thái Tổ.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: health or criminal data about a named private person blocks; about nobody, or said by an official, it does not")
  void healthAndCriminal() {
    assertThat(kinds(body("<p>Gia đình anh Bùi Văn Toàn, con trai bị bại não bẩm sinh.</p>")))
        .containsExactly("HEALTH:bại não");
    assertThat(kinds(body("<p>Công an phường bắt quả tang Hồ Văn Tài đang trộm cắp xe máy.</p>")))
        .extracting(s -> s.substring(0, s.indexOf(':')))
        .containsOnly("CRIMINAL_RECORD");
    assertThat(
            body(
                "<p>Bác sĩ Hoàng Thị Lan, Trạm trưởng Trạm Y tế, khuyến cáo trẻ mắc bệnh cấp tính cần khám kỹ.</p>"))
        .isEmpty();
    assertThat(body("<p>Các đối tượng lừa đảo giả danh công an gọi điện yêu cầu chuyển tiền.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName("V-CHECK-4..6: a public official's name and title is no personal data")
  void officialNameAndTitle() {
    assertThat(
            body(
                "<p>Đồng chí Nguyễn Thanh Bình, Chủ tịch UBND phường Kim Mã, tiếp công dân vào ngày 11/12/2026.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: links must be https, not shortened, on an allowed host; the host is named")
  void links() {
    List<Finding> f =
        body(
            "<p><a href=\"https://dichvucong.gov.vn\">Cổng</a>, https://bit.ly/x, "
                + "https://www.youtube.com/watch?v=1, http://hanoi.gov.vn/bieu-mau, https://gov.vn.evil.com/a</p>");
    assertThat(kinds(f))
        .containsExactly(
            "LINK_SHORTENER:https://bit.ly/x",
            "LINK_HOST:https://www.youtube.com/watch?v=1",
            "LINK_INSECURE:http://hanoi.gov.vn/bieu-mau",
            "LINK_HOST:https://gov.vn.evil.com/a");
    assertThat(f.get(1).detail()).contains("www.youtube.com");
    assertThat(f.get(2).suggestion()).isEqualTo("https://hanoi.gov.vn/bieu-mau");
    assertThat(body("<p>Thư điện tử: vanphong@hanoi.gov.vn</p>")).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: an event date past at the window's start or after its end is flagged; legal references, "
          + "letterheads, open-ended starts and history are not")
  void eventDates() {
    assertThat(
            kinds(
                body(
                    "<p>Sáng ngày 22/11/2026, phường đã ra quân. Đợt tiếp theo vào ngày 20/12/2026.</p>")))
        .containsExactly("DATE_PAST:22/11/2026", "DATE_AFTER_WINDOW:20/12/2026");
    assertThat(
            body(
                "<p>Hà Nội, ngày 20 tháng 11 năm 2026</p><p>Căn cứ Nghị định 13/2023/NĐ-CP ngày 17/4/2023 và "
                    + "Kế hoạch số 215/KH-UBND ngày 12/10/2026, hội nghị diễn ra ngày 09/12/2026. Bảng giá áp dụng từ ngày 01/11/2026. "
                    + "Ngày 19/12/1946, Chủ tịch Hồ Chí Minh ra Lời kêu gọi.</p>"))
        .isEmpty();
    assertThat(kinds(body("<p>Từ 15/11 đến 25/11/2026 đã đăng ký 320 xe.</p>")))
        .containsExactly("DATE_PAST:15/11 đến 25/11/2026");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the title, summary and attachment names are screened too, each finding naming its field")
  void otherFields() {
    Screener.Result r =
        new Screener()
            .screen(
                new Screener.Input(
                    "Gọi 0908 765 432 để được hỗ trợ",
                    "Chung tay giúp cháu Ngô Gia Bảo điều trị bệnh.",
                    "<p>Nội dung.</p>",
                    List.of("CCCD_001087001234_Nguyen_Van_Minh.pdf"),
                    FROM,
                    UNTIL),
                RULES);
    assertThat(r.findings())
        .extracting(f -> f.field() + ":" + f.kind())
        .containsExactly("TITLE:PHONE", "SUMMARY:HEALTH", "ATTACHMENT:CCCD");
    Finding attachment = r.findings().get(2);
    assertThat(attachment.attachmentName()).isEqualTo("CCCD_001087001234_Nguyen_Van_Minh.pdf");
    assertThat(attachment.passage()).isEqualTo("001087001234");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: offsets point at the passage in the field's text (table cells joined by \" | \")")
  void offsets() {
    Screener.Result r =
        new Screener()
            .screen(
                new Screener.Input(
                    "",
                    "",
                    "<p>Danh sách:</p><table><tr><th>Họ và tên</th>"
                        + "<th>Năm sinh</th></tr><tr><td>Nguyễn Đức Anh</td><td>2006</td></tr></table>",
                    List.of(),
                    FROM,
                    UNTIL),
                RULES);
    assertThat(r.bodyText()).isEqualTo("Danh sách:\nHọ và tên | Năm sinh\nNguyễn Đức Anh | 2006");
    Finding f = r.findings().get(0);
    assertThat(f.kind()).isEqualTo(FindingKind.DATE_OF_BIRTH);
    assertThat(r.bodyText().substring(f.start(), f.end())).isEqualTo("2006").isEqualTo(f.passage());
  }

  @Test
  @DisplayName(
      "V-CHECK-6: a past month is a report's period, a date opening a sentence in which a document is signed is"
          + " the document's, a letterhead after a number on its line and an open-ended start after the window are"
          + " no event dates")
  void datesThatAreNoStaleEvents() {
    assertThat(
            body(
                "<p>Trong tháng 10/2026, Đội đã kiểm tra 40 cơ sở.</p>"
                    + "<p>Ngày 24/11/2026, Chủ tịch UBND xã đã ký quyết định thành lập tổ công tác.</p>"
                    + "<p>UBND XÃ AN KHÁNH. Số: 77/TB-UBND. An Khánh, ngày 26/11/2026.</p>"
                    + "<p>Kể từ ngày 05/01/2027, bãi xe thu phí theo giờ.</p>"))
        .isEmpty();
    assertThat(
            kinds(
                body("<p>Buổi ngoại khóa tổ chức cho học sinh vào ngày 21 tháng 11 năm 2026.</p>")))
        .containsExactly("DATE_PAST:21 tháng 11 năm 2026");
    assertThat(kinds(body("<p>Đợt tiêm tiếp theo diễn ra trong tháng 1/2027.</p>")))
        .containsExactly("DATE_AFTER_WINDOW:tháng 1/2027");
  }

  @Test
  @DisplayName(
      "V-CHECK-4: a text typed without diacritics is read folded: its phone, birth year, address and health data"
          + " are found as in the same text with diacritics")
  void textWithoutDiacritics() {
    assertThat(
            kinds(
                body(
                    "<p>Danh sach ho duoc ho tro:</p><p>1. Ong Tran Van Khoa (1958), so 7 ngo 40 Kham Thien,"
                        + " bi liet hai chan, dien thoai 0915 224 611.</p>")))
        .containsExactly(
            "DATE_OF_BIRTH:1958",
            "HOME_ADDRESS:so 7 ngo 40 Kham Thien",
            "HEALTH:bi liet",
            "PHONE:0915 224 611");
    assertThat(body("<p>Uy ban MTTQ phuong tiep nhan ung ho qua tai khoan 1234 5678 9012.</p>"))
        .extracting(Finding::kind)
        .doesNotContain(FindingKind.HOME_ADDRESS, FindingKind.PHONE);
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a name in a table column headed by what its people are (\"Người vi phạm\") is criminal data, one finding per row")
  void offenderColumn() {
    assertThat(
            kinds(
                body(
                    "<table><tr><th>STT</th><th>Người vi phạm</th><th>Lỗi</th></tr>"
                        + "<tr><td>1</td><td>Khổng Minh Tâm</td><td>Đỗ xe sai quy định</td></tr>"
                        + "</table>")))
        .containsExactly("CRIMINAL_RECORD:Khổng Minh Tâm");
    assertThat(
            body(
                "<table><tr><th>STT</th><th>Họ tên</th><th>Lỗi</th></tr>"
                    + "<tr><td>1</td><td>Khổng Minh Tâm</td><td>Đỗ xe sai quy định</td></tr>"
                    + "</table>"))
        .as("a plain name column says nothing about the person")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: an account held by \"Ủy ban Mặt trận ...\" is an organisation's; \"Trường hợp ...\" is no school owning the number after it")
  void organisationsThatStartWithAWordOfTheirOwn() {
    assertThat(
            body(
                "<p>Ủng hộ qua số tài khoản 1500 2222 7788 tại Agribank, chủ tài khoản Ủy ban Mặt"
                    + " trận Tổ quốc Việt Nam xã Đông Anh.</p>"))
        .isEmpty();
    List<Finding> f = body("<p>Trường hợp mất điện kéo dài, liên hệ số 0977 120 456.</p>");
    assertThat(kinds(f)).containsExactly("PHONE:0977 120 456");
    assertThat(f.get(0).blocking()).as("nobody named: a warning").isFalse();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a messenger link (t.me) is a host off the allowed list, not a URL shortener")
  void messengerLinkIsAHost() {
    assertThat(kinds(body("<p>Nhóm trao đổi: https://t.me/nhom_hoc_tap_abc</p>")))
        .containsExactly("LINK_HOST:https://t.me/nhom_hoc_tap_abc");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: the person of a form line \"Họ tên người ...: \" and a woman named \"... Thị ...\" are persons whatever the family name")
  void namesByLabelAndMiddleName() {
    assertThat(
            kinds(
                body(
                    "<p>Họ tên người đề nghị: Yên Văn Khải</p><p>Ngày sinh: 14/03/1981</p>"
                        + "<p>Nơi cư trú: số 9 ngõ 14 phố Hàng Chuối</p>")))
        .containsExactly("DATE_OF_BIRTH:14/03/1981", "HOME_ADDRESS:số 9 ngõ 14 phố Hàng Chuối");
    assertThat(kinds(body("<p>Gia đình liệt sĩ Yên Thị Mận (1950 - 1972) được tặng quà.</p>")))
        .containsExactly("DATE_OF_BIRTH:1950");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a notice in the first person (\"Tôi là ...\"): a plate of \"tôi\" is the writer's; a number offered besides an office is not the office's")
  void firstPersonNotice() {
    List<Finding> f =
        body(
            "<p>Tôi là Hoàng Minh Đức, trú tại số 3 ngõ 5 phố Lò Đúc.</p><p>Tôi bị mất xe máy biển"
                + " số 29-K1 234.56. Ai nhặt được xin báo Công an phường hoặc gọi 0915 224 680.</p>");
    assertThat(kinds(f))
        .containsExactly(
            "HOME_ADDRESS:số 3 ngõ 5 phố Lò Đúc",
            "LICENCE_PLATE:29-K1 234.56",
            "PHONE:0915 224 680");
    assertThat(kinds(body("<p>Liên hệ Công an phường, số 024 3826 0000 hoặc 0912 000 111.</p>")))
        .as("the office gives both numbers")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: a street inside the bracket after a name, and \"gia đình em ... tại\" a line after the name, are homes")
  void homesNamedAroundThePerson() {
    assertThat(kinds(body("<p>Cụ Đào Văn Tý (sinh năm 1930, phố Hàng Bạc) được mừng thọ.</p>")))
        .containsExactly("DATE_OF_BIRTH:1930", "HOME_ADDRESS:phố Hàng Bạc");
    assertThat(
            kinds(
                body(
                    "<p>Em Trịnh Văn Bảo là học sinh lớp 5A.</p>"
                        + "<p>Gia đình em thuộc hộ nghèo tại thôn Đoài, xã Kim Chung.</p>")))
        .containsExactly("HOME_ADDRESS:thôn Đoài, xã Kim Chung");
  }

  @Test
  @DisplayName(
      "V-CHECK-4..6: health data named by the reaction or the organ, an injury by an animal, and the name given after the data")
  void moreHealthData() {
    assertThat(kinds(body("<p>Bà Ngô Thị Lan bị sốc phản vệ sau khi tiêm.</p>")))
        .containsExactly("HEALTH:sốc phản vệ");
    assertThat(kinds(body("<p>Cháu Vũ Minh Quân bị đuối nước khi tắm sông, đã được cứu.</p>")))
        .containsExactly("HEALTH:đuối nước");
    assertThat(kinds(body("<p>Ông Đỗ Văn Hải bị chó cắn, đã được tiêm phòng dại.</p>")))
        .hasSize(1)
        .allMatch(k -> k.startsWith("HEALTH:"));
    assertThat(
            kinds(
                body(
                    "<p>Một cụ ông đi lạc có biểu hiện lú lẫn, chỉ nhớ tên là Phùng Văn Tám.</p>")))
        .containsExactly("HEALTH:lú lẫn");
  }

  private static List<FindingKind> kindsOf(String html) {
    return body(html).stream().map(Finding::kind).toList();
  }

  /** The kind is found in the first text and not in the second. */
  private static void foundOnlyInFirst(FindingKind kind, String with, String without) {
    assertThat(kindsOf(with)).as(with).contains(kind);
    assertThat(kindsOf(without)).as(without).doesNotContain(kind);
  }

  @Test
  @DisplayName(
      "V-CHECK-4: \"Văn\" as the middle of three capitalised words makes a person whatever the family name,"
          + " also typed without diacritics where the family name reads as a title (\"Truong\")")
  void middleNameMakesAPerson() {
    assertThat(kindsOf("<p>Lều Văn Khải, sinh năm 1979, bị khởi tố về tội trộm cắp.</p>"))
        .contains(FindingKind.DATE_OF_BIRTH, FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Cong an xa da xu phat vi pham hanh chinh doi voi ong Truong Van Bao (1982),"
                    + " tru tai so 4 ngo 12 Tay Son, ve hanh vi gay roi trat tu.</p>"))
        .contains(FindingKind.DATE_OF_BIRTH, FindingKind.HOME_ADDRESS, FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-4: an overloaded lorry or the pavement taken by a named person is an offence; a complaint"
          + " about others' pavement is not the complainant's")
  void offencesOfANamedPerson() {
    assertThat(
            kindsOf(
                "<p>Tài xế Lò Văn Sáng điều khiển xe tải chở hàng quá tải trọng qua cầu Đuống.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Quán của bà Hà Thị Mai thường xuyên lấn chiếm vỉa hè để bày hàng.</p>",
        "<p>Bà Kha Thị Yến, trú tại số 5 ngõ 7 phố Vọng, kiến nghị về việc nhiều hộ"
            + " lấn chiếm vỉa hè.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4: a phone-shaped number right after a phone word is a phone, even with another kind of"
          + " \"tài khoản\" after it")
  void phoneWordBeatsLaterAccountWord() {
    assertThat(
            kinds(
                body(
                    "<p>Nhiều người nhận cuộc gọi từ số điện thoại 0868 412 553 đòi mật khẩu"
                        + " tài khoản VNeID.</p>")))
        .containsExactly("PHONE:0868 412 553");
  }

  @Test
  @DisplayName(
      "V-CHECK-4: an eye disease of a named person is health data; the same surgery offered as a service is not")
  void eyeDiseaseOfAPerson() {
    foundOnlyInFirst(
        FindingKind.HEALTH,
        "<p>Cụ Tăng Văn Lộc bị đục thủy tinh thể, đã mổ ở bệnh viện tỉnh.</p>",
        "<p>Chương trình phẫu thuật đục thủy tinh thể miễn phí cho người cao tuổi diễn ra"
            + " tại Trạm Y tế phường.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4: a junction named after a person (\"Ngã ba Lê Văn Lương\") owns no plate; an office's address"
          + " after the person's name is no home")
  void placesThatAreNoPerson() {
    assertThat(
            kindsOf(
                "<table><tr><th>Biển số</th><th>Nơi ghi nhận</th></tr>"
                    + "<tr><td>29C-204.18</td><td>Ngã ba Lê Văn Lương</td></tr></table>"))
        .doesNotContain(FindingKind.LICENCE_PLATE);
    assertThat(
            kindsOf(
                "<p>Mời anh Quách Văn Trung đến văn phòng Công an phường, số 9 phố Lý Nam Đế,"
                    + " để nhận lại ví.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): a sentence and a record of crimes said of \"bị cáo\" or \"đối tượng\""
          + " without a name are about the one named before; a crowd (\"các bị can\") or an arrest"
          + " by the one named is not")
  void offenderRoleStandsForTheNameBefore() {
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Ông Vi Văn Lực đứng trước tòa.</p><p>Tòa tuyên phạt bị cáo 18 tháng tù.</p>",
        "<p>Ông Vi Văn Lực đứng trước tòa.</p><p>Tòa nghỉ giải lao 18 phút.</p>");
    assertThat(
            kindsOf(
                "<p>Bị cáo Mạc Văn Hưng, sinh năm 2000, bị tuyên 2 năm tù.</p>"
                    + "<p>Bị cáo có 02 tiền sự về đánh bạc.</p>"))
        .filteredOn(k -> k == FindingKind.CRIMINAL_RECORD)
        .hasSize(2);
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Anh Lục Văn Tám ở xóm Chùa. Tổ công tác đưa đối tượng đi cai nghiện bắt buộc.</p>",
        "<p>Anh Lục Văn Tám bắt giữ đối tượng. Tổ công tác đưa đối tượng đi cai nghiện bắt buộc.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): a fine is an offence with its amount; a bare \"phạt\" (paying a fine,"
          + " a \"phạt nguội\" list, a column) is none")
  void bareFineIsNoOffence() {
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Ông Khúc Văn Lâm bị phạt 4.000.000 đồng vì đổ trộm rác.</p>",
        "<p>Ông Khúc Văn Lâm đến nộp tiền phạt tại Kho bạc phường.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): addiction to a named drug is criminal record; a positive drug test is no"
          + " illness; substitution treatment and emergency care are health data")
  void drugsAndEmergencyCare() {
    assertThat(kindsOf("<p>Anh Tôn Văn Hải nghiện thuốc phiện nhiều năm.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(kindsOf("<p>Anh Tôn Văn Hải dương tính với chất ma túy.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD)
        .doesNotContain(FindingKind.HEALTH);
    assertThat(kindsOf("<p>Anh Tôn Văn Hải đang điều trị bằng methadone.</p>"))
        .contains(FindingKind.HEALTH);
    assertThat(kindsOf("<p>Chị Âu Thị Mơ bị ngã, đang cấp cứu tại bệnh viện huyện.</p>"))
        .contains(FindingKind.HEALTH);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): address columns of a parcel, business or site, a parcel number, an office"
          + " typed without diacritics and \"số\" before a phone number are no homes")
  void addressesThatAreNoHomes() {
    assertThat(
            kindsOf(
                "<table><tr><th>Họ tên</th><th>Địa chỉ cửa hàng</th></tr>"
                    + "<tr><td>Lưu Thị Nga</td><td>số 12 phố Hàng Đào</td></tr></table>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(
            kindsOf(
                "<table><tr><th>Họ tên</th><th>Địa chỉ công trình</th></tr>"
                    + "<tr><td>Lưu Thị Nga</td><td>thôn Phú Mỹ</td></tr></table>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(
            kindsOf(
                "<table><tr><th>Họ tên</th><th>Địa chỉ</th></tr>"
                    + "<tr><td>Lưu Thị Nga</td><td>số 12 phố Hàng Đào</td></tr></table>"))
        .contains(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Ông Bạch Văn Hòa có đất tại thửa 35, tờ bản đồ 4.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Ong Bach Van Hoa den lam viec tai tru so Cong an xa.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Liên hệ chị Bạch Thị Hoa, số 0912 345 678.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): a flat after \"tại nhà,\", the home a missing person left, a family's"
          + " home after the name are homes")
  void homesSaidAroundTheName() {
    assertThat(
            kindsOf("<p>Cô Lý Thị Hà nhận trông trẻ tại nhà, căn hộ 905 tòa B3 khu Linh Đàm.</p>"))
        .contains(FindingKind.HOME_ADDRESS);
    assertThat(
            kindsOf(
                "<p>Bà Tạ Thị Lụa, 80 tuổi, đi khỏi nhà con trai tại số 7 ngõ 15 phố Đông Tác.</p>"))
        .contains(FindingKind.HOME_ADDRESS);
    assertThat(
            kindsOf(
                "<p>Em Lò Văn Tú, 12 tuổi, chưa về nhà.</p><p>Gia đình ở số 3 ngách 9 ngõ Chùa Láng.</p>"))
        .contains(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Các gia đình ở số 3 ngõ Chùa Láng được hỗ trợ.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind8 causes): a record number labelled from afar is no CCCD; \"chính chủ\" names a"
          + " plate's owner; \"SN\" after a name in a file name is a birth year")
  void recordNumberPlateOwnerAndBirthInFileName() {
    assertThat(kindsOf("<p>Mã hồ sơ trên cổng dịch vụ công quốc gia: 001090023456.</p>"))
        .doesNotContain(FindingKind.CCCD);
    assertThat(kindsOf("<p>Bán xe máy biển số 29B1-456.78, chính chủ chị Đàm Thị Yến.</p>"))
        .contains(FindingKind.LICENCE_PLATE);
    List<Finding> f =
        new Screener()
            .screen(
                new Screener.Input(
                    "Tiêu đề",
                    "Tóm tắt",
                    "<p>Xem tệp đính kèm.</p>",
                    List.of("Danh sach - Dinh Van Binh SN 1972.pdf"),
                    FROM,
                    UNTIL),
                RULES)
            .findings();
    assertThat(kinds(f)).containsExactly("DATE_OF_BIRTH:1972");
  }

  @Test
  @DisplayName(
      "V-CHECK-5 (blind8 causes): every general-purpose shortener is one finding, never also an unlisted"
          + " host; a service's own short domain (forms.gle, youtu.be) is a host off the list")
  void shortenersAndServiceShortDomains() {
    assertThat(kinds(body("<p>Đăng ký: https://bit.do/dangky-he và https://j.mp/abc</p>")))
        .containsExactly(
            "LINK_SHORTENER:https://bit.do/dangky-he", "LINK_SHORTENER:https://j.mp/abc");
    assertThat(kinds(body("<p>Khảo sát: https://forms.gle/AbC123 và https://youtu.be/xyz</p>")))
        .containsExactly("LINK_HOST:https://forms.gle/AbC123", "LINK_HOST:https://youtu.be/xyz");
  }

  @Test
  @DisplayName(
      "V-CHECK-6 (blind8 causes): a letterhead whose place holds a dash is no event date; an incident's day is")
  void letterheadWithADashAndIncidentDays() {
    assertThat(kindsOf("<p>Số: 41/TB-UBND. Ô Chợ Dừa - Đống Đa, ngày 26/11/2026.</p>"))
        .doesNotContain(FindingKind.DATE_PAST);
    assertThat(kindsOf("<p>Vụ cháy kho xảy ra lúc 22h ngày 26/11/2026 tại thôn Hạ.</p>"))
        .contains(FindingKind.DATE_PAST);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): a bank word counts for a number only in its own table cell: a phone"
          + " or CMND column next to an account column keeps its kind")
  void bankWordOnlyInItsOwnCell() {
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Họ và tên</th><th>Điện thoại</th><th>Số tài khoản</th></tr>"
                        + "<tr><td>Bà Lê Thị Hoa</td><td>0912 456 789</td>"
                        + "<td>Vietcombank 0011 2233 4455 6</td></tr></table>")))
        .containsExactlyInAnyOrder("PHONE:0912 456 789", "BANK_ACCOUNT:0011 2233 4455 6");
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Họ tên</th><th>CMND</th><th>Tài khoản</th></tr>"
                        + "<tr><td>Ông Phan Văn Tú</td><td>013579246</td>"
                        + "<td>BIDV 2151 0003 8877 6</td></tr></table>")))
        .containsExactlyInAnyOrder("CMND:013579246", "BANK_ACCOUNT:2151 0003 8877 6");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): typed without marks, \"ngan hang\" after a number is the bank, not"
          + " \"ngàn\"; a bank named before an account keeps it and does not hold it")
  void bankNamedNextToTheAccount() {
    assertThat(
            kinds(
                body(
                    "<p>Nguoi dan khong chuyen tien vao STK 5566 7788 990 ngan hang VPBank cua ke gian"
                        + " mao danh nhan vien dien luc.</p>")))
        .containsExactly("BANK_ACCOUNT:5566 7788 990");
    assertThat(
            kinds(
                body(
                    "<p>Ông Đỗ Văn Hải đánh rơi chiếc ví màu đen trên phố Huế, trong ví có thẻ ngân"
                        + " hàng Agribank số tài khoản 1500 2051 7788 9.</p>")))
        .contains("BANK_ACCOUNT:1500 2051 7788 9");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): a treasurer's collection account is the unit's, also when the name"
          + " comes again after \"chủ tài khoản\"; a student's school does not hold the student's account")
  void treasurersAndStudentsAccounts() {
    assertThat(
            kindsOf(
                "<p>Các hộ đóng góp quỹ xin nộp cho ông Tạ Văn Bình (thủ quỹ) hoặc chuyển khoản vào"
                    + " số tài khoản 1234 5678 9012 tại Agribank, chủ tài khoản Tạ Văn Bình.</p>"))
        .doesNotContain(FindingKind.BANK_ACCOUNT);
    List<Finding> f =
        body(
            "<p>2. Mai Văn Lộc, sinh viên Trường Đại học Xây dựng, số tài khoản 0021 0004 55667"
                + " tại Vietcombank.</p>");
    assertThat(kinds(f)).containsExactly("BANK_ACCOUNT:0021 0004 55667");
    assertThat(f.get(0).blocking()).isTrue();
    assertThat(f.get(0).detail()).endsWith("Mai Văn Lộc");
  }

  @Test
  @DisplayName(
      "V-CHECK-6 (blind10 causes): \"24/7\" is round the clock, not a date (\"ngày 24/7\" still is);"
          + " \"ký ban hành kết luận\" is issuing a document")
  void roundTheClockAndIssuedConclusions() {
    foundOnlyInFirst(
        FindingKind.DATE_PAST,
        "<p>Lễ dâng hương diễn ra ngày 24/7 tại đền Voi Phục.</p>",
        "<p>Tổng đài tiếp nhận phản ánh: 024 3555 8899 (24/7).</p>");
    assertThat(
            kindsOf(
                "<p>Ngày 20/11/2026, đồng chí Bí thư Đảng ủy phường đã chủ trì cuộc họp và ký ban"
                    + " hành kết luận về công tác dân vận.</p>"))
        .doesNotContain(FindingKind.DATE_PAST);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): a column headed \"Đối tượng\" is no offender's role for the name"
          + " in the next row; a theft's victim is no offender")
  void beneficiaryColumnsAndTheftVictims() {
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Đối tượng Cao Văn Đạt đang bị tạm giam.</p>",
        "<table><tr><td>Họ tên</td><td>Lớp</td><td>Đối tượng</td></tr>"
            + "<tr><td>Cao Văn Đạt</td><td>5B</td><td>Con hộ cận nghèo</td></tr></table>");
    foundOnlyInFirst(
        FindingKind.CRIMINAL_RECORD,
        "<p>Đối tượng Khổng Văn Tài đã trộm xe máy của một người dân.</p>",
        "<p>Đêm qua, nhà chị Bùi Thị Hằng ở thôn Đoài bị mất trộm xe đạp điện.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): \"Trường Tiểu học ...\" after \"học sinh\" is a school, not a"
          + " person; an address after a meeting hall is the venue's")
  void schoolsAndVenuesAreNoHomes() {
    foundOnlyInFirst(
        FindingKind.HOME_ADDRESS,
        "<p>Phát sữa miễn phí cho học sinh Lê Ngọc Hân, nhà ở số 12 phố Bạch Mai.</p>",
        "<p>Phát sữa miễn phí cho học sinh Trường Tiểu học Lê Ngọc Hân, số 12 phố Bạch Mai.</p>");
    foundOnlyInFirst(
        FindingKind.HOME_ADDRESS,
        "<p>Ông Lý Văn Hòa, Chủ tịch UBND phường, trú tại số 5 phố Tây Sơn.</p>",
        "<p>Ông Lý Văn Hòa, Chủ tịch UBND phường, đối thoại với nhân dân lúc 8h00 tại hội"
            + " trường UBND phường Quang Trung, số 5 phố Tây Sơn.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): \"hộ số ...\" after a name and \"ở với <kin> tại ...\" are homes;"
          + " an address given for premises someone owns (\"cửa hàng của bà A tại ...\") is not")
  void householdsLivingWithKinAndBusinesses() {
    assertThat(kinds(body("<p>Ông Khúc Văn Tiến, hộ số 9 xóm Bãi, chưa nhận tiền bồi thường.</p>")))
        .containsExactly("HOME_ADDRESS:số 9 xóm Bãi");
    assertThat(
            kinds(
                body(
                    "<p>Cháu Lều Thị Thảo, mồ côi cha, ở với ông ngoại tại số 21 ngõ 7B Trần Cung.</p>")))
        .containsExactly("HOME_ADDRESS:số 21 ngõ 7B Trần Cung");
    foundOnlyInFirst(
        FindingKind.HOME_ADDRESS,
        "<p>Hộ bà Âu Thị Lụa tại số 15 phố Đội Cấn được hỗ trợ.</p>",
        "<p>Đoàn kiểm tra phát hiện cửa hàng của bà Âu Thị Lụa tại số 15 phố Đội Cấn bán hàng giả.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind10 causes): typed without diacritics, \"Ban\" before an acronym is a board, not"
          + " \"bạn\" before a name (the folded word lists leave out \"bạn\", \"bố\", \"dì\")")
  void foldedBoardIsNoFriend() {
    assertThat(
            kindsOf(
                "<p>Moi thac mac ve ho tro xin lien he Ban QLDA quan, dien thoai 024 3766 1020.</p>"))
        .doesNotContain(FindingKind.PHONE);
  }

  @Test
  @DisplayName(
      "V-CHECK-5 (blind11 causes): a listed shortener written without a scheme is a link whatever its"
          + " top-level domain (bit.do, bom.so)")
  void bareShortenerOfAnyTopLevelDomain() {
    assertThat(
            kinds(
                body(
                    "<p>Đăng ký qua đường link rút gọn bom.so/dangky-tiem hoặc bit.do/hoithao-xa.</p>")))
        .containsExactly("LINK_SHORTENER:bom.so/dangky-tiem", "LINK_SHORTENER:bit.do/hoithao-xa");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): a number followed by its currency is money, also after an identity"
          + " word; a column headed \"Mã hồ sơ\" holds records' numbers; a CCCD may be grouped by dashes")
  void identityNumbersMoneyColumnsAndDashes() {
    assertThat(
            kinds(
                body(
                    "<p>- Bà Trịnh Thị Mơ (CMND 013 246 579), được nhận 312.500.000 đồng tiền hỗ"
                        + " trợ.</p>")))
        .containsExactly("CMND:013 246 579");
    assertThat(
            kindsOf(
                "<table><tr><td>Mã hồ sơ</td><td>Thủ tục</td></tr>"
                    + "<tr><td>001226301122</td><td>Chứng thực bản sao</td></tr></table>"))
        .doesNotContain(FindingKind.CCCD);
    assertThat(
            kinds(
                body(
                    "<table><tr><td>Họ và tên</td><td>Số CCCD</td></tr>"
                        + "<tr><td>Lã Văn Sơn</td><td>001-084-026-517</td></tr></table>")))
        .contains("CCCD:001-084-026-517");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): a plate's owner may be named in the next sentence (\"Chủ phương"
          + " tiện là ông A\"); a vehicle that \"được tạm giữ\" is no one's arrest")
  void plateOwnerNextSentenceAndHeldVehicles() {
    assertThat(
            kinds(
                body(
                    "<p>Tổ công tác lập biên bản xe ô tô biển số 30K 246.81 dừng trên làn khẩn cấp."
                        + " Chủ phương tiện là bà Quách Thị Duyên.</p>")))
        .contains("LICENCE_PLATE:30K 246.81");
    assertThat(
            kindsOf(
                "<p>Xe khách biển số 29B-135.79 do anh Mạc Văn Lực điều khiển đã được tạm giữ để"
                    + " phục vụ điều tra vụ va chạm.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): a stem and a branch (\"Tết Đinh Mùi\", \"xuân Giáp Thìn\") are a"
          + " lunar year, not a person; a light injury (\"xây xát\") of a named person is health data; a"
          + " sentence whose subject is a bare honorific (\"Ông bị ...\") speaks of the person named last")
  void lunarYearsAndLightInjuries() {
    assertThat(
            kindsOf("<p>Danh sách hộ nhận quà Tết Canh Thân thôn Phù Lưu, xóm Đồng, có 40 hộ.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Trên đường về, chị Lục Thị Hoài bị xây xát nhẹ ở chân.</p>"))
        .contains(FindingKind.HEALTH);
    assertThat(
            kinds(
                body(
                    "<p>Ông Tạ Đình Phúc, sinh năm 1938, nơi ở: xóm Trại, thôn Vĩnh Lộc. Ông bị"
                        + " mắc bệnh Parkinson, đi lại khó khăn.</p>")))
        .anyMatch(k -> k.startsWith("HEALTH:"));
  }

  @Test
  @DisplayName(
      "V-CHECK-6 (blind11 causes): a range that ends with a month is a period, like a month alone:"
          + " not past; a week of days is a range of days, its end counts")
  void monthRangesArePeriods() {
    assertThat(kindsOf("<p>Trẻ sinh từ tháng 01/2024 đến tháng 5/2026 được tiêm bổ sung.</p>"))
        .doesNotContain(FindingKind.DATE_PAST);
    assertThat(kindsOf("<p>Trong tuần từ 16/11 đến 22/11/2026, đội kiểm tra lập 12 biên bản.</p>"))
        .contains(FindingKind.DATE_PAST);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): an offence at someone's home (\"tại nhà riêng của A\") or on"
          + " works an owner builds without a permit is about them; driving \"có nồng độ cồn\" is an"
          + " offence; whose bag is snatched is the victim, not who flees")
  void criminalListsAlcoholAndVictims() {
    assertThat(
            kindsOf(
                "<p>Tối qua, Công an xã bắt quả tang một nhóm đánh bạc tại nhà riêng của Hứa Văn"
                    + " Tài ở xóm Dưới.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Ngày 02/12/2026, tổ kiểm tra trật tự xây dựng lập biên bản công trình xây dựng"
                    + " không phép tại tổ 7, của chủ đầu tư là bà Mạc Thị Hòa.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Tổ tuần tra phát hiện anh Diêm Văn Khoa điều khiển xe máy trong cơ thể có nồng"
                    + " độ cồn.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Một thanh niên đi xe máy áp sát, giật túi xách của bà Chu Thị Gấm rồi bỏ chạy"
                    + " về hướng cầu.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): an account \"của mẹ em là bà A\" after the number is A's")
  void accountOfTheKinNamedAfterIt() {
    assertThat(
            kinds(
                body(
                    "<p>- Em Phí Minh Khôi (lớp 6A) - chuyển vào STK 1903 5577 2468 Techcombank của bố"
                        + " em là ông Phí Văn Lực.</p>")))
        .contains("BANK_ACCOUNT:1903 5577 2468");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind11 causes): the papers in a lost wallet are the loser's, also a plate far"
          + " after the name")
  void lostWalletPlateIsTheLosers() {
    assertThat(
            kinds(
                body(
                    "<p>Chị Âu Thị Ngọc, trú tại tổ 12 phường Yên Hòa, trình báo đã đánh rơi chiếc ví"
                        + " màu nâu gần bến xe Mỹ Đình, trong ví có thẻ sinh viên, một ít tiền mặt và"
                        + " giấy đăng ký xe máy biển số 29X5-246.13.</p>")))
        .contains("LICENCE_PLATE:29X5-246.13");
  }

  private static List<String> summaryAndBody(String summary, String html) {
    return kinds(
        new Screener()
            .screen(new Screener.Input("Tiêu đề", summary, html, List.of(), FROM, UNTIL), RULES)
            .findings());
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): a plate's owner named in the next sentence after \"đứng tên\" or"
          + " \"mang tên\", not when that sentence has a plate of its own; the same plate in the summary"
          + " is the same owner's")
  void plateOwnerLaterInTheNextSentenceAndInOtherFields() {
    assertThat(
            kinds(
                body(
                    "<p>Chiếc xe tải biển số 29H-774.20 đỗ qua đêm trước cổng chợ. Theo đăng ký, xe"
                        + " đứng tên anh Đoàn Văn Khải.</p>")))
        .contains("LICENCE_PLATE:29H-774.20");
    assertThat(
            kinds(
                body(
                    "<p>- Xe máy BKS 29N1-552.07, chưa rõ chủ;</p><p>- Xe máy BKS 29N1-552.08, mang"
                        + " tên chị Vi Thị Hạnh.</p>")))
        .doesNotContain("LICENCE_PLATE:29N1-552.07");
    assertThat(
            summaryAndBody(
                "Tìm chủ xe 29N1-552.09 bỏ quên ở bãi xe.",
                "<p>Xe máy biển số 29N1-552.09 mang tên chị Vi Thị Hạnh.</p>"))
        .containsExactly("LICENCE_PLATE:29N1-552.09", "LICENCE_PLATE:29N1-552.09");
    assertThat(summaryAndBody("Tìm chủ xe 29N1-552.09 bỏ quên ở bãi xe.", "<p>Không rõ chủ.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): \"tổ chức\" starts no address; a land parcel after a name says"
          + " where the land lies, not the home")
  void organiseAndLandParcels() {
    assertThat(
            kindsOf("<p>Hội thi của xã Minh Quang tổ chức ngày 12/12/2026 tại sân vận động.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    foundOnlyInFirst(
        FindingKind.HOME_ADDRESS,
        "<p>Hồ sơ cấp giấy chứng nhận của hộ bà Kha Thị Mận, thôn Đồng Lạc.</p>",
        "<p>Hồ sơ cấp giấy chứng nhận của hộ bà Kha Thị Mận, thửa đất số 88, tờ bản đồ số 5,"
            + " thôn Đồng Lạc.</p>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): \"đã nộp tiền phạt\" said of a named person is a fine; a named"
          + " person who \"bị chiếm đoạt\" money is the victim")
  void paidFinesAndVictims() {
    assertThat(kindsOf("<p>Anh Khổng Minh Tài đã nộp tiền phạt tại Kho bạc.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(kindsOf("<p>Ông Đường Văn Lộc đã bị chiếm đoạt 40 triệu đồng qua mạng.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-5 (blind12 causes): a listed shortener named without a path is the service, no link")
  void shortenerNamedWithoutPath() {
    assertThat(kinds(body("<p>Mã QR giả dẫn tới bit.ly rồi sang trang lạ.</p>"))).isEmpty();
    assertThat(kinds(body("<p>Mã QR giả dẫn tới bit.ly/abc123 rồi sang trang lạ.</p>")))
        .containsExactly("LINK_SHORTENER:bit.ly/abc123");
  }

  @Test
  @DisplayName(
      "V-CHECK-6 (blind12 causes): the day a decision is handed over and a day after a cited source"
          + " (\"Theo thông báo của ..., \") are events; a range given with hours that starts in the"
          + " window is one range; \"mất liên lạc từ ngày\" is a last-seen day")
  void handedDecisionsCitedSourcesHourRangesAndLastSeen() {
    assertThat(kinds(body("<p>Thí sinh đến nhận quyết định ngày 22/12/2026 tại UBND xã.</p>")))
        .containsExactly("DATE_AFTER_WINDOW:22/12/2026");
    assertThat(kinds(body("<p>Căn cứ Quyết định ngày 22/12/2026 của UBND xã.</p>"))).isEmpty();
    assertThat(
            kinds(
                body("<p>Theo thông báo của Sở Nội vụ, công chức được nghỉ ngày 02/01/2027.</p>")))
        .containsExactly("DATE_AFTER_WINDOW:02/01/2027");
    assertThat(
            kinds(
                body(
                    "<p>Cấm đường từ 23h00 ngày 10/12/2026 đến 4h00 ngày 20/01/2027 để sửa"
                        + " cống.</p>")))
        .isEmpty();
    assertThat(kinds(body("<p>Anh Lý Văn Bình mất liên lạc từ ngày 28/11/2026.</p>")))
        .contains("DATE_PAST:28/11/2026");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): a number followed by \"của <person>\" is that person's; an account"
          + " given by a caller who \"xưng là\" an office is nobody named; a trade union's account is"
          + " the union's")
  void ownerAfterNumberImpostorsAndUnions() {
    assertThat(
            kinds(
                body(
                    "<p>Liên hệ Công an xã Tân Hội hoặc số 0977 310 452 của chị Diệp Thị Hoa.</p>")))
        .containsExactly("PHONE:0977 310 452");
    assertThat(body("<p>Liên hệ Công an xã Tân Hội hoặc số 0977 310 452 của chị Diệp Thị Hoa.</p>"))
        .allMatch(Finding::blocking);
    assertThat(
            kinds(
                body(
                    "<p>Bà con nhận điện thoại của kẻ xưng là nhân viên điện lực, bảo nộp ngay vào"
                        + " STK 0451 0007 3322.</p>")))
        .containsExactly("BANK_ACCOUNT:0451 0007 3322");
    assertThat(body("<p>Ủng hộ gửi về Công đoàn Bệnh viện, tài khoản 1150 2244 668 BIDV.</p>"))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): an offence \"do A (...) thực hiện\" is about A; \"vi phạm tương"
          + " tự\" said of a named person is an offence; suspects riding a plate, named in the next"
          + " sentence as arrested (\"đối với A\"), own it")
  void doneByNamedAfterSameOffenceAndSuspectsPlate() {
    assertThat(
            kindsOf(
                "<p>Công an đang điều tra vụ trộm cắp tài sản do Hầu Văn Lợi (sinh năm 1990)"
                    + " thực hiện.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Công an đang điều tra vụ trộm cắp tài sản do Hầu Văn Lợi (sinh năm 1990)"
                    + " tố giác.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    assertThat(kindsOf("<p>Ông Mai Văn Toản, chủ cửa hàng ở chợ Mơ, vi phạm tương tự.</p>"))
        .contains(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kinds(
                body(
                    "<p>Hai đối tượng đi xe máy biển số 88-H1 456.21 cắt trộm dây điện. Công an"
                        + " xã đã bắt quả tang đối với Lường Văn Hợi.</p>")))
        .contains("LICENCE_PLATE:88-H1 456.21");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): \"sổ hộ khẩu\" is the booklet, not a home; a war invalid after a"
          + " kinship word (\"con thương binh\") is a relative's status, not the named child's health")
  void bookletAndRelativesStatus() {
    assertThat(
            kindsOf(
                "<p>Chị Nông Thị Vân mang theo sổ hộ khẩu đến Bộ phận một cửa để làm thủ tục.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    foundOnlyInFirst(
        FindingKind.HEALTH,
        "<table><tr><td>Họ và tên</td><td>Diện</td></tr>"
            + "<tr><td>Đinh Văn Sơn</td><td>Thương binh hạng 2/4</td></tr></table>",
        "<table><tr><td>Họ và tên</td><td>Diện</td></tr>"
            + "<tr><td>Đinh Văn Sơn</td><td>Con bệnh binh</td></tr></table>");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind12 causes): a house given before its owner (\"căn nhà số 9 ngõ 12 Hào Nam của"
          + " gia đình bà A\") is her home, up to \"của\"")
  void houseBeforeItsOwner() {
    assertThat(
            kinds(
                body(
                    "<p>Đêm qua, căn nhà số 9 ngõ 12 Hào Nam của gia đình bà Khuất Thị Lan bị"
                        + " dột nặng.</p>")))
        .contains("HOME_ADDRESS:số 9 ngõ 12 Hào Nam");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): an official named after the title and its unit (\"cán bộ Địa chính -"
          + " Xây dựng: chị A\", \"Tổ trưởng Tổ an ninh và trật tự, ông A\")"
          + " or called by a bare honorific later, a number \"của\" an office or given to a \"Xí"
          + " nghiệp\", is no private person's; a private person's is, also after \"chủ TK\" or with"
          + " the unit he belongs to")
  void officialsAfterTheirUnitAndNumbersOfOffices() {
    assertThat(body("<p>Liên hệ cán bộ Địa chính - Xây dựng: chị Đào Thị Liên, 0912 406 337.</p>"))
        .isEmpty();
    assertThat(
            body(
                "<p>Mọi thắc mắc liên hệ Tổ trưởng Tổ an ninh và trật tự, ông Kha Văn Định, 0915 223"
                    + " 104.</p>"))
        .isEmpty();
    assertThat(body("<p>Anh Bình có thể liên hệ qua số 024 3766 5512 của Công an phường.</p>"))
        .isEmpty();
    assertThat(body("<p>Chị Vân gọi Xí nghiệp theo số 024 3812 7733.</p>")).isEmpty();
    assertThat(
            body(
                "<p>Bà Trần Thị Mùi, Tổ trưởng tổ dân phố 8, đã nhiều năm làm công tác hòa giải. Bà"
                    + " con có thể gọi bà qua số 0916 552 018.</p>"))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<p>Cụ Lò Văn Én, 80 tuổi, sống một mình. Hàng xóm có thể gọi cụ qua số 0912 345"
                        + " 671.</p>")))
        .containsExactly("PHONE:0912 345 671");
    assertThat(
            kinds(
                body(
                    "<p>Xin chuyển vào tài khoản Agribank số 1500 2050 1234, chủ TK Cấn Văn Lộc, điện"
                        + " thoại 0934 227 190.</p>")))
        .containsExactly("BANK_ACCOUNT:1500 2050 1234", "PHONE:0934 227 190");
    assertThat(
            body(
                "<p>Đăng ký mua cây giống liên hệ chị Ngô Thị Hoa, hội viên Hội Nông dân, số 0978 114"
                    + " 205.</p>"))
        .singleElement()
        .satisfies(f -> assertThat(f.blocking()).isTrue());
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): a plate in the lost wallet of the sentence before (\"Trong túi có"
          + " ...\") is the loser's; \"... của bà\" after a plate is the woman named before")
  void plateInTheWalletLostBeforeAndOfABareHonorific() {
    assertThat(
            kinds(
                body(
                    "<p>Chị Phùng Thị Mơ để quên túi xách trên taxi. Trong túi có giấy đăng ký xe máy"
                        + " biển số 29-K2 516.08 và ít tiền mặt.</p>")))
        .containsExactly("LICENCE_PLATE:29-K2 516.08");
    assertThat(
            kinds(
                body(
                    "<p>Bà Nông Thị Huế đi chợ. Chiếc xe máy biển số 29-K2 516.09 của bà bị cháy"
                        + " trụi.</p>")))
        .containsExactly("LICENCE_PLATE:29-K2 516.09");
    assertThat(body("<p>Trong túi có giấy đăng ký xe máy biển số 29-K2 516.08.</p>")).isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): \"bị lập biên bản\", \"bị truy tìm\", \"đã trộm\" said of a"
          + " named person, gambling \"bằng hình thức ... tại nhà riêng của\" a person; an office that"
          + " draws up a report is no offender")
  void reportsDrawnUpWantedAndGamblingAtHome() {
    assertThat(
            kinds(
                body(
                    "<p>Ông Tạ Văn Lành bị lập biên bản do bán hàng dưới lòng đường.</p><p>Hà Văn Đông"
                        + " là đối tượng bị truy tìm.</p><p>Ông Kim Văn Hưng khai đã trộm 2 chiếc xe"
                        + " đạp.</p>")))
        .containsExactly(
            "CRIMINAL_RECORD:bị lập biên bản",
            "CRIMINAL_RECORD:bị truy tìm",
            "CRIMINAL_RECORD:đã trộm");
    assertThat(body("<p>Tổ công tác đã lập biên bản vi phạm và nhắc nhở các hộ kinh doanh.</p>"))
        .isEmpty();
    assertThat(
            kinds(
                body(
                    "<p>Công an phát hiện 5 người đánh bạc bằng hình thức tá lả tại nhà riêng của Phan"
                        + " Văn Hậu.</p>")))
        .containsExactly("CRIMINAL_RECORD:đánh bạc");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): typed without diacritics, \"noi thuong tru\" is \"nơi\" (place),"
          + " not \"nói\" (speech) that would make the person a speaker; \"trẻ sinh năm\" after an"
          + " official's name is a cohort, no one's birth")
  void foldedPlaceWordAndCohortAfterAName() {
    assertThat(
            kinds(
                body(
                    "<p>Ong Luong Van Hieu, sinh ngay 02/3/1990, noi thuong tru: thon Dong, CCCD so"
                        + " 001090 012 345, bi truy na ve toi lua dao.</p>")))
        .contains("CRIMINAL_RECORD:truy na ve toi lua dao");
    assertThat(
            body(
                "<p>Bác sĩ Lê Văn Tâm, Trưởng trạm, mời các gia đình có trẻ sinh năm 2026 đưa trẻ đi"
                    + " tiêm.</p>"))
        .isEmpty();
    assertThat(kinds(body("<p>Bé Lê Văn An, sinh năm 2024, ở thôn Đông.</p>")))
        .contains("DATE_OF_BIRTH:2024");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): an office named between a person and an address owns the"
          + " address (\"A liên hệ Công an phường X, số 1 phố Y\"); a named child's \"chữa bệnh\" is"
          + " health data")
  void officeAddressAfterAPersonAndTreatment() {
    assertThat(
            kindsOf(
                "<p>Đề nghị bà Khúc Thị Mai liên hệ Công an phường Láng, số 5 phố Chùa Láng, để nhận"
                    + " lại giấy tờ.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(kinds(body("<p>Bà Khúc Thị Mai, số 12 ngõ 4 Hào Nam, xin trợ giúp.</p>")))
        .contains("HOME_ADDRESS:số 12 ngõ 4 Hào Nam");
    assertThat(kinds(body("<p>Gia đình anh Mẫn Văn Tú cần tiền chữa bệnh cho bé.</p>")))
        .contains("HEALTH:chữa bệnh");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind13 causes): an account given as the other way to pay a unit's treasurer"
          + " (\"nộp cho bà A (thủ quỹ) hoặc chuyển khoản ...\") is the fund's; without the treasurer"
          + " it is still an unnamed account (a warning)")
  void accountAsTheOtherWayToPayATreasurer() {
    assertThat(
            body(
                "<p>Các hộ nộp tiền cho bà Lê Thị Tâm (thủ quỹ) hoặc chuyển khoản số tài khoản 1903"
                    + " 5566 7788 99 Techcombank.</p>"))
        .isEmpty();
    assertThat(
            body(
                "<p>Các hộ nộp tiền cho bà Lê Thị Tâm hoặc chuyển khoản số tài khoản 1903 5566 7788"
                    + " 99 Techcombank.</p>"))
        .singleElement()
        .satisfies(f -> assertThat(f.blocking()).isFalse());
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): whom a measure is taken against (\"cơ sở cai nghiện bắt buộc đối"
          + " với A\") is a person, not the business before; dumping waste, building without a"
          + " permit and selling counterfeit goods said of a named person are criminal-record data")
  void measureAgainstAPersonAndViolationsWithoutAnOffenceWord() {
    assertThat(
            kinds(
                body(
                    "<p>Tòa án quyết định đưa vào cơ sở cai nghiện bắt buộc đối với Hà Văn Tùng, SN"
                        + " 1990.</p>")))
        .contains("CRIMINAL_RECORD:cai nghiện bắt buộc", "DATE_OF_BIRTH:1990");
    assertThat(kinds(body("<p>Ông Kiều Văn Bình đổ phế thải ra bờ mương.</p>")))
        .contains("CRIMINAL_RECORD:đổ phế thải");
    assertThat(kinds(body("<p>Chị Vi Thị Hằng bán hàng giả tại chợ.</p>")))
        .contains("CRIMINAL_RECORD:bán hàng giả");
    assertThat(kinds(body("<p>Ông Tạ Văn Hòa xây nhà không có giấy phép.</p>")))
        .contains("CRIMINAL_RECORD:không có giấy phép");
    // the owner named after the offence, past a place's name that reads like an organisation
    assertThat(
            kinds(
                body(
                    "<p>Đoàn kiểm tra phát hiện công trình không có giấy phép tại thôn Thượng Hội"
                        + " của chủ đầu tư là bà Lê Thị Sen.</p>")))
        .contains("CRIMINAL_RECORD:không có giấy phép");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): typed without diacritics, \"tien su benh\" is a medical history"
          + " and a capitalised word inside a street's name (\"pho Quoc Tu Giam\") is no offence;"
          + " a wound and a lost limb of a named person are health data")
  void foldedHistoryAndStreetNamesAndWounds() {
    assertThat(
            kindsOf(
                "<p>Anh Trinh Van Long co tien su benh hen suyen, hien dang o nha cung vo con.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD)
        .contains(FindingKind.HEALTH);
    assertThat(
            kindsOf(
                "<p>Ong Kieu Van Son den nhan lai giay to tai so 5 pho Quoc Tu Giam vao sang thu"
                    + " Hai.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    assertThat(kinds(body("<p>Anh Phùng Văn Hải bị rách da tay.</p>"))).contains("HEALTH:bị rách");
    assertThat(kinds(body("<p>Ông Lò Văn Pao bị mất một chân do bom mìn.</p>")))
        .contains("HEALTH:mất một chân");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): \"dòng họ A\" is a clan, not a person; \"tổ trưởng là bà A\""
          + " names the office's holder (an official at work), \"trưởng nhóm là chị A\" a group's"
          + " leader (a private person)")
  void clanAndTheHolderNamedAfterTheTitle() {
    assertThat(kindsOf("<p>Dòng họ Lê Đình thôn Yên Phú họp mặt cuối năm.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(body("<p>Cần hỗ trợ xin gọi tổ trưởng là ông Đàm Văn Khoa, 0912 447 803.</p>"))
        .noneMatch(Finding::blocking);
    assertThat(kinds(body("<p>Liên hệ trưởng nhóm là chị Lê Thu Trang, 0912 447 803.</p>")))
        .contains("PHONE:0912 447 803");
  }

  @Test
  @DisplayName(
      "V-CHECK-4, V-CHECK-6 (blind14 causes): a home given before its owner as a flat or with a"
          + " comma inside; \"nơi cư trú từ tháng ...\" says when, not where; a month given as an"
          + " end (\"đến hết tháng 1/2027\") ends something already on, a day given so is a deadline")
  void flatsBeforeTheirOwnerAndMonthEnds() {
    assertThat(
            kinds(
                body(
                    "<p>Cháy căn hộ 1203 tòa B khu đô thị Linh Đàm của gia đình anh Ngô Văn"
                        + " Tú.</p>")))
        .contains("HOME_ADDRESS:1203 tòa B khu đô thị Linh Đàm");
    assertThat(
            kinds(
                body(
                    "<p>Bồi thường cho ngôi nhà số 8 xóm Đông, thôn Cổ Điển của ông Hà Văn"
                        + " Sơn.</p>")))
        .contains("HOME_ADDRESS:số 8 xóm Đông, thôn Cổ Điển");
    assertThat(kindsOf("<p>Bà Lều Thị Hoa bỏ đi khỏi nơi cư trú từ tháng 5/2022 đến nay.</p>"))
        .doesNotContain(FindingKind.HOME_ADDRESS);
    assertThat(kindsOf("<p>Đợt khám sàng lọc kéo dài đến hết tháng 1/2027.</p>"))
        .doesNotContain(FindingKind.DATE_AFTER_WINDOW);
    assertThat(kindsOf("<p>Nhận hồ sơ đến hết ngày 28/12/2026.</p>"))
        .contains(FindingKind.DATE_AFTER_WINDOW);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): a capitalised run that opens with an organisation's word (\"Quỹ"
          + " ...\") is that organisation; an office holder's account given as the other way to"
          + " give (\"Hoặc chuyển khoản cho ông A (tổ trưởng)\") is the collection's; a full date in"
          + " brackets after a name is a birth date; \", số CMT ...\" ends a home address")
  void fundsOfficeHoldersAccountsAndDatesAfterANames() {
    assertThat(
            body(
                "<p>Ủng hộ Quỹ Vì người nghèo phường: số tài khoản 1234 5678 9012 Vietcombank, chủ"
                    + " tài khoản Quỹ Vì người nghèo phường Láng.</p>"))
        .noneMatch(Finding::blocking);
    assertThat(
            body(
                "<p>Mọi đóng góp chuyển về tài khoản của Ủy ban MTTQ phường Láng, số tài khoản 1180"
                    + " 2260 1111 tại BIDV.</p><p>Hoặc chuyển khoản cho ông Vũ Văn Tiến (tổ trưởng"
                    + " tổ 5), STK 0451 0003 12345 Vietcombank.</p>"))
        .noneMatch(Finding::blocking);
    assertThat(kinds(body("<p>1. Chị Tống Thị Mai (12/03/1995), quê quán xã Tiến Thắng.</p>")))
        .contains("DATE_OF_BIRTH:12/03/1995");
    assertThat(kinds(body("<p>Bà Nông Thị Lan, số 4 ngõ 9 thôn Kim Lũ, số CMT 011 222 333.</p>")))
        .contains("HOME_ADDRESS:số 4 ngõ 9 thôn Kim Lũ", "CMND:011 222 333");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): a plate in a wallet whose loss is reported (\"báo mất ví\"), a"
          + " plate ridden by an unnamed young man named next as arrested, and a plate in a record"
          + " whose name is labelled as the vehicle's registered owner (not one who handed it in)")
  void platesOfLosersSuspectsAndRegisteredOwners() {
    assertThat(
            kinds(
                body(
                    "<p>Anh Tô Văn Hùng báo mất ví ngày 04/12/2026, trong có đăng ký xe ô tô biển"
                        + " số 30L-123.45.</p>")))
        .contains("LICENCE_PLATE:30L-123.45");
    assertThat(
            kinds(
                body(
                    "<p>Tổ công tác phát hiện một nam thanh niên điều khiển xe máy biển số"
                        + " 29E1-111.22 có biểu hiện nghi vấn.</p><p>Công an phường đã bắt giữ đối"
                        + " với Lò Văn Tính.</p>")))
        .contains("LICENCE_PLATE:29E1-111.22");
    assertThat(
            kinds(
                body(
                    "<p>Họ tên người đăng ký xe: Đàm Thị Hoa</p><p>Năm sinh: 1990</p><p>Biển số"
                        + " xe: 29-K1 222.33</p>")))
        .contains("LICENCE_PLATE:29-K1 222.33");
    assertThat(
            kindsOf(
                "<p>Họ tên người giao nộp: Đàm Thị Hoa</p><p>Năm sinh: 1990</p><p>Tài sản: xe máy"
                    + " biển số 29-K1 222.33</p>"))
        .doesNotContain(FindingKind.LICENCE_PLATE);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): the bank named right after an account number owns neither it nor"
          + " the phone after it; a capitalised word of a village's name (\"thôn Hội Xá\") is no"
          + " organisation between a person and their number")
  void banksOfAccountsAndVillageNamesOwnNoNumber() {
    assertThat(
            kinds(
                body(
                    "<p>Xin gửi giúp đỡ cho chị Lục Thị Vân, STK 1026 8853 0001 ngân hàng MB, điện"
                        + " thoại 0979 630 111.</p>")))
        .contains("PHONE:0979 630 111");
    assertThat(
            kinds(
                body(
                    "<table><tr><td>Chủ hộ</td><td>Thôn</td><td>Số điện thoại</td></tr><tr><td>Quách"
                        + " Thị Nhài</td><td>thôn Hội Xá</td><td>0348 215 111</td></tr></table>")))
        .contains("PHONE:0348 215 111");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind14 causes): a bare honorific subject stands for the person named before even"
          + " when a school is named after them, but not when an unnamed one (\"một cháu bé\") was"
          + " brought in after the name")
  void bareSubjectsSkipSchoolsAndUnnamedNewcomers() {
    assertThat(
            kinds(
                body(
                    "<p>Em Lã Thị Mơ, học sinh lớp 6 Trường THCS Vân Nội, ở thôn Đông. Em bị khiếm"
                        + " thính từ nhỏ.</p>")))
        .contains("HEALTH:khiếm thính");
    assertThat(
            kindsOf(
                "<p>Chiều qua, anh Tạ Văn Long (trú tại ngõ 5 Âu Cơ) đã kéo một cháu bé khỏi dòng"
                    + " nước lũ. Cháu bé được đưa đi cấp cứu kịp thời.</p>"))
        .doesNotContain(FindingKind.HEALTH);
    assertThat(
            kinds(
                body(
                    "<p>Chiều qua, anh Tạ Văn Long đã ngã xe. Anh được đưa đi cấp cứu kịp"
                        + " thời.</p>")))
        .contains("HEALTH:đưa đi cấp cứu");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): a flight word is whoever fled: a vehicle brought in as the subject"
          + " (\"bị một xe tải tông ... rồi bỏ chạy\", \"; xe con sau đó bỏ chạy\") or the one whose"
          + " vehicle was hit flees not; a victim (\"là bị hại trong vụ ...\") is no offender")
  void flightOfAVehicleAndVictimsAreNoOffence() {
    assertThat(
            kindsOf(
                "<p>Tối qua, chị Đào Thị Hạnh đi bộ qua đường thì bị một xe tải tông phải rồi bỏ"
                    + " chạy.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Một xe khách va chạm với xe đạp của cháu Phí Minh Tâm rồi bỏ chạy về hướng"
                    + " cầu.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kindsOf(
                "<p>Xe máy của anh Trịnh Văn Sơn (trú tại thôn Đoài) bị quệt; xe con sau đó bỏ"
                    + " chạy.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    finds("<p>Anh Phí Văn Tâm gây tai nạn rồi bỏ chạy khỏi hiện trường.</p>", "CRIMINAL_RECORD:");
    assertThat(
            kindsOf(
                "<p>Công an mời bà Kim Thị Lụa (ở ngõ 3 Chùa Láng) là bị hại trong vụ án lừa đảo qua"
                    + " mạng đến làm việc.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): a table's heading (\"Tội danh\") names a column, the cell below"
          + " is the data; a word of an institution's name (\"Cơ sở cai nghiện ...\") is no one's"
          + " data; a line that announces a record (\"như sau\") and advice (\"không tự ý bắt"
          + " giữ\") state nothing; a complaint \"về việc lấn chiếm\" accuses not its author")
  void headingsInstitutionsAnnouncementsAndComplaintsAreNoOffence() {
    assertThat(
            kinds(
                body(
                    "<table><tr><th>Họ tên</th><th>Tội danh</th></tr><tr><td>Đoàn Văn Nhất</td>"
                        + "<td>Trộm cắp tài sản</td></tr></table>")))
        .anyMatch(k -> k.startsWith("CRIMINAL_RECORD:Trộm cắp"))
        .noneMatch(k -> k.contains("Tội danh"));
    assertThat(kindsOf("<p>Bà Phan Thị Yến nấu ăn ở Cơ sở cai nghiện ma túy số 5 từ 2010.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
    assertThat(
            kinds(
                body(
                    "<p>Công an quận truy nã bị can Lò Văn Chiến. Dưới đây là thông tin về bị can"
                        + " như sau:</p><p>Ai gặp thì báo công an, không tự ý bắt giữ đối"
                        + " tượng.</p>")))
        .filteredOn(k -> k.startsWith("CRIMINAL_RECORD:"))
        .hasSize(1);
    assertThat(
            kindsOf(
                "<p>Ông Vi Văn Toàn gửi đơn kiến nghị về việc lấn chiếm lối đi chung của xóm.</p>"))
        .doesNotContain(FindingKind.CRIMINAL_RECORD);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): an offence told as what was done: encroaching (\"lấn chiếm\"),"
          + " building otherwise than the permit (\"sai nội dung giấy phép\"), an admitted theft"
          + " (\"thừa nhận trộm ...\"), a blow told by where it landed (\"đánh vào đầu\"), unlawful"
          + " works \"..., của ông A\"; a notice to find someone (\"truy tìm\")")
  void offencesToldAsWhatWasDone() {
    finds(
        "<p>Hộ ông Lạc Văn Hùng đã dựng quán lấn chiếm lối đi 2 m.</p>",
        "CRIMINAL_RECORD:lấn chiếm");
    finds(
        "<p>Bà Lưu Thị Liên, chủ nhà số 8, đã xây sai nội dung giấy phép, thêm một" + " tum.</p>",
        "CRIMINAL_RECORD:sai nội dung giấy phép");
    finds(
        "<p>Anh Hà Văn Cường, 30 tuổi, đã thừa nhận trộm hai con dê.</p>",
        "CRIMINAL_RECORD:thừa nhận trộm");
    finds(
        "<p>Lỗ Văn Tài đã cầm chai đánh vào đầu anh Mai Văn Bảo.</p>",
        "CRIMINAL_RECORD:đánh vào đầu");
    finds(
        "<p>Xã lập biên bản đối với nhà xưởng rộng 300 m², xây dựng trái phép trên đất"
            + " nông nghiệp, của ông Diệp Văn Thuận, trú tại thôn Hạ.</p>",
        "CRIMINAL_RECORD:");
    finds("<p>Công an thông báo truy tìm đối tượng Cao Văn Lộc.</p>", "CRIMINAL_RECORD:truy tìm");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): \"bệnh nhân\" is a role word for whom it names (\"bệnh nhân là"
          + " ông A\", a list after it), never the subject before (\"nấu cháo cho bệnh nhân nghèo\");"
          + " \"phát hiện mắc ...\" is found about the subject; muscles, bones, wounds and bites;"
          + " \"gây thương tích cho ...\" is who hurt, not who is hurt")
  void patientsDiagnosesWoundsAndHurtingOthers() {
    assertThat(kindsOf("<p>Bà Hồ Thị Nga nấu cháo miễn phí cho bệnh nhân nghèo.</p>"))
        .doesNotContain(FindingKind.HEALTH);
    finds("<p>Xác minh cho thấy bệnh nhân là ông Tô Văn Lộc, 70 tuổi.</p>", "HEALTH:bệnh nhân");
    finds(
        "<p>Ông Chu Văn Hải, 60 tuổi, ở xóm Trại, phát hiện mắc ung thư phổi từ tháng"
            + " trước.</p>",
        "HEALTH:");
    finds("<p>Em Doãn Thị Hoa bị teo cơ từ nhỏ.</p>", "HEALTH:");
    finds("<p>Anh Ma Văn Quý bị vỡ xương đòn.</p>", "HEALTH:");
    finds("<p>Chị Lê Thị Thơm bị vết thương ở cổ tay.</p>", "HEALTH:");
    finds("<p>Cháu Hứa Văn An bị mèo cắn vào ngón tay.</p>", "HEALTH:");
    assertThat(
            kindsOf("<p>Ông Tôn Văn Lực bị phạt tiền vì gây thương tích cho người hàng xóm.</p>"))
        .doesNotContain(FindingKind.HEALTH);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): who has a vehicle told right after its plate: a person (\"mà A"
          + " dùng\", \"được ông A trúng đấu giá\"), or an organisation or someone unnamed"
          + " (\"đứng tên Công ty B\", \"do một doanh nghiệp\"), not the person named before")
  void vehicleHolderToldAfterThePlate() {
    assertThat(
            kinds(
                body(
                    "<p>Công an bắt Lò Văn Khánh. Chiếc xe máy biển số 29-X1 123.45 mà Khánh dùng đã"
                        + " bị thu giữ.</p>")))
        .contains("LICENCE_PLATE:29-X1 123.45");
    assertThat(
            kinds(
                body(
                    "<p>Biển số 30A-777.77 được ông Quan Văn Đạt, ở phường Láng, trúng đấu giá.</p>")))
        .contains("LICENCE_PLATE:30A-777.77");
    assertThat(
            kindsOf(
                "<p>Xe máy biển số 29C1-111.22 đứng tên bà Y Thị Nụ; xe tải biển số 29H-333.44"
                    + " đứng tên Công ty TNHH Ánh Dương.</p>"))
        .containsOnlyOnce(FindingKind.LICENCE_PLATE);
    assertThat(
            kindsOf(
                "<p>Ông Đinh Văn Mạnh cho biết biển số 30K-666.66 do một doanh nghiệp trúng đấu"
                    + " giá.</p>"))
        .doesNotContain(FindingKind.LICENCE_PLATE);
  }

  @Test
  @DisplayName(
      "V-CHECK-5 (blind15 causes): \"đăng ký ngày ...\" is a registration deadline, not a signing"
          + " (\"ký ngày ...\" of a document)")
  void registrationIsNoSigning() {
    assertThat(kinds(body("<p>Các đội đăng ký dự giải, hạn chót đăng ký ngày 08/01/2027.</p>")))
        .contains("DATE_AFTER_WINDOW:08/01/2027");
    assertThat(kindsOf("<p>Văn bản do Chủ tịch phường ký ngày 20/11/2026.</p>"))
        .doesNotContain(FindingKind.DATE_PAST);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 (blind15 causes): \"chủ tài khoản Hội Khuyến học xã ...\": the association is the"
          + " holder, no person \"Hội Khuyến\"")
  void studyPromotionAssociationHoldsItsAccount() {
    assertThat(
            kindsOf(
                "<p>Xin ủng hộ qua tài khoản số 1500 3300 4455 tại Vietcombank, chủ tài khoản Hội"
                    + " Khuyến học xã Đông Anh.</p>"))
        .doesNotContain(FindingKind.BANK_ACCOUNT);
  }

  /** A finding whose kind and passage start so ("CRIMINAL_RECORD:lấn chiếm"). */
  private static void finds(String html, String kindAndPassageStart) {
    assertThat(kinds(body(html))).anyMatch(k -> k.startsWith(kindAndPassageStart));
  }
}
