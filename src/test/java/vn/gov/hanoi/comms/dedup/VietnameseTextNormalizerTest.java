package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VietnameseTextNormalizerTest {

  private final VietnameseTextNormalizer normalizer = new VietnameseTextNormalizer();

  private static final String NEW_TONES =
      "Người dân phường Thụy Khuê giữ gìn sức khỏe, hòa nhập, hóa đơn, "
          + "tùy ý, thủy lợi, quý khách, ủy quyền: đường Hoàng Hoa Thám số 12.";
  private static final String OLD_TONES =
      "Người dân phường Thuỵ Khuê giữ gìn sức khoẻ, hoà nhập, hoá đơn, "
          + "tuỳ ý, thuỷ lợi, quý khách, uỷ quyền: đường Hoàng Hoa Thám số 12.";
  private static final String NO_DIACRITICS =
      "Nguoi dan phuong Thuy Khue giu gin suc khoe, hoa nhap, hoa don, "
          + "tuy y, thuy loi, quy khach, uy quyen: duong Hoang Hoa Tham so 12.";

  @Test
  @DisplayName(
      "I-DEDUP-3: NFC, NFD, old/new tone placement and no diacritics give identical tokens")
  void diacriticFormsNormaliseToIdenticalTokens() {
    List<String> expected = normalizer.tokens(NEW_TONES);
    assertThat(normalizer.tokens(Normalizer.normalize(NEW_TONES, Normalizer.Form.NFD)))
        .isEqualTo(expected);
    assertThat(normalizer.tokens(Normalizer.normalize(NEW_TONES, Normalizer.Form.NFC)))
        .isEqualTo(expected);
    assertThat(normalizer.tokens(OLD_TONES)).isEqualTo(expected);
    assertThat(normalizer.tokens(Normalizer.normalize(OLD_TONES, Normalizer.Form.NFD)))
        .isEqualTo(expected);
    assertThat(normalizer.tokens(NO_DIACRITICS)).isEqualTo(expected);
    assertThat(normalizer.tokens(NEW_TONES.toUpperCase())).isEqualTo(expected);
    assertThat(expected).startsWith("nguoi", "dan", "phuong", "thuy", "khue");
  }

  @Test
  @DisplayName("I-DEDUP-3: đ/Đ map to d, so 'đường' and 'duong' match")
  void dStrokeMatchesPlainD() {
    assertThat(normalizer.tokens("đường")).containsExactly("duong");
    assertThat(normalizer.tokens("ĐƯỜNG Đội Cấn")).containsExactly("duong", "doi", "can");
    assertThat(normalizer.tokens("duong")).isEqualTo(normalizer.tokens("đường"));
  }

  @Test
  @DisplayName(
      "Whitespace and punctuation collapse; digits stay, split from letters, leading zeros dropped")
  void punctuationCollapsesDigitsStay() {
    assertThat(normalizer.tokens("  Từ 7h30,\tngày 05/9/2024 -- (đến   17 giờ)!!"))
        .containsExactly("tu", "7", "h", "30", "ngay", "5", "9", "2024", "den", "17", "gio");
  }

  @Test
  @DisplayName(
      "Boilerplate (motto, UBND, thông báo, kính gửi, trân trọng, signature) goes; place names stay")
  void boilerplateRemovedPlaceNamesKept() {
    String text =
        "ỦY BAN NHÂN DÂN QUẬN BA ĐÌNH\nSố: 87/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            + "Độc lập - Tự do - Hạnh phúc\nBa Đình, ngày 6 tháng 9 năm 2024\nTHÔNG BÁO\n"
            + "Kính gửi: UBND phường Phúc Xá, xã Tiên Dương, huyện Đông Anh.\nTrân trọng./.\n"
            + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH";
    assertThat(normalizer.tokens(text))
        .containsExactly(
            "quan", "ba", "dinh", "phuong", "phuc", "xa", "xa", "tien", "duong", "huyen", "dong",
            "anh");
  }

  @Test
  @DisplayName("A date inside a sentence is a fact, only a dateline on its own line is boilerplate")
  void datelineOnlyOnItsOwnLine() {
    assertThat(normalizer.tokens("Sáng nay, ngày 5/9/2024, bão đổ bộ")).contains("5", "9", "2024");
    assertThat(normalizer.tokens("Hà Nội, ngày 05 tháng 9 năm 2024\nBão đổ bộ"))
        .containsExactly("bao", "do", "bo");
  }

  @Test
  @DisplayName("Removed boilerplate splits the text, so no shingle joins the words around it")
  void boilerplateCutsSegments() {
    assertThat(normalizer.segments("mưa lớn kéo dài. Trân trọng thông báo. Bà con chú ý"))
        .containsExactly(List.of("mua", "lon", "keo", "dai"), List.of("ba", "con", "chu", "y"));
  }

  @Test
  @DisplayName(
      "Title-case syllables inside a sentence are proper names; sentence starts and acronyms are not")
  void properNames() {
    List<VietnameseTextNormalizer.Token> tokens =
        normalizer.analyse("Cấm xe trên phố Hàng Bài, cài VNeID.").get(0);
    assertThat(tokens)
        .filteredOn(VietnameseTextNormalizer.Token::properName)
        .extracting(VietnameseTextNormalizer.Token::text)
        .containsExactly("hang", "bai");
  }
}
