package vn.gov.hanoi.comms.vneid.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationMarkingDetectorTest {

  private final ClassificationMarkingDetector detector = new ClassificationMarkingDetector();

  static Stream<Arguments> flagged() {
    return Stream.of(
        Arguments.of("TUYỆT MẬT", "Tuyệt mật"),
        Arguments.of("Tài liệu này thuộc loại tuyệt mật, không phổ biến", "Tuyệt mật"),
        Arguments.of("tuyet mat", "Tuyệt mật"),
        Arguments.of("Tối mật", "Tối mật"),
        Arguments.of("Kế hoạch số 12/KH-CAHN (TỐI MẬT)", "Tối mật"),
        Arguments.of("toi mat - ke hoach", "Tối mật"),
        Arguments.of("TOI MAT", "Tối mật"),
        Arguments.of(Normalizer.normalize("Tối mật", Normalizer.Form.NFD), "Tối mật"),
        Arguments.of("Độ mật: Mật", "Mật"),
        Arguments.of("MẬT", "Mật"),
        Arguments.of("Tài liệu MẬT về phương án bảo vệ", "Mật"),
        Arguments.of("Kế hoạch phối hợp (Mật)", "Mật"),
        Arguments.of("Đóng dấu “MẬT” ở góc trên", "Mật"),
        Arguments.of("Mật\nKế hoạch triển khai lực lượng", "Mật"),
        Arguments.of(Normalizer.normalize("Độ mật: MẬT", Normalizer.Form.NFD), "Mật"),
        Arguments.of("MAT_ke_hoach_trien_khai.pdf", "Mật"),
        Arguments.of("Mat: ke hoach", "Mật"),
        Arguments.of("phu-luc-tuyet_mat.docx", "Tuyệt mật"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("flagged")
  @DisplayName(
      "V-CHECK-2: classification markings are found in any case, with or without diacritics, NFC or NFD")
  void findsMarkings(String text, String expected) {
    assertThat(detector.find(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Nội dung phải đảm bảo không vi phạm các quy định của pháp luật về báo chí, tuyên truyền, bảo vệ bí mật nhà nước, bản quyền",
        "BẢO VỆ BÍ MẬT NHÀ NƯỚC",
        "Không chia sẻ mật khẩu VNeID cho người khác",
        "Mật khẩu phải có ít nhất 8 ký tự",
        "Quảng bá mật ong Ba Vì",
        "Mật độ dân số quận Hoàn Kiếm cao nhất thành phố",
        "quan hệ mật thiết giữa chính quyền và nhân dân",
        "Thư gửi bạn bè thân mật",
        "Tăng cường bảo mật thông tin cá nhân",
        "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố",
        "Người dân bị mất điện thoại cần báo ngay",
        "Khám mắt miễn phí cho người cao tuổi",
        "Độ mật: Không",
        "Phẫu thuật sỏi mật tại Bệnh viện Bạch Mai",
        "Lời nói ngọt như mật.",
        "Mat troi moc luc 5 gio",
        "Mat khac, can chu y an toan giao thong",
        "Hướng dẫn mật mã hóa dữ liệu (mật mã học)",
        "Automatic format matters; Matxcơva",
        "doi-mat-khau.docx",
      })
  @DisplayName(
      "V-CHECK-2: ordinary words containing \"mật\" are not flagged (incl. the seed's \"bảo vệ bí mật nhà nước\")")
  void ignoresOrdinaryWords(String text) {
    assertThat(detector.find(text)).isEmpty();
  }

  @Test
  @DisplayName("V-CHECK-2: several markings are each reported once, most severe first")
  void severalMarkings() {
    assertThat(detector.find("MẬT\nMật\nTối mật\nTUYỆT MẬT\ntuyet mat"))
        .containsExactly("Tuyệt mật", "Tối mật", "Mật");
  }

  @Test
  @DisplayName("V-CHECK-2: null and empty text have no marking")
  void emptyText() {
    assertThat(detector.find(null)).isEmpty();
    assertThat(detector.find("")).isEqualTo(List.of());
  }
}
