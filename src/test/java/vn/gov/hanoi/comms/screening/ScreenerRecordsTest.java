package vn.gov.hanoi.comms.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Criminal-record, health, date and identity-card findings whose causes blind16 showed (its one
 * blind run, docs/prechecks.md): offences told as what was done, whose act a word is, which
 * sentence speaks of whom, and the dates an opening clause was mistaken for a letterhead. Written
 * in other words than the evaluation articles.
 */
class ScreenerRecordsTest {
  /** The findings of a body screened as ScreenerTest does (1-15 December 2026), as KIND:passage. */
  private static List<String> body(String html) {
    return ScreenerTest.kinds(ScreenerTest.body(html));
  }

  private static List<String> of(String kind, List<String> findings) {
    return findings.stream().filter(f -> f.startsWith(kind + ":")).toList();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind16 causes): offences told as what was done: a weapon used on"
          + " a person, drugs by their names, accounts sold to criminals, faked trade marks, an"
          + " indictment, an administrative measure, speeding by a driver, storeys built beyond the"
          + " permit")
  void offencesToldAsWhatWasDone() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Giữa Lò Văn Khiêm và anh Tạ Minh Sơn nảy sinh cãi vã. Khiêm dùng hung khí"
                        + " gây thương tích cho anh Sơn.</p>")))
        .containsExactly("CRIMINAL_RECORD:dùng hung khí");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Tổ tuần tra thấy Mạc Văn Thiện (SN 1992) giấu 5 gói hêrôin trong yên"
                        + " xe.</p>")))
        .containsExactly("CRIMINAL_RECORD:hêrôin");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Ông Đoàn Văn Hậu gom thẻ ngân hàng của người quen rồi bán cho các đối"
                        + " tượng chiếm đoạt tiền.</p>")))
        .hasSize(1);
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Đoàn kiểm tra kiểm tra xe khách biển số 30F-118.42 do ông Lạc Văn Nghĩa"
                        + " điều khiển, phát hiện 40 thùng rượu giả nhãn hiệu.</p>")))
        .containsExactly("CRIMINAL_RECORD:giả nhãn hiệu");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Viện kiểm sát đã ra cáo trạng truy tố Lê Thị Ngân về hành vi gian dối.</p>")))
        .containsExactly("CRIMINAL_RECORD:truy tố");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Hội đồng quyết định áp dụng biện pháp xử lý hành chính đối với chị Giàng"
                        + " Thị Mỷ.</p>")))
        .containsExactly("CRIMINAL_RECORD:xử lý hành chính");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Tài xế Phan Văn Lực lái xe tải chạy quá tốc độ trên Quốc lộ 6.</p>"
                        + "<p>2. Xe 29A-556.10, chủ phương tiện ông Vy Văn Kha, lỗi chạy quá tốc"
                        + " độ.</p>")))
        .as("speeding said of a driver, not a camera's fault on an owner's plate")
        .containsExactly("CRIMINAL_RECORD:quá tốc độ");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Ông Hoàng Văn Đức xây vượt 3 tầng so với giấy phép.</p>")))
        .containsExactly("CRIMINAL_RECORD:xây vượt");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind16 causes): the owner of what was taken is its victim, the"
          + " one whose vehicle was hit does not flee, and the rights of the accused are no record")
  void victimsAndRightsAreNoOffence() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Một người lạ đã lấy trộm chiếc điện thoại của anh Chu Văn Thanh tại"
                        + " bến xe.</p>")))
        .isEmpty();
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Một xe tải va chạm với xe máy do chị Mông Thị Hoa điều khiển rồi bỏ"
                        + " chạy.</p>")))
        .isEmpty();
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Tòa tuyên phạt bị cáo Thân Văn Bảo 2 năm tù.</p>"
                        + "<p>Bị cáo có quyền kháng cáo bản án trong 15 ngày.</p>")))
        .hasSize(1);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD, DATE_OF_BIRTH (blind16 causes): whom the sentence is about: the"
          + " owner after \"Chủ cửa hàng là\" is a person, the accused after a police unit's name"
          + " holds no office, and a three-word name is later called by its last two words (not"
          + " inside a business's name)")
  void whomTheSentenceIsAbout() {
    assertThat(body("<p>Chủ cửa hàng là Lương Văn Định (SN 1980) đã bị xử phạt 5 triệu đồng.</p>"))
        .contains("DATE_OF_BIRTH:1980", "CRIMINAL_RECORD:bị xử phạt");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Phòng Cảnh sát điều tra Công an tỉnh mời bị can Quản Thị Lệ đến làm"
                        + " việc.</p>")))
        .containsExactly("CRIMINAL_RECORD:bị can");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Tổ công tác đưa Trần Minh Khôi về trụ sở.</p><p>Công an phường đã lập"
                        + " biên bản và xử phạt Minh Khôi 4 triệu đồng.</p>")))
        .containsExactly("CRIMINAL_RECORD:xử phạt");
    assertThat(
            of(
                "HOME_ADDRESS",
                body(
                    "<p>Bà Vũ Thanh Hà, Giám đốc Công ty TNHH Thực phẩm Sạch Thanh Hà (địa chỉ"
                        + " số 5 Lê Duẩn), tặng 200 suất quà.</p>")))
        .as("\"Thanh Hà\" ends the company's name: no alias of the director")
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 HEALTH (blind16 causes): blindness and broken ribs; a speaker who speaks of"
          + " herself (\"bản thân\"); the subject far back in a long sentence; not unnamed people"
          + " counted, nor papers forged")
  void healthOfWhom() {
    assertThat(of("HEALTH", body("<p>Cụ Lại Thị Huê bị lòa mắt từ nhiều năm nay.</p>")))
        .containsExactly("HEALTH:bị lòa");
    assertThat(of("HEALTH", body("<p>Anh Tô Văn Phát ngã từ mái nhà, gãy 2 xương sườn.</p>")))
        .containsExactly("HEALTH:xương sườn");
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Chị Hầu Thị Duyên kể lại, bản thân từng mắc ung thư tuyến giáp nên"
                        + " thấu hiểu người bệnh.</p>")))
        .containsExactly("HEALTH:ung thư");
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Ông Đinh Công Tráng, sinh năm 1950, thường trú tại thôn Đông, xã Tân"
                        + " Lập, nguyên là thợ cả của hợp tác xã mộc, được Hội Người cao tuổi"
                        + " tặng quà trong dịp cuối năm vì đã ngoài 75 tuổi lại đang mắc bệnh"
                        + " hiểm nghèo.</p>")))
        .hasSize(1);
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Tài xế Kha Văn Lâm lái xe đâm vào trạm chờ làm 3 người bị"
                        + " thương.</p>")))
        .isEmpty();
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Ông Ninh Văn Toản đã làm giả giấy chứng nhận thương binh để nhận trợ"
                        + " cấp.</p>")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-6 DATE_PAST (blind16 causes): an opening clause before the date (\"Theo hồ sơ,"
          + " ngày ...\") is no letterhead, a place's name is (\"Hà Nội, ngày ...\"); an appeal's"
          + " date is a document's")
  void openingClausesAndAppeals() {
    assertThat(
            of(
                "DATE_PAST",
                body(
                    "<p>Theo kết luận điều tra, ngày 20/10/2026, Sơn đã lừa bán chiếc xe.</p>"
                        + "<p>Cụ thể, ngày 21/10/2026, đoàn kiểm tra làm việc tại chợ.</p>")))
        .containsExactly("DATE_PAST:20/10/2026", "DATE_PAST:21/10/2026");
    assertThat(
            of(
                "DATE_PAST",
                body(
                    "<p>Hà Nội, ngày 20/11/2026</p><p>Hưởng ứng Lời kêu gọi ngày 22/11/2026 của"
                        + " Ủy ban MTTQ Việt Nam thành phố, xã phát động quyên góp.</p>")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CMND (blind16 causes): \"Số chứng minh\" without \"nhân dân\" names a 9-digit card")
  void identityCardCalledShort() {
    assertThat(body("<p>Số chứng minh 013548276 của bà Nông Thị Ước dùng để nhận tiền.</p>"))
        .contains("CMND:013548276");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 DATE_OF_BIRTH (blind16 causes): a file name joins a name's words by underscores"
          + " (\"ho_so_Tran_Thi_Hoa_sn1975.pdf\", named in a summary with diacritics): the name is read, and"
          + " the birth year after it")
  void birthYearInAFileName() {
    List<Finding> f =
        new Screener()
            .screen(
                new Screener.Input(
                    "Hồ sơ trợ cấp",
                    "Chi tiết trong tệp ho_so_Tran_Thi_Hoa_sn1975.pdf gửi kèm thông báo.",
                    "<p>Xem tệp đính kèm.</p>",
                    List.of(),
                    Instant.parse("2026-12-01T01:00:00Z"),
                    Instant.parse("2026-12-15T15:00:00Z")),
                new Screener.Rules(List.of("gov.vn"), Set.of()))
            .findings();
    assertThat(ScreenerTest.kinds(f)).containsExactly("DATE_OF_BIRTH:1975");
    assertThat(f.get(0).field()).isEqualTo(Field.SUMMARY);
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind17 causes): offences told as what was done: a blow told by"
          + " where it landed, usury told by its unlawful gain, things smashed, a report drawn up"
          + " against a named person")
  void blind17OffencesToldAsActs() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Trong lúc cãi nhau, Hà Văn Lực cầm ống tuýp đánh vào vai ông Kha.</p>")))
        .containsExactly("CRIMINAL_RECORD:đánh vào vai");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Từ năm 2025, Nông Thị Hoa cho tiểu thương vay với lãi 1%/ngày, thu lợi"
                        + " bất chính 90 triệu đồng.</p>")))
        .containsExactly("CRIMINAL_RECORD:thu lợi bất chính");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Say rượu, Lò Văn Khải đập vỡ cửa kính quán nước của hàng xóm.</p>")))
        .containsExactly("CRIMINAL_RECORD:đập vỡ");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Tổ tuần tra lập biên bản vi phạm đối với anh Quan Văn Đạt, người điều khiển"
                        + " xe có nồng độ cồn vượt mức.</p>")))
        .hasSize(1)
        .allMatch(f -> f.startsWith("CRIMINAL_RECORD:lập biên bản vi phạm"));
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind17 causes): \"A ... giật đồ của B rồi bỏ chạy\": the flight"
          + " is the snatcher's, named before the victim; \"..., xe con sau đó bỏ chạy\": a vehicle"
          + " brought in after a comma flees, not the person named before")
  void snatcherAndFleeingVehicle() {
    List<Finding> snatched =
        ScreenerTest.body(
            "<p>Tối qua, Đinh Văn Hậu đi xe máy vượt lên, giật chiếc điện thoại của bà Mã Thị"
                + " Lan rồi bỏ chạy.</p>");
    assertThat(snatched)
        .filteredOn(f -> f.kind() == FindingKind.CRIMINAL_RECORD)
        .singleElement()
        .satisfies(f -> assertThat(f.detail()).contains("Đinh Văn Hậu").doesNotContain("Mã Thị"));
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Xe đạp do ông Quàng Văn Sử đi va chạm với một xe con màu trắng, xe con sau"
                        + " đó bỏ chạy về hướng cầu.</p>")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-6 DATE_AFTER_WINDOW (blind17 causes): two months joined (\"tháng 12/2026 và tháng"
          + " 01/2027\") are one period where it starts while the text is out; two months both"
          + " after the window stay two events")
  void joinedMonths() {
    assertThat(
            of(
                "DATE_AFTER_WINDOW",
                body(
                    "<p>Xã chi trả trợ cấp người có công tháng 12/2026 và tháng 01/2027 một lần,"
                        + " từ ngày 03/12/2026.</p>")))
        .isEmpty();
    assertThat(
            of(
                "DATE_AFTER_WINDOW",
                body("<p>Hai đợt tiêm chủng dự kiến vào tháng 02/2027 và tháng 03/2027.</p>")))
        .containsExactly("DATE_AFTER_WINDOW:tháng 02/2027", "DATE_AFTER_WINDOW:tháng 03/2027");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind17 causes): a name right after \"truy tìm\" is whom the"
          + " office before it seeks (\"Phòng Cảnh sát hình sự ... đang truy tìm A\"), not an office"
          + " holder")
  void soughtByAnOffice() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Phòng Cảnh sát hình sự Công an thành phố đang truy tìm Hứa Văn Khoa,"
                        + " sinh năm 1990, quê xã Tiên Phong.</p>")))
        .containsExactly("CRIMINAL_RECORD:truy tìm");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind18 causes): offences told as what was done: a bribe taken,"
          + " papers faked (\"lập khống\"), anything done unlawfully (\"trái phép\"), a name carved on"
          + " a monument, stealing told by its errand, an enforced decision, a report drawn up with"
          + " its agent between")
  void blind18OffencesToldAsActs() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Năm 2025, Mạc Thị Hòe nhận hối lộ 80 triệu đồng của một nhà thầu.</p>")))
        .containsExactly("CRIMINAL_RECORD:nhận hối lộ");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Tống Văn Lũy lập khống 300 phiếu nhập kho để rút tiền quỹ.</p>")))
        .containsExactly("CRIMINAL_RECORD:lập khống");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Ông Ninh Văn Tá dùng máy xúc khai thác đất trái phép ở bãi bồi ven"
                        + " sông.</p>")))
        .containsExactly("CRIMINAL_RECORD:trái phép");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Du khách Cù Minh Hải đã khắc tên lên thân cây cổ thụ trong khu di"
                        + " tích.</p>")))
        .containsExactly("CRIMINAL_RECORD:khắc tên lên");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Đêm qua, Mạc Văn Tuệ mang bả đi trộm chó ở xóm bên.</p>")))
        .containsExactly("CRIMINAL_RECORD:đi trộm");
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Bà Lò Thị Xoan không chấp hành nên bị cưỡng chế thi hành quyết định thu"
                        + " hồi đất.</p>")))
        .hasSize(1);
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body("<p>Bà Hứa Thị Mến từng bị Thanh tra xây dựng lập biên bản năm 2025.</p>")))
        .containsExactly("CRIMINAL_RECORD:lập biên bản");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind18 causes): the accused holds no office that a title after"
          + " the name gives (\"Bị can A, Giám đốc ...\"); \"đối tượng được xác định là A\" names"
          + " the offender; a given name that is an institution's word (\"Ông Khoa\") is a person")
  void accusedWithATitleAndNamedAs() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Bị can Đỗ Văn Khang, Giám đốc Công ty Hưng Thịnh, đã dùng dự án ma để"
                        + " chiếm đoạt 20 tỷ đồng.</p>")))
        .singleElement()
        .satisfies(f -> assertThat(f).startsWith("CRIMINAL_RECORD:Bị can"));
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Qua camera, đối tượng được xác định là Tạ Văn Sính, trú tại xã Hồng"
                        + " Vân.</p>")))
        .singleElement()
        .satisfies(f -> assertThat(f).startsWith("CRIMINAL_RECORD:đối tượng"));
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Ông Hà Đăng Khoa dựng lều quán trên vỉa hè. Ông Khoa bị xử phạt 5 triệu"
                        + " đồng.</p>")))
        .contains("CRIMINAL_RECORD:bị xử phạt");
  }

  @Test
  @DisplayName(
      "V-CHECK-4 CRIMINAL_RECORD (blind18 causes): no record in the rights of the accused told"
          + " (\"Bị can có quyền ...; gia đình của bị can ...\"), in the one a vehicle hit or an"
          + " unnamed youth robbed before fleeing, in a scammer's \"tài khoản tạm giữ\", in a police"
          + " unit's name, nor in an app's name after \"kết bạn\"")
  void rightsVictimsAndNames() {
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Bị can Khúc Văn An bị truy tố về tội trộm cắp.</p><p>Bị can có quyền mời"
                        + " luật sư; gia đình của bị can có thể liên hệ Viện kiểm sát.</p>")))
        .hasSize(1);
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Một xe tải chạy quá nhanh đã tông vào cụ Ma Thị Én đang qua đường rồi bỏ"
                        + " chạy.</p>"
                        + "<p>Anh Vi Văn Bằng đang đứng chờ xe buýt thì bị một thanh niên lạ mặt"
                        + " giật ví rồi bỏ chạy.</p>")))
        .isEmpty();
    assertThat(
            of(
                "CRIMINAL_RECORD",
                body(
                    "<p>Kẻ gian gọi cho bà Đàm Thị Lụa, yêu cầu chuyển 200 triệu đồng vào \"tài"
                        + " khoản tạm giữ\" để xác minh.</p>"
                        + "<p>Đề nghị chị Giáp Thị Hoa đến Phòng Cảnh sát điều tra tội phạm về ma"
                        + " túy để nhận lại giấy tờ.</p>"
                        + "<p>Nhóm lừa đảo bảo người dân kết bạn Zalo rồi chiếm đoạt tiền.</p>")))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "V-CHECK-4 HEALTH (blind18 causes): a war invalid's grade before the name (also \"gia đình"
          + " thương binh hạng ... A\"), fingers lost, working capacity lost, a speaker's own"
          + " \"tôi\"; not who performs an operation, a medical service named, nor \"mau trang\""
          + " typed without diacritics")
  void blind18Health() {
    List<Finding> invalids =
        ScreenerTest.body(
            "<p>Đoàn đến thăm thương binh hạng 3/4 Lê Văn Cừ.</p><p>Đoàn tặng quà gia đình"
                + " thương binh hạng 1/4 Mai Văn Tiếp.</p>");
    assertThat(invalids)
        .filteredOn(f -> f.kind() == FindingKind.HEALTH)
        .extracting(Finding::detail)
        .hasSize(2)
        .anySatisfy(d -> assertThat(d).contains("Lê Văn Cừ"))
        .anySatisfy(d -> assertThat(d).contains("Mai Văn Tiếp"));
    assertThat(of("HEALTH", body("<p>Anh Sầm Văn Lịch bị máy dập đứt ba ngón tay trái.</p>")))
        .hasSize(1);
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Hội đồng giám định kết luận chị Ma Thị Hiền suy giảm 41% khả năng lao"
                        + " động.</p>")))
        .hasSize(1);
    assertThat(
            of("HEALTH", body("<p>Bà Thào Thị Dế kể: \"Tôi bị tăng nhãn áp đã hai năm nay.\"</p>")))
        .hasSize(1);
    assertThat(
            of(
                "HEALTH",
                body(
                    "<p>Ông Hầu Văn Páo đã thực hiện phẫu thuật nâng mũi cho khách tại nhà"
                        + " riêng.</p>"
                        + "<p>Bà Vương Thị Đào lập khống hồ sơ khám chữa bệnh để rút tiền bảo"
                        + " hiểm.</p>"
                        + "<p>Chau Ly Minh Khoi mac ao mau trang, di xe dap mau trang khi roi khoi"
                        + " nha luc 7h sang nay.</p>")))
        .isEmpty();
  }
}
