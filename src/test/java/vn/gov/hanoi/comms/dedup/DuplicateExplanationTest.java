package vn.gov.hanoi.comms.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DuplicateExplanationTest {

  @Test
  @DisplayName(
      "I-DEDUP-4: the editor sees the shared date and place marked and the similarity in words")
  void sharedFactsMarkedAndSaid() {
    DuplicateDetector detector = new DuplicateDetector();
    String body =
        "Công ty Nước sạch Hà Nội tạm ngừng cấp nước từ 22h00 ngày 13/9/2025 để đấu nối tuyến ống D600 "
            + "trên đường Giải Phóng. Người dân chủ động dự trữ nước.";
    detector.index(new StoredNotice(1, "CITY", "HN", Instant.EPOCH, "Tạm ngừng cấp nước", body));
    DuplicateExplanation why =
        detector.explain(
            "Tạm ngừng cấp nước",
            body,
            "Phường mất nước đêm 13/9",
            "Bà con lưu ý: đêm 13/9/2025 từ 10 giờ tối, nước máy bị cắt do đấu nối ống D600 dọc đường Giải Phóng.",
            "UBND phường Phương Liệt");

    assertThat(why.summary()).startsWith("Cùng ngày 13/9").contains("ý chính trùng");
    String later = why.later().text();
    assertThat(why.later().marks())
        .filteredOn(DuplicateExplanation.Mark::fact)
        .extracting(m -> later.substring(m.start(), m.end()))
        .contains("13/9/2025", "D600", "Giải Phóng");
  }
}
